// Stage 5, check: nothing reaches the user that its citations do not back — every number in the
// reply is in a cited quote (report periods and titles aside), every [n] exists, and every
// institution the reply names is one it cites. The one exception: arithmetic over cited figures shown
// in the reply (1136 − 980 = 156条), verified in arithmetic.ts.
import { numbersIn } from '../text/figures.js';
import { checkArithmetic } from './arithmetic.js';
import { rowNaming } from './mentioned.js';
import type { Answer } from '../types.js';

/** Numbers in the reply that are in no cited quote, leaving out citation marks and report periods and titles. */
export function uncitedNumbers(a: Pick<Answer, 'answer' | 'citations'> & Partial<Pick<Answer, 'found' | 'question'>>): string[] {
  let text = checkArithmetic(
    a.answer,
    a.citations.map((c) => c.quote),
  ).rest.replace(/\[\d+\]/g, '');
  // (Each left out as a space, so its neighbours stay apart: 1.2024年5月 is no 1.5.)
  for (const c of a.citations) text = text.split(c.period).join(' ').split(c.title).join(' ');
  // (…a span of years too: 2022-2024年.)
  text = text.replace(/(?:19|20)\d{2}\s*[-~～—－–]\s*(?:19|20)?\d{2}\s*(?:学年|年)|(?:19|20)\d{2}\s*(?:年|届)/g, ' ');
  // A refusal that names what it did not find (没有提到“2025级”) echoes the asker's own words: their
  // numbers are the question's, not figures the reply states.
  if (a.found === false && a.question) {
    const asked = new Set(numbersIn(a.question));
    text = text.replace(/“[^”]*”/g, (m) => (numbersIn(m).every((n) => asked.has(n)) ? '' : m));
  }
  const quoted = a.citations.map((c) => c.quote).join('\n');
  return numbersIn(text).filter((n) => !quoted.includes(n));
}

export interface CheckResult {
  ok: boolean;
  problems: string[];
}

export function check(a: Pick<Answer, 'answer' | 'citations' | 'found'> & Partial<Pick<Answer, 'question'>>, namedIn: (text: string) => string[]): CheckResult {
  const problems: string[] = [];
  const uncited = uncitedNumbers(a);
  if (uncited.length) problems.push(`numbers in no cited quote: ${uncited.join(', ')}`);
  problems.push(
    ...checkArithmetic(
      a.answer,
      a.citations.map((c) => c.quote),
    ).problems,
  );
  const ns = new Set(a.citations.map((c) => c.n));
  for (const m of a.answer.matchAll(/\[(\d+)\]/g)) if (!ns.has(Number(m[1]))) problems.push(`[${m[1]}] cites nothing`);
  // A line that quotes names only the institutions whose documents its quotes come from.
  const schoolOf = new Map(a.citations.map((c) => [c.n, c.school]));
  for (const line of a.answer.split('\n')) {
    const cited = new Set([...line.matchAll(/\[(\d+)\]/g)].map((m) => schoolOf.get(Number(m[1]))));
    if (cited.size === 0) continue;
    // …or one a quoted table row names whole (学校：南屿师范大学 | … in a province's notice).
    const rows = [...line.matchAll(/\[(\d+)\]/g)].map((m) => a.citations.find((c) => c.n === Number(m[1]))?.quote ?? '');
    for (const s of namedIn(line))
      if (!cited.has(s) && !rows.some((r) => rowNaming(r, s))) problems.push(`names ${s} beside a quote from ${[...cited].join('、')}`);
  }
  return { ok: problems.length === 0, problems };
}
