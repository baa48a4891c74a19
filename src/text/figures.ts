// Recognises figures in Chinese text — counts with units (3万余人, 12.5万余次, 上千次, 十余场), money
// (560万元, 4500元/生·学年), percentages, ranges (3-5个工作日), phone numbers, dates and date ranges —
// from the number forms and unit table in figures.json. One recogniser for ingest, answering and the
// check that no number in a reply is missing from its cited passages.
import { foldChars } from './normalize.js';
import data from './figures.json' with { type: 'json' };

export type UnitClass =
  'people' | 'items' | 'money' | 'percent' | 'time' | 'area' | 'score' | 'credit' | 'age' | 'length' | 'weight' | 'degree' | 'phone' | 'date';

export type FigureKind = 'quantity' | 'range' | 'phone' | 'date' | 'date-range' | 'year' | 'clock' | 'ordinal' | 'cell';

export interface Figure {
  text: string;
  /** Offsets into the text searched. */
  start: number;
  end: number;
  kind: FigureKind;
  /** The number meant, multipliers applied (3万余 → 30000); the low end of a range. */
  value?: number;
  /** The high end of a range. */
  high?: number;
  /** 余, 多, 约, 上千, 以上…: the figure is a bound or an estimate. */
  approx: boolean;
  unit?: string;
  unitClass?: UnitClass;
  /** What a price is per (元/生·学年 → 生·学年). */
  per?: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const UNITS = data.units as Record<string, UnitClass>;
const MULTIPLIERS = data.multipliers as Record<string, number>;

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Chinese numerals; a lone 一 is left out (一次性, 一批, 统一 are not statistics). */
const CN = '(?:[两二三四五六七八九十百千万亿零〇][零〇一二两三四五六七八九十百千万亿]*|一[零〇一二两三四五六七八九十百千万亿]+)';
const NUM = `(?:${ARABIC}|${CN})`;
/** Proper fractions of a whole up to 10 (1/2, 2/3, 3/10): a share, never a date (12/31) or a span (2023/2024). */
const PROPER_FRACTIONS = Array.from({ length: 9 }, (_, k) => k + 2)
  .reverse()
  .flatMap((b) => Array.from({ length: b - 1 }, (_, a) => String.raw`${a + 1}\s*[/／]\s*${b}`))
  .join('|');
const FRACTION_DIGITS = '一二三四五六七八九十';
const CN_FRACTIONS = `(?:${[...FRACTION_DIGITS].slice(1).flatMap((b, j) => [...FRACTION_DIGITS].slice(0, j + 1).map((a) => `${b}分之${a}`)).join('|')})`;
const BEFORE = `(?:${alt(data.approxBefore)})`;
const AFTER = `(?:${alt(data.approxAfter)})`;
const MULT = `(?:${alt(Object.keys(MULTIPLIERS))})`;
const UNIT = `(?:${alt(Object.keys(UNITS))})`;
const PER = `(?:${alt(data.perUnit)})`;
const DASH = '\\s*[-－—–~～至到]\\s*';
/** Times of day that open a clock time in words (上午8点). */
const DAYTIME = '(?:上午|下午|早上|晚上|中午|凌晨|傍晚)';

/** A weekday in brackets after a date: （星期六）, (周日). */
const WEEKDAY = String.raw`(?:\s*[（(]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])?`;
const DATE_FULL = String.raw`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]`;

/** A time of day written right after a date (3月17日9:00). */
const AT_CLOCK = String.raw`(?:\s*\d{1,2}[:：]\d{2})?`;

const WEEK = `第\\s*(?:${NUM}|一)(?:\\s*(?:周|星期))?(?:${DASH}(?:第\\s*)?(?:${NUM}|一))?\\s*(?:个)?(?:周|星期)(?![年期岁])`;
// (A term, 第二学期, is a time; a year of study, 第一学年费用, counts the years.)
const TERM = `(?:每|本|下|上)?(?:${alt(data.terms)})?第\\s*[一二三四五六七八1-8]\\s*学期`;
const MONTH_PART = String.raw`(?:(?:19|20)\d{2}\s*年\s*)?(?<![\d.])\d{1,2}\s*月(?:份)?(?:${alt(data.monthParts)})`;
const CALENDAR = `(?:${TERM})(?:\\s*${WEEK})?|${WEEK}|${MONTH_PART}`;

interface Rule {
  kind: FigureKind;
  re: RegExp;
  make: (m: RegExpExecArray) => Partial<Figure>;
}

const g = (src: string) => new RegExp(src, 'gu');

/** Words that set a bound before a bare number (不低于2.50). */
const BOUND_WORDS = ['不低于', '不少于', '不高于', '不超过', '低于', '高于', '达到', '放宽至', '放宽到', '提高至', '提高到'];

/** Priority order: an earlier rule's match is never split by a later one. */
const RULES: Rule[] = [
  {
    kind: 'phone',
    re: g(
      String.raw`(?<![\d.\-])(?:(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[-－—\s]?(?:\d{7,8}|\d{4}[\s-]\d{4}|\d{3}[\s-]\d{4})(?:[-－转]\d{1,5})?|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4}|(?<![数额量分划期准费价][：:]\s*|[（(][^）)]{0,8}[）)][：:]\s*)(?:${alt(data.hotlines)})(?![\d.]|${UNIT}|${MULT}))(?![\d])`,
    ),
    make: () => ({ unitClass: 'phone' }),
  },
  // 9月7日（星期六）至9月8日（星期日）: a weekday in brackets may follow either date, and a time of day
  // (3月17日9:00至3月28日17:00) either.
  // (The clock rule below would otherwise split it into two dates and two times.)
  // (…and the second may give the day alone, 10月1日（星期三）至8日; a calendar writes 自1月24日开始，至2月22日结束.)
  {
    kind: 'date-range',
    re: g(`(?:${DATE_FULL})${WEEKDAY}${AT_CLOCK}\\s*(?:起|开始)?(?:[，,]\\s*(?=[至到]))?${DASH}(?:${DATE_FULL}|(?<![\\d.])\\d{1,2}\\s*[日号](?![楼门栋室线床院馆号舍]))${WEEKDAY}${AT_CLOCK}(?:止|结束)?`),
    make: () => ({ unitClass: 'date' }),
  },
  // The academic calendar: 每学年第二学期第3—4周, 第1周, 9月上旬 name a time, not an ordinal or a count.
  // (Before full dates: 2025年9月上旬 is one time.)
  { kind: 'date', re: g(CALENDAR), make: () => ({ unitClass: 'date' }) },
  { kind: 'date', re: g(DATE_FULL), make: () => ({ unitClass: 'date' }) },
  // A rule's start told by an event, not a day (本章程自公布之日起施行, 自省教育厅审核备案之日起生效): what 什么时候生效 asks.
  // (Not the 自 of 自治区, 自愿, 自主, 自行.)
  {
    kind: 'date',
    re: g(String.raw`自(?![治愿主行己费])[^，。；;,\n\d]{1,24}?之日起(?:正式)?(?:开始)?(?:施行|生效|执行|实施|试行|实行)`),
    make: () => ({ unitClass: 'date' }),
  },
  // A day of every month (每月15日前, 每个月10号): a date that recurs.
  { kind: 'date', re: g(String.raw`(?<=每个?月\s*)(?<![\d.])\d{1,2}\s*[日号]`), make: () => ({ unitClass: 'date' }) },
  { kind: 'clock', re: g(String.raw`(?<!\d)\d{1,2}[:：]\d{2}(?:${DASH}\d{1,2}[:：]\d{2})?`), make: () => ({ unitClass: 'time' }) },
  // …and in words (上午8点到11点半, 晚上10点): a time of day before it, or its half or minutes after it
  // (提出3点要求 counts points).
  { kind: 'clock', re: g(String.raw`(?:${DAYTIME}\s*\d{1,2}点(?:半|\d{1,2}分)?|(?<!\d)\d{1,2}点(?:半|\d{1,2}分))(?:\s*(?:${DASH}|到|至)\s*(?:${DAYTIME})?\s*\d{1,2}点(?:半|\d{1,2}分)?)?`), make: () => ({ unitClass: 'time' }) },
  // A ratio to one (生师比为17.62:1): its first term is the figure.
  { kind: 'quantity', re: g(String.raw`(?<=比[^，。；,;\d]{0,4})(?<![\d.:：])\d+(?:\.\d+)?\s*[:：]\s*1(?![\d.:：])`), make: (m) => ({ value: Number(m[0].split(/[:：]/)[0]), unit: ':1' }) },
  // A share written as a fraction (赞成票超过出席委员的1/2, 不少于三分之二): a proper fraction of a small whole, as a percentage.
  // (Only numerator below denominator, the whole at most 10: 12/31 or 2023/2024 is a date or a span, no share; in digits
  // only beside a word of shares, 的1/2 or 2/3以上, and never before a count or a part, 4/6人间, 第1/2节, 1/8页.)
  {
    kind: 'quantity',
    re: g(String.raw`(?<![\d./／])(?:(?<=(?:${alt(data.fractionCues.before)})\s*)(?:${PROPER_FRACTIONS})|(?:${PROPER_FRACTIONS})(?=\s*(?:${alt(data.fractionCues.after)})))(?![\d./／]|\s*(?:${alt(data.fractionCues.notBefore)}))|(?<![一二三四五六七八九十百])${CN_FRACTIONS}`),
    make: (m) => {
      const [a, b] = m[0].includes('分之') ? m[0].split('分之').reverse().map((x) => numberOf(x)) : m[0].split(/[/／]/).map((x) => Number(x.trim()));
      return { value: Math.round((a! / b!) * 10000) / 100, unit: '/', unitClass: 'percent' };
    },
  },
  {
    kind: 'year',
    re: g(String.raw`(?:19|20)\d{2}${DASH}(?:19|20)?\d{2}\s*(?:学年度?|级)|(?:19|20)\d{2}\s*(?:年度?|届|级)(?![\d个])`),
    make: () => ({ unitClass: 'date' }),
  },
  { kind: 'ordinal', re: g(`第\\s*${NUM}`), make: (m) => ({ value: numberOf(m[0].replace(/^第\s*/, '')) }) },
  // Caption numbers (图1- 3, 表2-1, 附表3) number figures and tables; they count nothing.
  { kind: 'ordinal', re: g(String.raw`(?<=(?<![代发列外报年统课时])(?:附?图|附?表))\s*\d{1,2}(?:\s*[-－—.．]\s*\d{1,3})?(?![\d.%])`), make: () => ({}) },
  // A running time in minutes and seconds (3′17″, 3'17", 4分32秒): one figure, counted in seconds.
  {
    kind: 'quantity',
    re: g(String.raw`(?<![\d.])\d{1,2}\s*(?:[′']\s*\d{1,2}(?:\.\d+)?\s*[″"]|分\s*\d{1,2}(?:\.\d+)?\s*秒)`),
    make: (m) => {
      const [min, sec] = m[0].split(/[′'分]/).map((x) => parseFloat(x));
      return { value: min! * 60 + sec!, unit: '秒', unitClass: 'time' };
    },
  },
  {
    kind: 'range',
    re: g(`(${BEFORE})?(${NUM})${DASH}(${NUM})\\s*(${MULT})?\\s*(${UNIT})(${PER})?`),
    make: (m) => {
      const mult = m[4] ? MULTIPLIERS[m[4]]! : 1;
      return { value: numberOf(m[2]!) * mult, high: numberOf(m[3]!) * mult, approx: !!m[1], ...unitOf(m[5]!, m[6]) };
    },
  },
  {
    kind: 'quantity',
    re: g(`(?:${alt(data.roundWords)})([十百千万]+)\\s*(余|多)?\\s*(${UNIT})`),
    make: (m) => ({ value: numberOf(m[1]!), approx: true, ...unitOf(m[3]!) }),
  },
  {
    kind: 'quantity',
    re: g(`百分之(${NUM})`),
    make: (m) => ({ value: numberOf(m[1]!), unit: '%', unitClass: 'percent' }),
  },
  {
    kind: 'quantity',
    re: g(`(${BEFORE})?\\s*(${NUM})\\s*(余|多)?\\s*(${MULT})?\\s*(余|多)?\\s*(${UNIT})(${PER})?\\s*(${AFTER})?`),
    make: (m) => {
      const mult = m[4] ? MULTIPLIERS[m[4]]! : 1;
      return { value: numberOf(m[2]!) * mult, approx: !!(m[1] || m[3] || m[5] || m[8]), ...unitOf(m[6]!, m[7]) };
    },
  },
  // A threshold written without a unit (平均学分绩点不低于2.50, 可放宽至2.00): the bound is the figure.
  {
    kind: 'quantity',
    re: g(String.raw`(?<=${alt(BOUND_WORDS)})\s*\d+(?:\.\d+)?(?![\d.．%％]|\s*(?:${MULT}|${UNIT}|[年月日号届级]))`),
    make: (m) => ({ value: Number(m[0].trim()), approx: false }),
  },
  // Tables give units in headers or their own column: "本年处理决定数量：214 |" is a figure without
  // a unit; "数量：3万余 | 单位：人" one whose unit is the next cell.
  {
    kind: 'cell',
    // Lines are rows: a cell ends at | or at the end of its line.
    re: new RegExp(
      `(?<=[：:][ \\t]*)(${NUM})[ \\t]*(余|多)?[ \\t]*(${MULT})?[ \\t]*(余|多)?(?=[ \\t]*(?:\\||$))(?:[ \\t]*\\|[ \\t]*(?:单位[：:])?[ \\t]*(${UNIT})(?=[ \\t]*(?:\\||$)))?`,
      'gmu',
    ),
    make: (m) => ({
      value: numberOf(m[1]!) * (m[3] ? MULTIPLIERS[m[3]]! : 1),
      approx: !!(m[2] || m[4]),
      ...(m[5] ? unitOf(m[5]) : {}),
    }),
  },
];

function unitOf(unit: string, per?: string): Partial<Figure> {
  return { unit, unitClass: UNITS[unit], ...(per ? { per: per.slice(1) } : {}) };
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** An arabic or Chinese numeral as a number: "1,580" → 1580, 三万两千 → 32000, 十二 → 12, 千 → 1000. */
export function numberOf(s: string): number {
  const t = s.replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of t) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_UNITS) {
      section += (digit || 1) * CN_UNITS[ch]!;
      digit = 0;
    } else if (ch in CN_BIG) {
      // A bare 万 or 亿 (上万次) is one of it.
      total = (total + section + digit || 1) * CN_BIG[ch]!;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Every figure in the text, left to right, none overlapping. */
/** Runs of digits, numerals or spaces this long hold no figure (a serial, a hash, padding) and are not matched. */
const NUMBER_RUN_MAX = 30;
const LONG_RUN = new RegExp(`[0-9０-９]{${NUMBER_RUN_MAX + 1},}|[零〇一二两三四五六七八九十百千万亿]{${NUMBER_RUN_MAX + 1},}|\\s{${NUMBER_RUN_MAX + 1},}`, 'g');

/**
 * Every figure in a text, in order. Long runs of digits are blanked first (offsets kept): the
 * patterns try each position of a run, which is quadratic on a megabyte of digits.
 */
export function recognise(original: string): Figure[] {
  // Full-width digits and traditional units (１２８６條, 一萬二千三百餘條) read as their plain forms;
  // the figure's text is quoted from the original.
  const text = foldChars(original);
  if (text !== original) return recogniseFolded(text).map((f) => ({ ...f, text: original.slice(f.start, f.end) }));
  return recogniseFolded(text);
}

function recogniseFolded(text: string): Figure[] {
  if (LONG_RUN.test(text)) {
    LONG_RUN.lastIndex = 0;
    // A filler no pattern reads (spaces would be, by \s*, and as slowly).
    const blanked = text.replace(LONG_RUN, (m) => '□'.repeat(m.length));
    return recogniseIn(blanked).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
  }
  return recogniseIn(text);
}

function recogniseIn(text: string): Figure[] {
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const out: Figure[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const start = m.index! + lead;
      const end = m.index! + raw.trimEnd().length;
      if (end <= start || !free(start, end)) continue;
      const made = rule.make(m as RegExpExecArray);
      // A bare multiplier is a unit, not a number: the 万 of a header's (万元) (上万 has its own rule).
      if (/^\s*[万亿]/.test(raw)) continue;
      // 六人间, 4人一间: a room named by its number of people, not a count of people.
      if (rule.kind === 'quantity' && /人$/.test(raw.trimEnd()) && /^(?:间|一间|寝)/.test(text.slice(end))) continue;
      // 二年级, 2年级: a grade (year of study) named by its number, not a span of two years.
      if (rule.kind === 'quantity' && text[end] === '级' && /年$/.test(text.slice(start, end))) continue;
      // 四分制, 百分制: a scale, no amount (4800元制定, 4年制 stay amounts).
      if (rule.kind === 'quantity' && text[end] === '制' && /^[一二三四五六七八九十百千]分$/.test(text.slice(start, end))) continue;
      taken.push([start, end]);
      out.push({ text: text.slice(start, end), start, end, kind: rule.kind, approx: false, ...made });
    }
  }
  return out
    .sort((a, b) => a.start - b.start)
    .map((f) => (f.kind === 'cell' && !f.unit ? withHeader(text, f) : f))
    .map((f) => {
      if (f.kind !== 'cell' || f.unit) return f;
      const rowUnit = ROW_UNIT.exec(lineAt(text, f.start));
      return rowUnit ? { ...f, ...unitOf(rowUnit[1]!, rowUnit[2]) } : f;
    });
}

/** The line (table row) holding an offset. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? undefined : end);
}

/** A row's own unit cell ("… | 单位：人"), the unit of its other cells. */
const ROW_UNIT = new RegExp(`(?:^|\\|)\\s*(?:计量|计费)?单位[：:]\\s*(${UNIT})(${PER})?\\s*(?:\\||$)`);

/** A header's unit in brackets: 省定基准学费标准（元/学年）, 金额(万元), 人数（人）. */
const HEADER_UNIT = new RegExp(`[（(]\\s*(${UNIT})\\s*(${PER})?\\s*[）)]`);
/** Headers of columns that number or code rows rather than measure anything. */
const ORDINAL_HEADER = new RegExp(`^(?:${alt(data.ordinalHeaders)})$`);

/**
 * A table cell read with its header ("header：value | …"): the header's bracketed unit is the cell's
 * unit (学费（元/学年）：5500 is money), and a 序号 or 代码 column is an ordinal, not an amount.
 */
function withHeader(text: string, f: Figure): Figure {
  // The header is in the cell's own row: back to the last | or line start.
  const cellStart = Math.max(text.lastIndexOf('|', f.start), text.lastIndexOf('\n', f.start)) + 1;
  const header = text
    .slice(cellStart, f.start)
    .replace(/[：:]\s*$/, '')
    .trim();
  // (A header under a spanning one, 功能分类科目·科目编码: its own last part says what the column holds.)
  if (ORDINAL_HEADER.test(header.replace(/\s+/g, '').split('·').at(-1)!)) return { ...f, kind: 'ordinal' };
  const m = HEADER_UNIT.exec(header);
  if (m) return { ...f, ...unitOf(m[1]!, m[2]) };
  // No unit written: the header's measure word says what kind of amount it is (学费标准 → money).
  // Chinese puts the head last: 学费减免比例 is a percentage, 奖学金金额 money.
  let best: { cls: UnitClass; at: number } | undefined;
  for (const [cls, re] of HEADER_CLASSES) {
    for (const m of header.matchAll(re)) if (!best || m.index! + m[0].length > best.at) best = { cls, at: m.index! + m[0].length };
  }
  // A whole number over 100 under a rate's header (升学人数升学率：1571, two merged headers) is a count.
  if (best?.cls === 'percent' && f.value !== undefined && f.value > 100) return f;
  return best ? { ...f, unitClass: best.cls } : f;
}

const HEADER_CLASSES = Object.entries(data.headerClasses as Record<string, string[]>).map(([cls, ws]) => [cls as UnitClass, new RegExp(alt(ws), 'g')] as const);

/** The kind of amount a word names by itself (学费 → money, 就业率 → percent, 人数 → people), if any. */
export function headerClassOf(word: string): UnitClass | undefined {
  // Chinese puts the head last: 缴费人数 counts people, 助学金额 is money — the word that ends latest decides.
  let best: { cls: UnitClass; at: number } | undefined;
  for (const [cls, re] of HEADER_CLASSES) {
    for (const m of word.matchAll(new RegExp(re.source, 'g'))) if (!best || m.index! + m[0].length > best.at) best = { cls, at: m.index! + m[0].length };
  }
  return best?.cls;
}

const FAMILY = new Map<string, string>();
for (const [family, units] of Object.entries(data.families as Record<string, string[]>)) for (const u of units) FAMILY.set(u, family);

/** The family of things a unit counts (篇 and 条: posts; 次 and 场: times), undefined for units of their own. */
export const unitFamily = (unit: string | undefined) => (unit ? FAMILY.get(unit) : undefined);

/** Figures that state an amount (counts, money, percentages, ranges, table cells): what 多少 asks for. */
export const isAmount = (f: Figure) => f.kind === 'quantity' || f.kind === 'range' || f.kind === 'cell';

/** Every run of digits, for the "no figure without a cited passage" check. */
export function numbersIn(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}
