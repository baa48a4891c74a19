// Text clean-up for reports (conversion leftovers, odd spaces) and normalisation for matching.
import * as OpenCC from 'opencc-js';

/** Removes Word-conversion leftovers and odd whitespace from one line, keeping its wording. */
export function cleanLine(line: string): string {
  return line
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u3000\t\u2002-\u200a\u202f\u205f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

let toSimplified: ((s: string) => string) | undefined;
const memo = new Map<string, string>();
const MEMO_MAX = 20_000;

/**
 * Normalises text for matching only (never for display): NFKC folds full-width letters, digits and
 * punctuation; traditional characters become simplified; Latin is lower-cased. Report passages are
 * matched again and again, so results are remembered (the conversion dominates answer time).
 */
export function normalizeForMatch(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  const out = toSimplified(text.normalize('NFKC')).toLowerCase();
  if (memo.size >= MEMO_MAX) memo.clear();
  if (text.length <= 200) memo.set(text, out);
  return out;
}

/** Drops spaces, punctuation and width differences: used to compare answers and headings loosely. */
export function looseKey(text: string): string {
  return normalizeForMatch(text).replace(/[\s\p{P}\p{S}]/gu, '');
}

const charMemo = new Map<string, string>();

/**
 * Folds full-width forms and traditional characters one character at a time, so offsets stay those
 * of the original (１２８６條 → 1286条 at the same positions): figures and names are recognised in
 * the folded text and quoted from the original.
 */
export function foldChars(text: string): string {
  let out = '';
  let changed = false;
  for (const ch of text) {
    let f = charMemo.get(ch);
    if (f === undefined) {
      if (ch.charCodeAt(0) < 0x3000) f = ch;
      else {
        toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
        const folded = toSimplified(ch.normalize('NFKC'));
        f = folded.length === ch.length ? folded : ch;
      }
      charMemo.set(ch, f);
    }
    if (f !== ch) changed = true;
    out += f;
  }
  return changed ? out : text;
}
