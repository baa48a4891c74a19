// The figures of a report as records for the figures index: every statistic in running text and
// table rows, with what it measures (subject and measure, named through metric-names), what narrows
// it (新增, 累计, 单篇最高, 其中…), its value and unit, and offsets into the report for citing.
// Built on the figure recogniser (text/figures.ts): this file only reads the words around a figure.
import { type Figure, isAmount, recognise } from '../text/figures.js';
import { FILLERS, type QualifierKind, measuresIn, metricName, metricParts, qualifiersIn, subjectsIn } from '../text/metric-names.js';
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
  for (let before = ''; before !== t;) {
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

/** Column headers that say only "how many": the row names what. */
const GENERIC_HEADER = /^(?:数量|数值|数目|数据|统计数|数)$/;

/** Column headers of serial numbers, not statistics. */
const SERIAL = /^(?:序号|编号|序|No\.?)$/i;

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
  // The row's name: its first cell that is not a number (序号 01 is a serial, not a name).
  const named = cells.map((c) => split(c.text)).find((c) => c.value && !/^[\d.,%\s]+$/.test(c.value)) ?? split(cells[0]!.text);
  const rowLabel = (named.value || named.header).replace(/[“”"\s]/g, '');
  for (const [i, cell] of cells.entries()) {
    const { header, value } = split(cell.text);
    if (SERIAL.test(header)) continue;
    for (const f of recognise(cell.text)) {
      if (!isStatistic(f) || !cell.text.slice(f.start).trim().startsWith(value.slice(0, 1))) continue;
      if (i === 0 && value !== f.text && !/^\s*\d/.test(value)) continue;
      // The unit: the figure's own, else a 单位 column of the row.
      const unitCell = cells.map((c) => split(c.text)).find((c) => /^单位$/.test(c.header));
      const unit = f.unit ?? (unitCell ? unitCell.value : '');
      const head = cleanLabel(header);
      const q = qualifiersIn(head).at(-1) ?? qualifiersIn(rowLabel).at(-1);
      // A generic column (数量) leaves the row to name the thing: 门户网站发布信息 → 官网·发布信息.
      const metric =
        head && head !== rowLabel && !GENERIC_HEADER.test(head)
          ? metricName(rowLabel, measuresIn(head)[0]?.name ?? head)
          : metricName(
              subjectsIn(rowLabel)[0]?.name,
              measuresIn(rowLabel).at(-1)?.name ??
                (cleanLabel(
                  rowLabel.replace(subjectsIn(rowLabel)[0] ? rowLabel.slice(subjectsIn(rowLabel)[0]!.start, subjectsIn(rowLabel)[0]!.end) : '', ''),
                ) ||
                  rowLabel),
            );
      out.push({
        metric,
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

/** Offsets of the text inside brackets: a bracketed aside （视频号） does not name the sentence's subject. */
function bracketed(s: string): (at: number) => boolean {
  const depth: number[] = [];
  let d = 0;
  for (const ch of s) {
    if ('（('.includes(ch)) d++;
    depth.push(d);
    if ('）)'.includes(ch)) d = Math.max(0, d - 1);
  }
  return (at) => (depth[at] ?? 0) > 0;
}

/** Distinct subjects named in a stretch, ignoring bracketed asides. */
function subjectsOf(s: string, from: number, to: number, inBrackets: (at: number) => boolean): string[] {
  const named = subjectsIn(s.slice(from, to)).filter((n) => !inBrackets(from + n.start));
  return named.map((n) => n.name);
}

/** Per-unit phrases and bare verbs that say how much, not of what (每生每年8000元, 收取150元). */
const HOW_ONLY = /^(?:(?:每[人生年月学期])+|按照?[^，。]*?(?:收取|标准)|收取|均为|为|计)$/;

/** The records of one sentence of running text. */
function sentenceRecords(s: string, offset: number): Partial[] {
  const figures = recognise(s).filter((f) => isStatistic(f) && !inTitle(s, f.start) && !/第\s*$/.test(s.slice(0, f.start)));
  const out: Partial[] = [];
  const inBrackets = bracketed(s);
  // What the sentence has measured so far: a later figure without words of its own inherits it
  // (…发布信息168篇，…目前共有粉丝4万余人 → both of 微信公众号).
  let subject: string | undefined;
  let head: { metric: string; subject?: string; measure: string; end: number } | undefined;
  let prev: { end: number; subject?: string } | undefined;
  let partFrom = -1;
  const all = recognise(s);
  for (const f of figures) {
    const prevEnd = Math.max(0, ...all.filter((g) => g.end <= f.start).map((g) => g.end));
    let from = f.start;
    while (from > prevEnd && !LABEL_STOP.test(s[from - 1]!)) from--;
    const nextStart = all.find((g) => g.start >= f.end)?.start ?? s.length;
    let to = f.end;
    while (to < nextStart && to - f.end < TAIL_MAX && !LABEL_STOP.test(s[to]!)) to++;
    let before = s.slice(from, f.start);
    const after = s.slice(f.end, to);
    // A label that only says how much (每生每年, 按照规定收取) names its thing in the clause before:
    // "1、国家奖学金，每生每年8000元", "考试费：按照有关规定收取150元/人".
    if (HOW_ONLY.test(cleanLabel(before)) || !cleanLabel(before)) {
      let k = from - 1;
      while (k > prevEnd && !LABEL_STOP.test(s[k - 1]!)) k--;
      const previousClause = s.slice(k, Math.max(k, from - 1)).replace(/^\s*(?:\d+|[一二三四五六七八九十]+)[、.．]\s*/, '');
      if (
        from - 1 > prevEnd &&
        cleanLabel(previousClause).length >= 2 &&
        !/\d/.test(previousClause) &&
        (HOW_ONLY.test(cleanLabel(before)) || !cleanLabel(after))
      )
        before = previousClause;
    }
    // Subjects of the sentence so far; when its opening names several (官网、微信公众号、视频号…)
    // none of them is the subject of a figure that follows.
    const stretch = subjectsOf(s, prevEnd, f.start, inBrackets);
    const ownSubjects = [...new Set(subjectsOf(s, from, f.start, inBrackets))];
    if (new Set(stretch).size > 1) subject = undefined;
    else if (stretch.length) subject = stretch[0];
    const ownSubject = ownSubjects.length === 1 ? ownSubjects[0] : ownSubjects.length > 1 ? undefined : subjectsIn(after)[0]?.name;
    const quals = qualifiersIn(before);
    // 其中 opens a breakdown that runs to the end of the sentence.
    const partAt = s.lastIndexOf('其中', f.start);
    // It breaks down a figure stated before it (…2273篇，其中…), not one that follows (其中包括…5次).
    if (partAt >= 0 && partAt > partFrom && head && partAt >= head.end) partFrom = partAt;
    // A bracketed breakdown （其中…） ends at its closing bracket.
    const close = /[（(]\s*$/.test(s.slice(0, partAt)) ? s.slice(partAt).search(/[）)]/) : -1;
    const closed = close >= 0 && partAt + close < f.start;
    const inPart = partFrom >= 0 && partAt === partFrom && head !== undefined && !closed;
    // A quoted name in a breakdown (其中“媒体报道”295条) is a row's name, even when it holds a measure word.
    const quotedName = /^[“"][^”"]+[”"]$/.test(before.trim());
    // The measure: a known measure nearest the figure, else the label's own words (before the
    // figure, or after it when nothing stands before: 62次采购公告).
    const measureBefore = quotedName && inPart ? undefined : measuresIn(before).at(-1);
    const measureNamed = measureBefore?.name ?? measuresIn(after)[0]?.name;
    // A row of a breakdown names no measure of its own (党政办公室57篇); one that does (办结率100%) is not a row.
    const q = quals.at(-1) ?? (inPart && !measureNamed ? { word: '其中', kind: 'part' as QualifierKind } : undefined);
    let labelWords = before;
    for (const w of quals) labelWords = labelWords.split(w.word).join('');
    for (const n of [...subjectsIn(labelWords)].reverse()) labelWords = labelWords.slice(0, n.start) + labelWords.slice(n.end);
    let own = cleanLabel(labelWords);
    // Only a verb before the number (召开了12次专题会议), or a verb phrase that leads into it
    // (公开的5次采购意向, 公示了6次采购公告): the thing counted is named after it.
    const tail = cleanLabel(after.replace(/^[的]/, ''));
    const leadsIn = /[的了]$/.test(before.trim()) && !measureBefore;
    if (own.length < 2 || leadsIn || (own.length <= 2 && tail.length >= 2 && !measureNamed)) own = tail || own;
    // A bare verb of publishing (公众号平台共发布228条) counts what was published.
    if (/^发布了?$/.test(own)) own = '发布信息';
    // Words besides a known measure (省市级媒体报道) make it a measure of their own.
    const inLabel = measuresIn(labelWords).at(-1);
    const rest = measureBefore && inLabel ? residue(normalizeRest(labelWords, inLabel)) : '';
    const measureOwn = measureBefore && rest.length >= 2 && !ownSubject && !leadsIn;
    let metric: string;
    let part: string | undefined;
    if (inPart && !measureNamed && head) {
      // A breakdown's row (其中官网主站745篇，党政办公室57篇): the head's metric, this row as the part.
      metric = head.metric;
      part = own.replace(/^[“"]|[”"]$/g, '') || undefined;
    } else {
      const measure = measureOwn ? own : (measureNamed ?? own);
      if (!measure) continue;
      // Known measures (粉丝, 阅读量, 发布信息) are of the channel the sentence is about, and so is a
      // list that runs on from a figure of it (点击量589.9万余次，评论量17219条); a label of its own
      // words elsewhere (资产招租公告) has a subject only when its clause names one.
      const runsOn = prev !== undefined && prev.end === prevEnd && from - prevEnd <= 1 && !measureOwn;
      const subj = ownSubject ?? (measureNamed && !measureOwn ? subject : runsOn ? prev!.subject : undefined);
      metric = metricName(subj, measure);
      if (!inPart || !head) head = { metric, subject: subj, measure, end: f.end };
    }
    prev = { end: f.end, subject: metricParts(metric).subject };
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

/** What is left of a label once every filler and stating verb is gone, wherever it stands. */
function residue(t: string): string {
  let out = t.replace(/[“”"《》【】\s，,、：:；;]/g, '');
  for (const f of FILLERS) out = out.split(f).join('');
  return out.replace(new RegExp(`(?:${LEADING.source.slice(1)})|(?:${TRAILING.source.slice(0, -1)})`, 'g'), '');
}

/** A label without one measure wording (normalised text positions are the label's: NFKC keeps CJK length). */
function normalizeRest(label: string, m: { start: number; end: number }): string {
  return label.slice(0, m.start) + label.slice(m.end);
}

/** Longest stretch read as one sentence: each figure reads its sentence, so a sentence of 100,000
 * characters with 20,000 figures (a hostile file with no sentence ends) would cost their product. */
const MAX_SENTENCE = 1000;

/** A sentence cut into stretches of at most MAX_SENTENCE characters, at a clause mark when there is one. */
function bounded(text: string, sp: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = sp.start;
  while (sp.end - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','), window.lastIndexOf('、'), window.lastIndexOf(' '));
    const to = from + (cut > MAX_SENTENCE / 2 ? cut + 1 : MAX_SENTENCE);
    out.push({ start: from, end: to });
    from = to;
  }
  out.push({ start: from, end: sp.end });
  return out;
}

/** Every statistic of a text (offsets into it), without the document fields. */
export function extractFigures(text: string): Partial[] {
  const out: Partial[] = [];
  for (const sp of sentences(text).flatMap((x) => bounded(text, x))) {
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
