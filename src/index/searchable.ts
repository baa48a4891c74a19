// What of a chunk is indexed: its heading path (twice, so titles weigh more) and its text.
import type { Chunk } from '../types.js';

export function searchableText(chunk: Pick<Chunk, 'section' | 'text'>): string {
  const headings = chunk.section.join(' ');
  return `${headings}\n${headings}\n${chunk.text}`;
}
