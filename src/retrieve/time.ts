// Understands when a question is about (2023年, 23年, 上学年, 去年, 最新) and maps it onto report periods.
import { HALF, halfYear } from '../ingest/period.js';
import type { Period } from '../types.js';

export type TimeAsk = { kind: 'interval'; start: string; end: string; label: string } | { kind: 'latest'; label: string };

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const year = (y: number, label = `${y}年`): TimeAsk => ({ kind: 'interval', start: iso(y, 1, 1), end: iso(y, 12, 31), label });
const academic = (a: number): TimeAsk => ({ kind: 'interval', start: iso(a, 9, 1), end: iso(a + 1, 8, 31), label: `${a}-${a + 1}学年` });
const full = (yy: string) => (yy.length === 2 ? 2000 + Number(yy) : Number(yy));

/** A year of intake written in English: "students who enrolled in 2023", "2023 entrants", "the 2023 intake". */
// (Not "admitted in 2023": how many were admitted that year asks the year.)
export const ENGLISH_COHORT = /\b(?:who\s+)?enrol(?:l)?ed\s+in\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:entrants|intake|cohort|enrollees)\b/i;

/** Relative year words and how many years back each goes, checked in this order. */
const RELATIVE_YEARS: [RegExp, number][] = [
  [/大前年/, 3],
  [/前年/, 2],
  [/去年|上一?年(?!级)|last year/i, 1],
  [/今年|本年度?|this year/i, 0],
];

/** The time a question asks about, resolved against `today`; undefined when it names none. */
export function parseTime(question: string, today: Date): TimeAsk | undefined {
  const q = question.normalize('NFKC');
  const y = today.getFullYear();
  // The academic year starts in September.
  const currentAcademic = today.getMonth() >= 8 ? y : y - 1;
  // (…also with 那个 between, 22到23那个学年.)
  const ay = /(?<!\d)((?:19|20)?\d{2})\s*[-~～至到—]\s*((?:19|20)?\d{2})\s*(?:那一个|那一|这一|那个|这个|那|的)?\s*学年/.exec(q);
  if (ay) return academic(full(ay[1]!));
  if (/上一?个?学年|去年学年/.test(q)) return academic(currentAcademic - 1);
  if (/本学年|这学年|这个学年|今年学年/.test(q)) return academic(currentAcademic);
  // A 届 is the cohort graduating that year, as reports label it (2023届): its calendar year.
  // (Not an edition, 第12届校运会.)
  const cohort = /(?<![\d.第])((?:19|20)\d{2}|[12]\d)\s*届/.exec(q);
  if (cohort) return year(full(cohort[1]!), `${full(cohort[1]!)}届`);
  // An English question writes the year alone ("the 2015 charter", "in 2023").
  const en = /[a-z]{3,}/i.test(q) ? /(?<![\d.\-/])((?:19|20)\d{2})(?![\d.\-/]|\s*[-–]\s*\d)/.exec(q) : null;
  // (…but a year of intake, "students who enrolled in 2023", names a cohort (2023级), no period.)
  if (en && !/[年届]/.test(q) && !ENGLISH_COHORT.test(q)) return year(Number(en[1]));
  const cy = /(?<![\d.])((?:19|20)\d{2}|[12]\d)\s*年(?!级|代)/.exec(q);
  // (…and the half of it named right after: 2024年上半年, 今年下半年.)
  const half = (at: number) => HALF.exec(q.slice(at))?.[1];
  const inYear = (n: number, at: number): TimeAsk => {
    const h = half(at);
    if (!h) return year(n);
    const p = halfYear(String(n), h);
    return { kind: 'interval', start: p.start, end: p.end, label: p.label };
  };
  if (cy) return inYear(full(cy[1]!), cy.index + cy[0].length);
  // (The furthest back first, as before: 今年和去年 compares with last year's report.)
  for (const [re, back] of RELATIVE_YEARS) {
    const m = re.exec(q);
    if (m) return inYear(y - back, m.index + m[0].length);
  }
  if (/最新|最近|近期|latest|recent/i.test(q)) return { kind: 'latest', label: '最新' };
  return undefined;
}

/** The same kind of period `years` years later (or earlier, negative): 2023-2024学年 → 2022-2023学年, 2024届 → 2023届. */
export function shiftYears(t: TimeAsk, years: number): TimeAsk {
  if (t.kind !== 'interval') return t;
  const move = (s: string) => s.replace(/(?:19|20)\d{2}/g, (y) => String(Number(y) + years));
  return { kind: 'interval', start: move(t.start), end: move(t.end), label: move(t.label) };
}

/** True when a question names two periods or more ("15年和16年…有啥不一样", "2021届和2022届"): a comparison of periods. */
export function namesSeveralPeriods(question: string): boolean {
  const q = question.normalize('NFKC');
  const found = new Set([...q.matchAll(/(?<![\d.])((?:19|20)\d{2}|[12]\d)\s*(?:年(?!级|代)|届)/g)].map((m) => full(m[1]!)));
  return found.size >= 2;
}

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** Days two inclusive date ranges share (0 when disjoint). */
function overlap(p: { start: string; end: string }, q: { start: string; end: string }): number {
  const start = p.start > q.start ? p.start : q.start;
  const end = p.end < q.end ? p.end : q.end;
  return end >= start ? days(start, end) + 1 : 0;
}

export interface PeriodChoice<T> {
  item: T;
  /** False when the asked period has no report and the nearest one was taken instead. */
  exact: boolean;
}

/**
 * Picks the report whose period best covers the asked time: the largest overlap, else the nearest
 * (ties to the later one). With no time asked, or "最新", the latest report.
 */
export function choosePeriod<T>(items: T[], periodOf: (t: T) => Period, ask: TimeAsk | undefined): PeriodChoice<T> | undefined {
  if (items.length === 0) return undefined;
  const latest = [...items].sort((a, b) => periodOf(b).end.localeCompare(periodOf(a).end))[0]!;
  if (!ask || ask.kind === 'latest') return { item: latest, exact: true };
  let best: { item: T; score: number } | undefined;
  for (const item of items) {
    const p = periodOf(item);
    const shared = overlap(p, ask);
    const gap = shared > 0 ? 0 : Math.min(Math.abs(days(p.end, ask.start)), Math.abs(days(ask.end, p.start)));
    const score = shared > 0 ? shared : -gap;
    if (!best || score > best.score || (score === best.score && p.end > periodOf(best.item).end)) best = { item, score };
  }
  return { item: best!.item, exact: best!.score > 0 };
}
