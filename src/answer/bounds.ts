// Floors and ceilings: a rule states a bound right before its figure (不低于2.50, 不超过20%, 低于60分的不予接收);
// a question asks for one (绩点最低要多少, 最多能转出百分之多少, 多少分以下不要). A bound of the direction asked is
// the answer over a figure beside it (笔试成绩占60%, 同年级前30%). Word lists as data next to this file.
import data from './bounds.json' with { type: 'json' };
import { normalizeForMatch } from '../text/normalize.js';

export type Bound = 'min' | 'max';

const DIRECTIONS: Bound[] = ['min', 'max'];
/** Longest first, so 不低于 is read before 低于 and 原则上不超过 before 超过. */
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const STATED = DIRECTIONS.map((d) => [d, byLength(data.stated[d])] as const);
const ASKED = DIRECTIONS.map((d) => [d, data.asked[d].map((w) => normalizeForMatch(w))] as const);

/** How far before a figure its bound word may stand (不低于 2.50, 不超过该专业当年级在校学生人数的20%). */
const REACH = 24;
/** A bound word is the figure's when nothing but its own noun phrase stands between (no clause break). */
const BREAK = /[，,。；;：:！？!?\n|]/;

/** The direction a text bounds the figure starting at `at` (不低于2.50 → min), if any; `figureText` is the figure as read. */
export function statedBound(text: string, at: number, figureText = ''): Bound | undefined {
  // (A figure read with its bound, 超过20000元 of 不超过20000元, holds the word's end.)
  const before = text.slice(Math.max(0, at - REACH), at) + (/^[^\d一二三四五六七八九十百千万两零]*/.exec(figureText)?.[0] ?? '');
  const clause = before.split(BREAK).pop() ?? '';
  let best: { bound: Bound; at: number } | undefined;
  for (const [bound, words] of STATED)
    for (const w of words) {
      const i = clause.lastIndexOf(w);
      // (The word nearest the figure decides: 不超过…最低 reads the nearer.)
      if (i >= 0 && (!best || i > best.at)) best = { bound, at: i };
    }
  return best?.bound;
}

/** The direction of bound a question asks (绩点最低要多少 → min, 最多转出多少 → max), if any. */
export function askedBound(question: string): Bound | undefined {
  const q = normalizeForMatch(question);
  const found = ASKED.map(([bound, words]) => ({ bound, at: Math.max(...words.map((w) => q.indexOf(w))) })).filter((f) => f.at >= 0);
  // (Both named, 最高分和最低分: no one direction is asked.)
  return found.length === 1 ? found[0]!.bound : undefined;
}
