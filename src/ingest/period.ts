// Report periods as printed: 2023年, 2022年度, 2021～2022学年, 2023—2024学年, 2023届.
import type { Period } from '../types.js';

const Y = '(?:19|20)\\d{2}';
/** One period as it appears in a title (a regex source, no capture groups). */
export const PERIOD_TOKEN = `${Y}\\s*[-－—–~～至到]\\s*(?:19|20)?\\d{2}\\s*学年(?:度)?|${Y}\\s*届|[（(]?${Y}\\s*年(?:度)?(?![级代])[)）]?`;

const ACADEMIC = /((?:19|20)\d{2})\s*[-－—–~～至到]\s*((?:19|20)?\d{2})\s*学年/;
const COHORT = /((?:19|20)\d{2})\s*届/;
const YEAR = /((?:19|20)\d{2})\s*年(?![级代])/;
/** An intake (2024级新生入学须知): the year its students arrive. */
const INTAKE = /((?:19|20)\d{2})\s*级/;
/** Fewest and most years apart that read as a span of years (two adjacent ones stay as before: 2021-2022年度 may be a 学年). */
const MIN_SPAN = 2;
const MAX_SPAN = 10;
/** Several calendar years at once (2022—2024年各省录取分数): a table of years; two adjacent years may be a 学年 and are read as before. */
const YEARS = /((?:19|20)\d{2})\s*年?\s*[-－—–~～至到]\s*((?:19|20)\d{2})\s*年(?![级代])/;

/** 上半年 or 下半年 right after a year (2025年上半年全国大学英语四、六级考试). */
export const HALF = /^\s*度?\s*([上下])半年/;

/** The half of a year: January to June, or July to December. */
export function halfYear(y: string, half: string): Period {
  return half === '上'
    ? { kind: 'year', label: `${y}年上半年`, start: `${y}-01-01`, end: `${y}-06-30` }
    : { kind: 'year', label: `${y}年下半年`, start: `${y}-07-01`, end: `${y}-12-31` };
}

const full = (yy: string, base: string) => (yy.length === 2 ? `${base.slice(0, 2)}${yy}` : yy);

/** The first period a text names: an academic year, else a graduating cohort (届), else a year, else an intake (级). */
export function periodOf(text: string): Period | undefined {
  const ay = ACADEMIC.exec(text);
  if (ay) {
    const a = ay[1]!;
    const b = full(ay[2]!, a);
    if (Number(b) === Number(a) + 1) return { kind: 'academic-year', label: `${a}-${b}学年`, start: `${a}-09-01`, end: `${b}-08-31` };
  }
  // A 届 is the cohort graduating that year; its report covers that calendar year.
  const c = COHORT.exec(text);
  if (c) return { kind: 'cohort', label: `${c[1]}届`, start: `${c[1]}-01-01`, end: `${c[1]}-12-31` };
  const r = YEARS.exec(text);
  const y = YEAR.exec(text);
  // (The span opens the text's first year: 2023年工作…2019-2021年 is dated 2023.)
  if (r && Number(r[2]) - Number(r[1]) >= MIN_SPAN && Number(r[2]) - Number(r[1]) <= MAX_SPAN && (!y || y.index >= r.index))
    return { kind: 'year', label: `${r[1]}-${r[2]}年`, start: `${r[1]}-01-01`, end: `${r[2]}-12-31` };
  // (2025年上半年: the half of the year named.)
  const half = y ? HALF.exec(text.slice(y.index + y[0].length))?.[1] : undefined;
  if (y && half) return halfYear(y[1]!, half);
  if (y) return { kind: 'year', label: `${y[1]}年`, start: `${y[1]}-01-01`, end: `${y[1]}-12-31` };
  const i = INTAKE.exec(text);
  if (i) return { kind: 'year', label: `${i[1]}年`, start: `${i[1]}-01-01`, end: `${i[1]}-12-31` };
  return undefined;
}

/** A statistics window (自2021年9月1日起至2022年8月31日止) read as the period it covers. */
export function periodOfWindow(w: { start: string; end: string }): Period {
  const [sy, sm] = [w.start.slice(0, 4), Number(w.start.slice(5, 7))];
  const ey = w.end.slice(0, 4);
  if (sm >= 8 && Number(ey) === Number(sy) + 1) return { kind: 'academic-year', label: `${sy}-${ey}学年`, start: w.start, end: w.end };
  return { kind: 'year', label: `${ey}年`, start: `${ey}-01-01`, end: `${ey}-12-31` };
}
