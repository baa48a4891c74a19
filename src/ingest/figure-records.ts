// The figures of a report as records for the figures index: every statistic in running text and
// table rows, with what it measures (subject and measure, named through metric-names), what narrows
// it (新增, 累计, 单篇最高, 其中…), its value and unit, and offsets into the report for citing.
// Built on the figure recogniser (text/figures.ts): this file only reads the words around a figure.
import { type Figure, isAmount, recognise } from '../text/figures.js';
import { FILLERS, type QualifierKind, measuresIn, metricName, qualifiersIn, subjectsIn } from '../text/metric-names.js';
import type { FigureRecord, ReportDocument } from '../types.js';

/** Version of the extraction: an index built by another version has its figures read again. */
export const FIGURES_VERSION = 1;

/** Sentences end at 。！？； and line breaks; a table row is one line. */
const SENTENCE_END = /[。！？!?；;\n]/;
/** Punctuation that ends the words naming a figure. */
const LABEL_STOP = /[，,；;：:。！？!?、（）()|\n]/;
/** Longest label read after a figure ("62次采购公告" names its thing after the number). */
const TAIL_MAX = 10;
/** Units that are not statistics on their own (学制三年, 2-3年). */
const NOT_STATISTICS = new Set(['年', '岁', '度', '分', '学期', '学年', '周', '日', '天', '小时', '分钟', '个月', '工作日', '个工作日']);

interface Span {
  start: number;
  end: number;
}

function sentences(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i]!)) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/** Inside 《…》 or “…”: a title's figure (《2023年第二届…》) is not a statistic of the report. */
function inTitle(s: string, at: number): boolean {
  for (const [open, close] of [
    ['《', '》'],
    ['“', '”'],
    ['"', '"'],
  ] as const) {
    const o = s.lastIndexOf(open, at);
    if (o >= 0 && s.indexOf(close, o + 1) >= at) return true;
  }
  return false;
}

/** Words at the edges of a label that say how a figure was stated, not what it counts. */
const LEADING = /^(?:及时|主动|公开|发布|公布|推出|收到|共|计)/;
const TRAILING = /(?:发布|共计|总计|合计|达到|达|为|是|有|约|共|计)$/;

/** A label without the words that name nothing measured (本学年, 学校, 共计, 达到, 为…), at its edges. */
export function cleanLabel(label: string): string {
  let t = label.replace(/[“”"《》【】\s]/g, '').replace(/[，,、：:；;]+$/, '');
  for (let before = ''; before !== t; ) {
    before = t;
    for (const f of FILLERS) {
      if (t.startsWith(f) && t.length > f.length + 1) t = t.slice(f.length);
      if (t.endsWith(f) && t.length > f.length + 1) t = t.slice(0, -f.length);
    }
    for (const re of [LEADING, TRAILING]) {
      const v = t.replace(re, '');
      if (v.length >= 2) t = v;
    }
  }
  return t;
}

const isStatistic = (f: Figure) => isAmount(f) && f.value !== undefined && !(f.unit && NOT_STATISTICS.has(f.unit));

/** The section path of the deepest section holding an offset. */
function sectionAt(doc: Pick<ReportDocument, 'sections'>, at: number): string[] {
  let best: ReportDocument['sections'][number] | undefined;
  for (const s of doc.sections) if (s.start <= at && at < s.end && (!best || s.level >= best.level)) best = s;
  return best?.path ?? [];
}

/** A table row ("申请情况：本年新收… | 自然人：35 | 总计：39"): each number cell measured by its header and row. */
function tableRecords(row: string, offset: number): Omit<FigureRecord, 'docId' | 'school' | 'period' | 'section'>[] {
  const out: Omit<FigureRecord, 'docId' | 'school' | 'period' | 'section'>[] = [];
  const cells: { text: string; start: number }[] = [];
  let from = 0;
  for (const part of row.split('|')) {
    cells.push({ text: part, start: from });
    from += part.length + 1;
  }
  const split = (c: string) => {
    const m = /^\s*([^：:]+)[：:]\s*(.*?)\s*$/.exec(c);
    return m ? { header: m[1]!.trim(), value: m[2]! } : { header: '', value: c.trim() };
  };
  const first = split(cells[0]!.text);
  const rowLabel = cleanLabel(/\d/.test(first.value) ? first.header : first.value);
  for (const [i, cell] of cells.entries()) {
    const { header, value } = split(cell.text);
    for (const f of recognise(cell.text)) {
      if (!isStatistic(f) || !cell.text.slice(f.start).trim().startsWith(value.slice(0, 1))) continue;
      if (i === 0 && value !== f.text && !/^\s*\d/.test(value)) continue;
      // The unit: the figure's own, else a 单位 column of the row.
      const unitCell = cells.map((c) => split(c.text)).find((c) => /^单位$/.test(c.header));
      const unit = f.unit ?? (unitCell ? unitCell.value : '');
      const head = cleanLabel(header);
      const q = qualifiersIn(head).at(-1) ?? qualifiersIn(rowLabel).at(-1);
      const measure = head && head !== rowLabel ? head : rowLabel;
      const subjectHere = subjectsIn(rowLabel)[0]?.name ?? rowLabel;
      out.push({
        metric: metricName(measure === rowLabel ? undefined : subjectHere, measuresIn(measure)[0]?.name ?? measure),
        ...(q ? { qualifier: q.word, qualifierKind: q.kind } : {}),
        value: f.value!,
        ...(f.high !== undefined ? { high: f.high } : {}),
        approx: f.approx,
        unit,
        ...(f.unitClass ? { unitClass: f.unitClass } : {}),
        text: f.text,
        start: offset + cell.start + f.start,
        end: offset + cell.start + f.end,
        quoteStart: offset,
        quoteEnd: offset + row.length,
      });
    }
  }
  return out;
}

type Partial = Omit<FigureRecord, 'docId' | 'school' | 'period' | 'section'>;

/** The records of one sentence of running text. */
function sentenceRecords(s: string, offset: number): Partial[] {
  const figures = recognise(s).filter((f) => isStatistic(f) && !inTitle(s, f.start) && !/第\s*$/.test(s.slice(0, f.start)));
  const out: Partial[] = [];
  // What the sentence has measured so far: a later figure without words of its own inherits it
  // (…发布信息168篇，…目前共有粉丝4万余人 → both of 微信公众号).
  let subject: string | undefined;
  let head: { metric: string; subject?: string; measure: string } | undefined;
  let partFrom = -1;
  const all = recognise(s);
  for (const f of figures) {
    const prevEnd = Math.max(0, ...all.filter((g) => g.end <= f.start).map((g) => g.end));
    let from = f.start;
    while (from > prevEnd && !LABEL_STOP.test(s[from - 1]!)) from--;
    const nextStart = all.find((g) => g.start >= f.end)?.start ?? s.length;
    let to = f.end;
    while (to < nextStart && to - f.end < TAIL_MAX && !LABEL_STOP.test(s[to]!)) to++;
    const before = s.slice(from, f.start);
    const after = s.slice(f.end, to);
    // Subjects named before this figure in the sentence (its own clause included).
    const subjectsBefore = subjectsIn(s.slice(0, f.start));
    const ownSubject = subjectsIn(before).at(-1)?.name ?? subjectsIn(after)[0]?.name;
    if (subjectsBefore.length) subject = subjectsBefore.at(-1)!.name;
    const quals = qualifiersIn(before);
    // 其中 opens a breakdown that runs to the end of the sentence.
    const partAt = s.lastIndexOf('其中', f.start);
    if (partAt >= 0 && partAt > partFrom && head) partFrom = partAt;
    // A bracketed breakdown （其中…） ends at its closing bracket.
    const close = /[（(]\s*$/.test(s.slice(0, partAt)) ? s.slice(partAt).search(/[）)]/) : -1;
    const closed = close >= 0 && partAt + close < f.start;
    const inPart = partFrom >= 0 && partAt >= 0 && head !== undefined && !closed;
    // The measure: a known measure nearest the figure, else the label's own words (before the
    // figure, or after it when nothing stands before: 62次采购公告).
    const measureNamed = measuresIn(before).at(-1)?.name ?? measuresIn(after)[0]?.name;
    // A row of a breakdown names no measure of its own (党政办公室57篇); one that does (办结率100%) is not a row.
    const q = quals.at(-1) ?? (inPart && !measureNamed ? { word: '其中', kind: 'part' as QualifierKind } : undefined);
    let labelWords = before;
    for (const w of quals) labelWords = labelWords.split(w.word).join('');
    for (const n of [...subjectsIn(labelWords)].reverse()) labelWords = labelWords.slice(0, n.start) + labelWords.slice(n.end);
    let own = cleanLabel(labelWords);
    // Only a verb before the number (召开了12次专题会议): the thing counted is named after it.
    const tail = cleanLabel(after.replace(/^[的]/, ''));
    if (own.length < 2 || (own.length <= 2 && tail.length >= 2 && !measureNamed)) own = tail || own;
    // A bare verb of publishing (公众号平台共发布228条) counts what was published.
    if (/^发布了?$/.test(own)) own = '发布信息';
    let metric: string;
    let part: string | undefined;
    if (inPart && !measureNamed && head) {
      // A breakdown's row (其中官网主站745篇，党政办公室57篇): the head's metric, this row as the part.
      metric = head.metric;
      part = own || undefined;
    } else {
      const measure = measureNamed ?? own;
      if (!measure) continue;
      // Known measures (粉丝, 阅读量, 发布信息) are of the channel the sentence is about; a label of
      // its own words (资产招租公告) has a subject only when its clause names one.
      const subj = ownSubject ?? (measureNamed ? subject : undefined);
      metric = metricName(subj, measure);
      if (!inPart || !head) head = { metric, subject: subj, measure };
    }
    out.push({
      metric,
      ...(q ? { qualifier: q.word, qualifierKind: q.kind } : {}),
      ...(part ? { part } : {}),
      value: f.value!,
      ...(f.high !== undefined ? { high: f.high } : {}),
      approx: f.approx,
      unit: f.unit ?? '',
      ...(f.unitClass ? { unitClass: f.unitClass } : {}),
      text: f.text,
      start: offset + f.start,
      end: offset + f.end,
      quoteStart: offset,
      quoteEnd: offset + s.length,
    });
  }
  return out;
}

/** Every statistic of a text (offsets into it), without the document fields. */
export function extractFigures(text: string): Partial[] {
  const out: Partial[] = [];
  for (const sp of sentences(text)) {
    const raw = text.slice(sp.start, sp.end);
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    if (!s) continue;
    out.push(...(s.includes(' | ') ? tableRecords(s, sp.start + lead) : sentenceRecords(s, sp.start + lead)));
  }
  return out;
}

/** The figure records of a report. */
export function figureRecords(doc: Pick<ReportDocument, 'docId' | 'school' | 'period' | 'text' | 'sections'>): FigureRecord[] {
  return extractFigures(doc.text).map((r) => ({
    docId: doc.docId,
    school: doc.school,
    period: doc.period.label,
    section: sectionAt(doc, r.start),
    ...r,
  }));
}
