// The only file that touches @node-rs/jieba: one shared segmenter with the domain dictionary.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_WORDS, LIGHT_DOMAIN_WORDS, NOUNS_MISTAGGED } from './domain-words.js';

let instance: Jieba | undefined;
const MISTAGGED = new Set(NOUNS_MISTAGGED);
const added = new Set<string>();

/** How strongly a word added at ingest holds together: an institution's name always; a table's row name
 * (畅享版) only where jieba has no better cut (美术|学院 stays two words beside a row name 术学院). */
const NAME_FREQUENCY = 200000;
export const ROW_NAME_FREQUENCY = 1000;

/** Longest word worth a dictionary entry; longer strings are titles or sentences, not words. */
const MAX_WORD = 40;

function jieba(): Jieba {
  if (!instance) {
    instance = Jieba.withDict(dict);
    addWords(DOMAIN_WORDS);
    addWords(LIGHT_DOMAIN_WORDS, ROW_NAME_FREQUENCY);
  }
  return instance;
}

/**
 * Dictionary entries for a name: jieba's user dictionary is "word freq tag" per line, so a word
 * holding whitespace (a title line with two names, 浙江中医药大学  滨江学院) breaks the file. Such a
 * name becomes its whitespace-free parts; parts too short or too long to be words are dropped.
 */
export function dictionaryWords(name: string): string[] {
  return name
    .split(/[\s\u3000]+/u)
    .map((w) => w.trim())
    .filter((w) => [...w].length > 1 && [...w].length <= MAX_WORD);
}

/**
 * Adds words (e.g. institution names found at ingest) so they are cut as one token. Never throws on
 * a word: what jieba refuses is skipped and returned, so the caller can warn and carry on.
 */
export function addWords(words: Iterable<string>, frequency = NAME_FREQUENCY): string[] {
  // (Text is cut lower-cased, 学工qq群: a word holding Latin letters, QQ群, is entered as it is cut too.)
  const fresh = [...new Set([...words].flatMap(dictionaryWords).flatMap((w) => (/[A-Z]/.test(w) ? [w, w.toLowerCase()] : [w])))].filter((w) => !added.has(w));
  if (fresh.length === 0) return [];
  const j = instance ?? jieba();
  // A user-dictionary line without a frequency is silently ignored, hence the number.
  const load = (ws: string[]) => j.loadDict(Buffer.from(ws.map((w) => `${w} ${frequency} n`).join('\n') + '\n'));
  const refused: string[] = [];
  try {
    load(fresh);
  } catch {
    // One bad line fails the whole batch: load word by word to find (and skip) the culprits.
    for (const w of fresh) {
      try {
        load([w]);
      } catch {
        refused.push(w);
      }
    }
  }
  for (const w of fresh) if (!refused.includes(w)) added.add(w);
  return refused;
}

/** Search-mode segmentation: long words plus their sub-words, so 学杂费收费标准 also yields 学杂费. */
export function cutForSearch(text: string): string[] {
  return jieba().cutForSearch(text, true);
}

export function cut(text: string): string[] {
  return jieba().cut(text, true);
}

/** Dictionary words only, without guessing unknown words (HMM off). */
export function cutDictionary(text: string): string[] {
  return jieba().cut(text, false);
}

/** Words with their part of speech (n noun, v verb, m numeral, x unknown…), jieba's tag set. */
export function tag(text: string): { word: string; tag: string }[] {
  return jieba()
    .tag(text, true)
    .map((t) => (MISTAGGED.has(t.word) ? { word: t.word, tag: 'n' } : t));
}

/** Nouns name things a document either mentions or not; verbs, numerals and pronouns are phrasing. */
export function isNoun(word: string): boolean {
  const tags = tag(word);
  return tags.length > 0 && tags.every((w) => /^(?:n|nr|ns|nt|nz|nw|vn)$/.test(w.tag));
}
