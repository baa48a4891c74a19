// The one tokenizer for indexing and querying: normalise, jieba words, stop words, CJK bigrams.
import { normalizeForMatch } from './normalize.js';
import { cut, cutForSearch } from './jieba.js';
import { STOPWORDS } from './stopwords.js';

const WORDLIKE = /[\p{L}\p{N}]/u;
const CJK_RUN = /[\u3400-\u9fff]{2,}/g;
const QUOTES_IN_WORDS = /(?<=[\u4e00-\u9fa5])[“”"「」『』](?=[\u4e00-\u9fa5])/g;

/** Content words of a text (normalised, no stop words or punctuation). */
export function words(text: string, forSearch = true): string[] {
  // “三公”经费 is the word 三公经费: quotation marks inside a run of characters are no word boundary.
  const norm = normalizeForMatch(text).replace(QUOTES_IN_WORDS, '');
  const raw = forSearch ? cutForSearch(norm) : cut(norm);
  return raw.map((t) => t.trim()).filter((t) => t.length > 0 && WORDLIKE.test(t) && !STOPWORDS.has(t));
}

/** Character bigrams of CJK runs, prefixed so they never collide with words. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of normalizeForMatch(text).match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(`~${run.slice(i, i + 2)}`);
  }
  return out;
}

/** Index tokens: words plus bigrams, so names jieba does not know still match. */
export function tokenize(text: string): string[] {
  return [...words(text), ...bigrams(text)];
}
