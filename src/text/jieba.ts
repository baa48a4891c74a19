// The only file that touches @node-rs/jieba: one shared segmenter with the domain dictionary.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_WORDS } from './domain-words.js';

let instance: Jieba | undefined;
const added = new Set<string>();

function jieba(): Jieba {
  if (!instance) {
    instance = Jieba.withDict(dict);
    addWords(DOMAIN_WORDS);
  }
  return instance;
}

/** Adds words (e.g. institution names found at ingest) so they are cut as one token. */
export function addWords(words: Iterable<string>): void {
  const fresh = [...words].map((w) => w.trim()).filter((w) => w.length > 1 && !added.has(w));
  if (fresh.length === 0) return;
  for (const w of fresh) added.add(w);
  // A user-dictionary line without a frequency is silently ignored, hence the number.
  (instance ?? jieba()).loadDict(Buffer.from(fresh.map((w) => `${w} 200000 n`).join('\n') + '\n'));
}

/** Search-mode segmentation: long words plus their sub-words, so 学杂费收费标准 also yields 学杂费. */
export function cutForSearch(text: string): string[] {
  return jieba().cutForSearch(text, true);
}

export function cut(text: string): string[] {
  return jieba().cut(text, true);
}
