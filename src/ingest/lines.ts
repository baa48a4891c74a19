// Turns reader blocks into cleaned lines joined into one text, each line knowing its offsets.
import { cleanLine } from '../text/normalize.js';
import type { Block, BlockKind } from './blocks.js';
import { splitRunTogether } from './markers.js';

export interface Line {
  kind: BlockKind;
  text: string;
  level?: number;
  start: number;
  end: number;
}

export interface CleanedText {
  text: string;
  lines: Line[];
}

/** Cleans every block, splits run-together charter articles, drops empty ones; offsets point into the returned text. */
export function toLines(blocks: Block[]): CleanedText {
  const lines: Line[] = [];
  let offset = 0;
  for (const block of blocks) {
    const cleaned = cleanLine(block.text);
    const parts = block.kind === 'paragraph' ? splitRunTogether(cleaned) : [cleaned];
    for (const text of parts) {
      if (!text) continue;
      if (lines.length > 0) offset += 1; // the '\n' joining lines
      lines.push({ kind: block.kind, text, level: block.level, start: offset, end: offset + text.length });
      offset += text.length;
    }
  }
  return { text: lines.map((l) => l.text).join('\n'), lines };
}
