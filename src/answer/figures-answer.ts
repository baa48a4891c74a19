// Answers from the figures index: how one institution's figure changed between its reports (both
// figures cited, the difference and percentage shown as arithmetic over them), and one metric ranked
// across institutions (one cited line each, and which reports do not state it). The answer path
// calls figureRoute(); everything else here is plain functions over FigureRecord[].
import { partsNamed, statementBefore, unaskedPart } from './population-parts.js';
import { type ParsedQuery, askedQualifier, isGenericHead } from '../retrieve/query.js';
import { unitFamily } from '../text/figures.js';
import { type QualifierKind, measuresIn, metricParts, namedIn, subjectsIn } from '../text/metric-names.js';
import { cut, tag } from '../text/jieba.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { Lexicon } from '../text/synonyms.js';
import type { Citation, FigureRecord, ReportDocument } from '../types.js';
import { citationOf } from './compose.js';
import { wishMisfits } from './figure-match.js';
import phrases from './figures-answer.json' with { type: 'json' };

/** Longest quote cited for a figure: its sentence, cut to a window around the figure when longer. */
const MAX_QUOTE = 100;
/** Qualifiers a plain question ("粉丝有多少") does not mean. */
const NARROWING = new Set<QualifierKind>(['new', 'part', 'max', 'average']);
const YOY = [...phrases.yoy].sort((a, b) => b.length - a.length);

/** True when the question asks how a figure changed (比去年多了多少, 近两年变化, 增长了多少). */
export const asksChange = (question: string) => {
  const q = normalizeForMatch(question);
  return YOY.some((p) => q.includes(p));
};

export interface Wanted {
  subjects: Set<string>;
  measures: Set<string>;
  /** The question's own words, for metrics named in a report's own words (资产招租公告). */
  words: string[];
  /** The measure words next to the ask (薪资 in 平均薪资各多少). */
  asked: string[];
  text: string;
  /** The question with its channel wordings blanked. */
  bare: string;
  subjectWords: Set<string>;
  qualifier?: QualifierKind;
  unit?: string;
  unitWord?: string;
}

/** What a question asks to be measured, read through the metric names and the lexicon. */
export function wanted(q: Pick<ParsedQuery, 'question' | 'measure' | 'terms' | 'unit' | 'unitWord'> & { aliases?: string[] }, lexicon?: Lexicon): Wanted {
  // (Without the institutions' names: 工程 of 武工程 is no measure asked.)
  const text = (q.aliases ?? []).reduce((t, a) => t.split(normalizeForMatch(a)).join(' '), normalizeForMatch(q.question));
  // The change phrase (增长了多少, 多了多少) is not a 新增 asked for.
  const plain = YOY.reduce((t, p) => t.split(p).join(' '), text);
  const { subjects } = namedIn(plain, lexicon);
  // The question without its channel words, so 视频 in 视频号 is not a measure asked.
  const named = subjectsIn(plain);
  const bare = named.reduceRight((t, n) => t.slice(0, n.start) + ' ' + t.slice(n.end), plain);
  const { measures } = namedIn(bare, lexicon);
  const subjectWords = new Set(named.map((n) => plain.slice(n.start, n.end)));
  const words = [...new Set([...q.measure, ...q.terms.filter((t) => t.source === t.term && t.weight >= 1).map((t) => t.term)])].filter((w) => w.length >= 2);
  const qualifier = askedQualifier(plain) as QualifierKind | undefined;
  return {
    subjects,
    measures,
    words,
    asked: q.measure.filter((x) => x.length >= 2),
    text: plain,
    bare,
    subjectWords,
    ...(qualifier ? { qualifier } : {}),
    ...(q.unit ? { unit: q.unit } : {}),
    ...(q.unitWord ? { unitWord: q.unitWord } : {}),
  };
}

/** How well a record answers what is wanted; undefined when it does not (another measure, channel or unit class). */
/** How far a record stated for an unasked part of the population (本科毕业生…) ranks below the whole's. */
const PART_PENALTY = 1;

// A table cell is stated by its own header (全体毕业生人数：), not by the cells before it (本科毕业生人数：4813 | …).
const ownStatement = (before: string) => (before.includes(' | ') ? before.slice(before.lastIndexOf(' | ') + 3) : statementBefore(before, before.length));
const partPenalty = (w: Wanted, before: string) => (unaskedPart(w.text, ownStatement(before)) ? PART_PENALTY : 0);

export function recordScore(w: Wanted, r: FigureRecord, before = '', after = ''): number | undefined {
  // "落实率在95%以上的专业有14个": a threshold describing other things, not the measure's value.
  if (/^(?:及?以上|及?以下|左右)?的/.test(after)) return undefined;
  // "毕业生期望的平均薪资", "单位愿意给出的薪资": a wish or an offer is not the measure, unless asked.
  if (wishMisfits(ownStatement(before).slice(-24), w.text)) return undefined;
  const { subject, measure } = metricParts(r.metric);
  let score: number;
  const m = normalizeForMatch(measure);
  const ownSubject = !!subject && w.subjects.has(subject);
  // The record's sentence names the channel asked about before the figure (抖音号（视频号）发布作品…).
  const namedBefore = !ownSubject && [...subjectsIn(before)].some((n) => w.subjects.has(n.name));
  // 就业满意度 asked: a 满意度 the record's sentence states of something else (对学校就业服务…满意（满意度99.65%）) fits less.
  if (w.measures.has(measure)) score = 3 - (modifierMissing(w, measure, before) ? MODIFIER_MISFIT : 0);
  // A question that names a known measure (阅读量) is not answered by a report's own phrase that
  // merely shares a word with it; otherwise the phrase is the question's, or mostly a word of it.
  else if (w.measures.size) return undefined;
  // The institution words of a comparison (哪所学校) name no measure.
  else if (m.length >= 2 && w.bare.includes(m) && !INSTITUTION_WORD.test(m)) score = 2.5;
  // The words asked about are the measure when the question names one (薪资 of 毕业生的平均薪资).
  else if (
    (w.asked.length ? w.asked : w.words).some(
      (x) => !isGenericHead(x) && !w.subjectWords.has(x) && (x.includes(m) || (m.includes(x) && 2 * x.length >= m.length)),
    )
  )
    score = 2;
  // A channel asked with no measure ("视频号发了多少条"): any figure of that channel, the unit deciding.
  else if (w.subjects.size && (ownSubject || namedBefore)) score = 1.5;
  else return undefined;
  if (w.subjects.size) {
    if (ownSubject) score += 2;
    else if (namedBefore) score += 1;
    else if (subject && w.measures.has(measure)) return undefined;
    else score -= 1;
  } else if (subject && !w.text.includes(normalizeForMatch(subject))) score -= 0.3;
  if (r.part) score += w.text.includes(normalizeForMatch(r.part)) ? 2 : -2;
  // "其中，本科毕业生…落实率为96.72%": a figure stated for a part of the population the question does not name.
  else score -= partPenalty(w, before);
  if (w.qualifier) score += r.qualifierKind === w.qualifier ? 1 : r.qualifierKind && r.qualifierKind !== 'total' ? -1 : 0;
  else if (r.qualifierKind && NARROWING.has(r.qualifierKind)) score -= 1.5;
  // A phone number is never a record's amount: 受理来电4.27万件 does not answer 咨询电话.
  if (w.unit === 'phone') return undefined;
  if (w.unit && r.unitClass && r.unitClass !== w.unit && w.unit !== 'date') return undefined;
  if (w.unitWord && unitFamily(r.unit) !== undefined && unitFamily(r.unit) === unitFamily(w.unitWord)) score += 0.3;
  return score;
}

/** Words naming people (毕业生, 学生, 校友): who a measure is of, not a kind of it. */
const PEOPLE = /(?:生|员|友|工|人)$/;

/** How far a record falls whose measure lacks the word the question writes right before it (就业 of 就业满意度). */
const MODIFIER_MISFIT = 1.5;

/**
 * True when the question writes a word right before the measure (就业满意度, 专业相关度) that the record's sentence
 * does not write right before its own wording of it. People (毕业生满意度) are no such word.
 */
function modifierMissing(w: Wanted, measure: string, before: string): boolean {
  const asked = measuresIn(w.bare).find((n) => n.name === measure);
  if (!asked) return false;
  const modifier = cut(w.bare.slice(0, asked.start)).filter((x) => x.trim()).at(-1) ?? '';
  if (modifier.length < 2 || !/^[\u4e00-\u9fa5]+$/.test(modifier) || isGenericHead(modifier) || partsNamed(modifier).length || PEOPLE.test(modifier)) return false;
  if (!tag(modifier).every((t) => /^(?:n|vn|v)$/.test(t.tag))) return false;
  const own = measuresIn(before).filter((n) => n.name === measure).at(-1);
  if (!own) return false;
  const text = normalizeForMatch(before);
  const tail = text.slice(Math.max(0, own.start - modifier.length - 1), own.start);
  // (…or who is satisfied, its clause opening with it: 用人单位对毕业生的满意度 for 用人单位满意度.)
  const clause = text.slice(0, own.start).split(/[，,。；;]/).at(-1) ?? '';
  return !tail.includes(modifier) && !clause.includes(`${modifier}对`);
}

/** The best record of each report (school and period) for what is wanted. */
export function bestPerReport(w: Wanted, records: FigureRecord[], docs?: Map<string, ReportDocument>, least = 2): FigureRecord[] {
  const best = new Map<string, { r: FigureRecord; s: number }>();
  for (const r of records) {
    const text = docs?.get(r.docId)?.text;
    const before = text?.slice(r.quoteStart, r.start) ?? '';
    const s = recordScore(w, r, before, text?.slice(r.end, r.end + 4));
    // A part's figure ranks below the whole's, but when it is the only one the report states it
    // still is one (an undergraduate-only report is no "not stated").
    if (s === undefined || s + (r.part ? 0 : partPenalty(w, before)) < least) continue;
    const cur = best.get(r.docId);
    if (!cur || s > cur.s || (s === cur.s && r.start < cur.r.start)) best.set(r.docId, { r, s });
  }
  return [...best.values()].map((x) => x.r);
}

export interface FigureEnv {
  records: FigureRecord[];
  /**
   * Figures the passage path read for institutions of a comparison, as records: read with their
   * sentence (其中本科…, 男生…, 以上的专业), they take the place of the index's record for that institution.
   */
  confirmed?: Map<string, FigureRecord>;
  documentsById: Map<string, ReportDocument>;
  lexicon?: Lexicon;
  /** Every institution in the index, for the "not stated" list. */
  schools: string[];
}

export interface FigureReply {
  text: string;
  found: boolean;
  citations: Citation[];
  school?: string;
  period?: string;
  /** Comparisons: the institutions whose records do not state the figure. */
  missing?: string[];
}

/** Citations numbered on from `first`. */
export class Cites {
  readonly list: Citation[] = [];
  constructor(
    private readonly first: number,
    private readonly docs: Map<string, ReportDocument>,
  ) {}

  /** Cites a record's sentence (a window of it when long) and returns “its clause”[n]. */
  quote(r: FigureRecord): string {
    const doc = this.docs.get(r.docId)!;
    let s = r.quoteStart;
    let e = r.quoteEnd;
    if (e - s > MAX_QUOTE) {
      s = Math.max(s, r.start - MAX_QUOTE / 2);
      e = Math.min(e, s + MAX_QUOTE);
      s = Math.max(r.quoteStart, Math.min(s, r.end - MAX_QUOTE));
    }
    const n = this.first + this.list.length;
    this.list.push(citationOf(n, { start: s, end: e, text: doc.text.slice(s, e) }, doc, r.section));
    // The reply shows the clause holding the figure; the citation keeps its sentence.
    // A table row reads only whole (项目：门户网站发布信息 | 数量：1107 | 单位：条).
    const row = doc.text.slice(s, e).includes(' | ');
    let cs = row ? s : r.start;
    while (cs > s && !/[，,；;。：:]/.test(doc.text[cs - 1]!)) cs--;
    let ce = row ? e : r.end;
    while (ce < e && !/[，,；;。]/.test(doc.text[ce]!)) ce++;
    const clause = doc.text.slice(cs, ce).trim();
    return `“${cs > s ? '…' : ''}${clause}${ce < e ? '…' : ''}”[${n}]`;
  }
}

const periodStart = (env: FigureEnv, r: FigureRecord) => env.documentsById.get(r.docId)?.period.start ?? r.period;

/** A value as its report writes it: in 万 or 亿 when the figure was (61.8万), else plain. */
function shown(value: number, mult: number): string {
  const v = value / mult;
  const s = Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  return `${s.replace('-', '−')}${mult === 10_000 ? '万' : mult === 100_000_000 ? '亿' : ''}`;
}
const multOf = (r: FigureRecord) => (/亿/.test(r.text) ? 100_000_000 : /万/.test(r.text) ? 10_000 : 1);

/**
 * Year over year for one institution: the figure in its two reports asked about (the latest two, or
 * the period asked and the one before), both cited, and the change as arithmetic over them.
 */
export function yoy(q: ParsedQuery, school: string, env: FigureEnv, firstCitation = 1): FigureReply | undefined {
  const w = wanted(q, env.lexicon);
  const mine = bestPerReport(
    w,
    env.records.filter((r) => r.school === school),
    env.documentsById,
  ).sort((a, b) => periodStart(env, b).localeCompare(periodStart(env, a)));
  // Reports of another kind (a charter beside an annual report) are not the same series.
  const kinds = new Map(mine.map((r) => [r.docId, env.documentsById.get(r.docId)?.kind]));
  const series = mine.filter((r) => kinds.get(r.docId) === kinds.get(mine[0]?.docId ?? ''));
  if (series.length < 2) return undefined;
  let at = 0;
  const time = q.time;
  if (time?.kind === 'interval') {
    const asked = series.findIndex((r) => {
      const p = env.documentsById.get(r.docId)?.period;
      return p && p.start <= time.end && p.end >= time.start;
    });
    // "2023年比上年…" asks about 2023; "比去年多了多少" compares the latest with the year before it.
    if (asked >= 0 && asked + 1 < series.length && !/比\s*(?:去年|上一?年)/.test(w.text)) at = asked;
  }
  const [later, earlier] = [series[at]!, series[at + 1]!];
  const cites = new Cites(firstCitation, env.documentsById);
  const lines = [`${later.period}：${cites.quote(later)}`, `${earlier.period}：${cites.quote(earlier)}`];
  const sameClass = later.unitClass === earlier.unitClass;
  let change = '两期数字的单位不同，无法直接相减。';
  if (sameClass) {
    const mult = multOf(later) === multOf(earlier) ? multOf(later) : 1;
    const diff = later.value - earlier.value;
    const unit = later.unit === '%' ? '个百分点' : later.unit;
    const parts = [`${shown(later.value, mult)} − ${shown(earlier.value, mult)} = ${shown(diff, mult)}${unit}`];
    if (later.unit !== '%' && earlier.value !== 0) {
      const pct = Math.round((1000 * diff) / earlier.value) / 10;
      parts.push(`${shown(diff, mult)} ÷ ${shown(earlier.value, mult)} ≈ ${String(pct).replace('-', '−')}%`);
    }
    const direction = diff > 0 ? '增加' : diff < 0 ? '减少' : '持平';
    const approx = later.approx || earlier.approx ? '（原文为约数，变化仅供参考）' : '';
    change = `${parts.join('；')}，${direction}${approx}。`;
  }
  const what = later.metric + (later.qualifier && later.qualifierKind !== 'part' ? `（${later.qualifier}）` : '');
  const others =
    series.length > 2
      ? `\n（另有${series
          .slice(2)
          .map((r) => r.period)
          .join('、')}的报告可查。）`
      : '';
  return {
    text: `${school}${what}：\n${lines.join('\n')}\n变化：${change}${others}`,
    found: true,
    citations: cites.list,
    school,
    period: later.period,
  };
}

/**
 * One metric across institutions as a ranked table: each institution's figure (from the report of
 * the period asked, else its latest) on a cited line, ranked when the units count alike, and the
 * institutions whose reports do not state it.
 */
const INSTITUTION_WORD = /^(?:学校|大学|学院|高校|单位|院校|本校|我校)$/;

/** The least record score a comparison table takes (a known measure, or the question's phrase). */
const COMPARE_LEAST_SCORE = 2.5;

export function compareTable(q: ParsedQuery, schools: string[], env: FigureEnv, firstCitation = 1): FigureReply | undefined {
  const w = wanted(q, env.lexicon);
  const inTime = (r: FigureRecord) => {
    if (q.time?.kind !== 'interval') return true;
    const p = env.documentsById.get(r.docId)?.period;
    return !!p && p.start <= q.time.end && p.end >= q.time.start;
  };
  const rows: FigureRecord[] = [];
  const missing: string[] = [];
  const indexMetrics: string[] = [];
  for (const school of schools) {
    // A table across institutions reads only records of a known measure (or the question's own
    // phrase): a word shared by chance (毕业生 in 困难毕业生) would line up unlike figures.
    // …and only the institution's own figures: a record about one of its parts (机电工程学院·就业率)
    // is no figure of the institution unless the question names that part.
    const own = (r: FigureRecord) => {
      const { subject } = metricParts(r.metric);
      return (!subject || w.text.includes(normalizeForMatch(subject)) || w.subjects.has(subject)) && (!r.part || w.text.includes(normalizeForMatch(r.part)));
    };
    const all = bestPerReport(
      w,
      env.records.filter((r) => r.school === school && own(r)),
      env.documentsById,
      COMPARE_LEAST_SCORE,
    ).sort((a, b) => periodStart(env, b).localeCompare(periodStart(env, a)));
    // The report that covers most of the time asked (2022-2023学年 for 2023年, over 2023-2024学年).
    const overlap = (r: FigureRecord) => {
      const p = env.documentsById.get(r.docId)?.period;
      if (!p || q.time?.kind !== 'interval') return 0;
      return Date.parse(p.end < q.time.end ? p.end : q.time.end) - Date.parse(p.start > q.time.start ? p.start : q.time.start);
    };
    const fromIndex = all.filter(inTime).sort((a, b) => overlap(b) - overlap(a))[0] ?? (q.time?.kind === 'interval' ? undefined : all[0]);
    const pick = env.confirmed?.get(school) ?? fromIndex;
    if (fromIndex) indexMetrics.push(fromIndex.metric);
    if (pick) rows.push(pick);
    else missing.push(school);
  }
  // A figure read by the passage path counts as the index's measure for ranking (its own label is
  // shown, never renamed).
  const shared = indexMetrics[0];
  const measureOf = (r: FigureRecord) => (shared && env.confirmed?.get(r.school) === r ? metricParts(shared).measure : metricParts(r.metric).measure);
  if (rows.length === 0) return undefined;
  const families = new Set(rows.map((r) => unitFamily(r.unit) ?? r.unitClass ?? r.unit));
  // Ranked only when every line states the same measure in units that count alike.
  const ranked = families.size <= 1 && new Set(rows.map(measureOf)).size <= 1;
  const dir = q.rank === 'min' ? 1 : -1;
  if (ranked) rows.sort((a, b) => dir * (a.value - b.value) || a.school.localeCompare(b.school));
  const cites = new Cites(firstCitation, env.documentsById);
  // No rank numbers: every digit in a reply must be a cited figure (the order says the rank).
  const lines = rows.map((r) => `${r.school}（${r.period}）：${cites.quote(r)}`);
  const metrics = new Set(rows.map((r) => (shared && env.confirmed?.get(r.school) === r ? shared : r.metric)));
  const title = metrics.size === 1 ? rows[0]!.metric : [...w.subjects].join('、') || rows[0]!.metric;
  const head = `${title}${ranked && rows.length > 1 ? `，按数字从${dir === 1 ? '少到多' : '多到少'}` : ''}：`;
  const tail = missing.length ? `\n未说明：${missing.join('、')}的报告中没有这项数字。` : '';
  return { text: `${head}\n${lines.join('\n')}${tail}`, found: true, citations: cites.list, missing };
}

/**
 * The answer path's entry: a change question about one institution, or a figure comparison across
 * several, answered from the figures index; undefined leaves the question to the passage path.
 */
export function figureRoute(q: ParsedQuery, env: FigureEnv, firstCitation: number): FigureReply | undefined {
  if (q.schools.length === 1 && asksChange(q.question)) return yoy(q, q.schools[0]!, env, firstCitation);
  const comparing = q.schools.length > 1 || (q.schools.length === 0 && q.cross);
  if (comparing && q.intent === 'figure') return compareTable(q, q.schools.length ? q.schools : env.schools, env, firstCitation);
  return undefined;
}
