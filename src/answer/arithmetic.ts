// Arithmetic a reply may show over cited figures: "1136 − 980 = 156条" and "156 ÷ 980 ≈ 15.9%". A
// derived number is allowed only when every input is the value of a figure in a cited quote (or the
// result of an allowed step before it) and the result is what the arithmetic gives.
import { recognise } from '../text/figures.js';

const MULT: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
const N = String.raw`(−?\d+(?:\.\d+)?)(万|亿)?`;
const DIFF = new RegExp(`${N}\\s*−\\s*${N}\\s*=\\s*${N}`, 'g');
const RATIO = new RegExp(`${N}\\s*÷\\s*${N}\\s*≈\\s*(−?\\d+(?:\\.\\d+)?)%`, 'g');

const num = (digits: string, mult?: string) => Number(digits.replace('−', '-')) * (mult ? MULT[mult]! : 1);
const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

export interface ArithmeticCheck {
  /** The reply with every verified expression blanked out (what the citation check then reads). */
  rest: string;
  problems: string[];
}

/** Verifies the arithmetic lines of a reply against the figures of its cited quotes. */
export function checkArithmetic(answer: string, quotes: string[]): ArithmeticCheck {
  const cited = quotes.flatMap((q) =>
    recognise(q)
      .map((f) => f.value)
      .filter((v): v is number => v !== undefined),
  );
  const known = [...cited];
  const isKnown = (v: number) => known.some((k) => close(k, v, 1e-9));
  const problems: string[] = [];
  let rest = answer;
  for (const m of answer.matchAll(DIFF)) {
    const [a, b, c] = [num(m[1]!, m[2]), num(m[3]!, m[4]), num(m[5]!, m[6])];
    // A result written in 万 is rounded to what it shows.
    const shown = m[6] ? MULT[m[6]]! * 10 ** -(m[5]!.split('.')[1]?.length ?? 0) : 1e-9;
    if (!isKnown(a) || !isKnown(b)) problems.push(`“${m[0]}” uses a number that is no cited figure`);
    else if (Math.abs(a - b - c) > shown / 2 + 1e-9) problems.push(`“${m[0]}” is not right`);
    else {
      known.push(c);
      rest = rest.replace(m[0], ' ');
    }
  }
  for (const m of answer.matchAll(RATIO)) {
    const [a, b, p] = [num(m[1]!, m[2]), num(m[3]!, m[4]), Number(m[5]!.replace('−', '-'))];
    if (!isKnown(a) || !isKnown(b) || b === 0) problems.push(`“${m[0]}” uses a number that is no cited figure or derived from them`);
    else if (Math.abs((100 * a) / b - p) > 0.05 + 1e-9) problems.push(`“${m[0]}” is not right`);
    else rest = rest.replace(m[0], ' ');
  }
  return { rest, problems };
}
