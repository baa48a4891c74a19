// Floors and ceilings: a rule states a bound right before its figure (不低于2.50, 不超过20%, 低于60分的不予接收);
// a question asks for one (绩点最低要多少, 最多能转出百分之多少, 多少分以下不要). A bound of the direction asked is
// the answer over a figure beside it (笔试成绩占60%, 同年级前30%). Word lists as data next to this file.
import data from './bounds.json' with { type: 'json' };
import { normalizeForMatch } from '../text/normalize.js';

export type Bound = 'min' | 'max';

const DIRECTIONS: Bound[] = ['min', 'max'];
/** Longest first, so 不低于 is read before 低于 and 原则上不超过 before 超过. */
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const STATED = [
  ...DIRECTIONS.map((d) => [d, byLength(data.stated[d]), false] as const),
  ['min', byLength(data.stated.belowExcluded), true] as const,
  ['max', byLength(data.stated.aboveExcluded), true] as const,
];
const ASKED = DIRECTIONS.map((d) => [d, data.asked[d].map((w) => normalizeForMatch(w))] as const);
const UNASKED = data.unasked.map((w) => normalizeForMatch(w));
/** What follows a cut-off that excludes (低于60分的，不予接收): only then is a bare 低于 or 超过 a bound. */
const EXCLUDES = /^[^。；;\n]{0,6}?的?[，,]?[^。；;\n]{0,8}?(?:不予|不得|不能|不再|取消|退学|开除|处分|作废|无效)/;
/** A question asking which one ranks first (哪个学院人数最多) asks a rank, not a bound. */
const ASKS_WHICH = /哪|谁|which/i;

/** How far before a figure its bound word may stand (不低于 2.50, 不超过该专业当年级在校学生人数的20%). */
const REACH = 24;
/** A bound word is the figure's when nothing but its own noun phrase stands between (no clause break). */
const BREAK = /[，,。；;：:！？!?\n|、（(]|且|并/;

/** The direction a text bounds the figure starting at `at` (不低于2.50 → min), if any; `figureText` is the figure as read. */
export function statedBound(text: string, at: number, figureText = ''): Bound | undefined {
  // (A figure read with its bound, 超过20000元 of 不超过20000元, holds the word's end.)
  const before = text.slice(Math.max(0, at - REACH), at) + (/^[^\d一二三四五六七八九十百千万两零]*/.exec(figureText)?.[0] ?? '');
  const clause = before.split(BREAK).pop() ?? '';
  let best: { bound: Bound; at: number; bare: boolean; length: number } | undefined;
  for (const [bound, words, bare] of STATED)
    for (const w of words) {
      const i = clause.lastIndexOf(w);
      // (The word nearest the figure decides: 不超过…最低 reads the nearer; at one place the longer, 不低于 over 低于.)
      if (i >= 0 && (!best || i + w.length > best.at + best.length || (i + w.length === best.at + best.length && w.length > best.length)))
        best = { bound, at: i, bare, length: w.length };
    }
  if (best?.bare && !EXCLUDES.test(text.slice(at + figureText.length))) return undefined;
  return best?.bound;
}

/** The direction of bound a question asks (绩点最低要多少 → min, 最多转出多少 → max), if any. */
export function askedBound(question: string): Bound | undefined {
  if (ASKS_WHICH.test(question)) return undefined;
  const q = UNASKED.reduce((t, w) => t.split(w).join(' '), normalizeForMatch(question));
  const found = ASKED.map(([bound, words]) => ({ bound, at: Math.max(...words.map((w) => q.indexOf(w))) })).filter((f) => f.at >= 0);
  // (Both named, 最高分和最低分: no one direction is asked.)
  return found.length === 1 ? found[0]!.bound : undefined;
}
