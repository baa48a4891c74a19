// Stage 4, compose: decisions → a short Chinese reply with numbered citations. Every quote is a
// verbatim slice of a report, so the viewer can highlight it and the check can trust it.
import { KIND_LABELS } from '../ingest/kinds.js';
import type { TimeAsk } from '../retrieve/time.js';
import type { Citation, ReportDocument } from '../types.js';
import type { Passage } from './candidates.js';
import type { Span } from './sentences.js';
import type { Decision } from './pick.js';
import { cellsToShow, isTableRow, quoteCells } from './table-row.js';
import { recognise } from '../text/figures.js';

/** Longest quote shown; longer passages are cut to the part that holds the question's terms. */
const MAX_QUOTE = 100;
/** Longest quote of a list asked (有哪些渠道): its items are the answer, all of them. */
export const MAX_LIST_QUOTE = 300;
/** A table row is cited whole up to this length, else from its first shown cell to its last. */
const MAX_ROW_QUOTE = 400;

/**
 * Cuts a long passage to its best window of list items or clauses, still a verbatim slice.
 * `weight` scores a piece of text (how much of the question it holds).
 */
export function trimPassage<T extends { start: number; end: number; text: string }>(p: T, weight: (text: string) => number, max = MAX_QUOTE): T {
  if (p.text.length <= max) return p;
  const cuts = [0];
  for (let i = 0; i < p.text.length; i++) if (/[、，；：,;:]/.test(p.text[i]!)) cuts.push(i + 1);
  cuts.push(p.text.length);
  let best = { s: 0, e: Math.min(max, p.text.length), w: -1 };
  for (let i = 0; i < cuts.length - 1; i++) {
    for (let j = i + 1; j < cuts.length && cuts[j]! - cuts[i]! <= max; j++) {
      const w = weight(p.text.slice(cuts[i], cuts[j]));
      const len = cuts[j]! - cuts[i]!;
      if (w > best.w || (w === best.w && len > best.e - best.s)) best = { s: cuts[i]!, e: cuts[j]!, w };
    }
  }
  const text = p.text.slice(best.s, best.e);
  return { ...p, text, start: p.start + best.s, end: p.start + best.e };
}

export function citationOf(n: number, p: { start: number; end: number; text: string }, doc: ReportDocument, section: string[]): Citation {
  return {
    n,
    docId: doc.docId,
    file: doc.file,
    school: doc.school,
    title: doc.title,
    kind: doc.kind,
    period: doc.period.label,
    ...(doc.url ? { url: doc.url } : {}),
    section,
    quote: p.text,
    start: p.start,
    end: p.end,
  };
}

/** “quote”[n], with … where the quote was cut out of a longer sentence. */
export function quoted(text: string, n: number, cutBefore: boolean, cutAfter: boolean): string {
  const body = text.replace(/[，、；：,;:]$/, '');
  return `“${cutBefore ? '…' : ''}${body}${cutAfter ? '…' : ''}”[${n}]`;
}

/** Human citation line: 湖南安全技术职业学院《…报告》二、主动公开情况 › （三）… */
export function sourceLine(c: Citation): string {
  const path = c.section.length ? c.section.join(' › ') : '文件开头';
  return `[${c.n}] ${c.school}《${c.title}》${path}`;
}

/** Quotes a passage into the reply: “…”[n]. */
export type Quote = (p: Passage) => string;

/** Collects citations for one reply, numbering them in order (across the parts of a two-part question). */
export class Citations {
  readonly list: Citation[] = [];
  constructor(private readonly docOf: (p: Passage) => ReportDocument) {}

  /** A quoting function that trims long passages to the part holding what `weight` values. */
  quoter(weight: (text: string) => number, max = MAX_QUOTE): Quote {
    return (p) => this.quote(p, weight, max);
  }

  /**
   * Quotes a passage (trimmed to the part about the question) and returns “…”[n]. A figure's
   * passage is cited whole but quoted in the reply by the clause holding the figure, so the reply
   * shows the figure asked for and not its neighbours ("目前共有关注用户186万余人", not 新增…).
   */
  quote(p: Passage, weight: (text: string) => number, max = MAX_QUOTE): string {
    if (isTableRow(p.text)) {
      const figureAt = p.figure ? p.start + p.figure.figure.start : undefined;
      const shown = cellsToShow(p, weight, figureAt);
      if (shown.length) {
        // The citation holds the whole row, or a long row from its first shown cell to its last.
        const [from, to] = p.text.length > MAX_ROW_QUOTE ? [shown[0]!.start, shown.at(-1)!.end] : [p.start, p.end];
        const n = this.list.length + 1;
        this.list.push(citationOf(n, { start: from, end: to, text: p.text.slice(from - p.start, to - p.start) }, this.docOf(p), p.hit.chunk.section));
        return quoteCells(p, shown, n);
      }
    }
    // A list of long items: the whole run cited, each item's opening shown.
    if (p.leads?.length) {
      const n = this.list.length + 1;
      this.list.push(citationOf(n, p, this.docOf(p), p.hit.chunk.section));
      return `“${p.leads.map((l) => l.text.replace(/[，、；：,;:]$/, '')).join('…')}…”[${n}]`;
    }
    // (A passage run on through the items it introduces is a list, whatever was asked: all its items are shown.)
    const t = trimPassage(withClauseBefore(p), weight, p.items ? Math.max(max, MAX_LIST_QUOTE) : max);
    const n = this.list.length + 1;
    this.list.push(citationOf(n, t, this.docOf(p), p.hit.chunk.section));
    const shown = p.clause && p.clause.start >= t.start && p.clause.end <= t.end ? withLabel(p.clause, t, weight) : t;
    return quoted(shown.text, n, shown.start > t.start || t.start > p.start, shown.end < t.end || t.end < p.end);
  }
}

/** True for a clause that says nothing of what its figure counts (共3天。, 每人10000元). */
const bareClause = (text: string) => (text.replace(/[\d.]+/g, '').match(/[\u4e00-\u9fa5]/gu) ?? []).length <= 2;

/**
 * A passage that is a bare clause (共3天。, its topic in a heading label: 4. 端午节：) is quoted from the clause
 * before it in its sentence (6月19日至21日放假，共3天。), so the quote says what is counted.
 */
function withClauseBefore(p: Passage): Passage {
  if (!bareClause(p.text)) return p;
  const text = p.hit.chunk.text;
  const local = p.start - p.hit.chunk.start;
  const before = text.slice(0, local);
  if (local <= 0 || !/[，,]\s*$/.test(before)) return p;
  const from = Math.max(...['。', '；', ';', '\n', '：', ':'].map((c) => before.lastIndexOf(c))) + 1;
  if (local - from > MAX_LABEL_CLAUSE) return p;
  return { ...p, start: p.start - (local - from), text: text.slice(from, local) + p.text };
}

/** Longest clause before a figure's own that its quote takes in to say what the figure is of. */
const MAX_LABEL_CLAUSE = 30;
/** How much more of the question a label clause must add to be quoted. */
const LABEL_GAIN = 0.1;

/**
 * A figure's clause with the clause before it in the same sentence when that one says what the figure
 * is of ("国家励志奖学金，每生每年5000元", "学院国家奖学金获奖学生14人，每人10000元"), not the bare "每人10000元".
 */
export function withLabel(clause: Span, t: Span, weight: (text: string) => number): Span {
  const before = t.text.slice(0, clause.start - t.start);
  const mark = /[，,]\s*$/.exec(before);
  if (!mark) return clause;
  const head = before.slice(0, mark.index);
  const from = Math.max(...['，', ',', '；', ';', '。', '：', ':', '\n'].map((c) => head.lastIndexOf(c))) + 1;
  const label = before.slice(from).replace(/^\s*(?:\d{1,2}[、.．](?!\d)|[（(][\d一二三四五六七八九十]{1,3}[)）])\s*/, '');
  const start = clause.start - label.length;
  if (label.trim().length < 2 || label.length > MAX_LABEL_CLAUSE) return clause;
  // A clause stating a figure of the same kind (本科每生每年5000元 before 研究生每生每年8000元) is a sibling, no label.
  const kinds = (text: string) => new Set(recognise(text).map((f) => f.unit ?? f.kind));
  const own = kinds(clause.text);
  if ([...kinds(label)].some((k) => own.has(k))) return clause;
  // (A bare clause, 共3天。, says nothing of what it counts: the clause before it always goes with it.)
  if (!bareClause(clause.text) && weight(label + clause.text) < weight(clause.text) + LABEL_GAIN) return clause;
  return { start, end: clause.end, text: label + clause.text };
}

/** "没有2025年的报告，以下出自最新的2024年报告。" when the period used is not the one asked. */
export function periodNote(time: TimeAsk | undefined, doc: ReportDocument, exact: boolean): string {
  if (exact || !time || time.kind !== 'interval') return '';
  if (doc.period.kind === 'unknown') return `该${KIND_LABELS[doc.kind]}未注明年份，无法确认是否为${time.label}的版本，以下内容仅供参考。`;
  const later = doc.period.end < time.start;
  return `没有${time.label}的${KIND_LABELS[doc.kind]}，以下出自${later ? '最新' : '最接近'}的${doc.period.label}${KIND_LABELS[doc.kind]}。`;
}

/** Longest title a refusal names as written; a longer one (关于印发《…》的通知) is named by its period and kind. */
const TITLE_NAMED_MAX = 24;

/** How a refusal names a document: its own short title (《2024年学生资助工作年度报告》), else its period and kind. */
export function documentName(doc: ReportDocument): string {
  const title = doc.title.trim();
  // (A number in it other than a period's year, 2024级, would be a figure no quote backs: then period and kind.)
  const numbersBesidePeriods = /\d/.test(title.replace(/(?:19|20)\d{2}\s*[-~～—]\s*(?:19|20)?\d{2}\s*学年|(?:19|20)\d{2}\s*(?:年|届)/g, ''));
  const own = title.length <= TITLE_NAMED_MAX && !/[《》]/.test(title) && /\d{4}/.test(title) && /[\u4e00-\u9fa5]{2}/.test(title) && !numbersBesidePeriods;
  // (A document with no period stated is named by its kind alone, not “未注明招生章程”.)
  return own ? `《${title}》` : `${doc.period.kind === 'unknown' ? '' : doc.period.label}${KIND_LABELS[doc.kind]}`;
}

/** The reply for one institution's decision (found answers and refusals alike). */
export function composeDecision(d: Decision, time: TimeAsk | undefined, topic: string, figure: boolean, quote: Quote): string {
  const where = `${d.doc.school}${documentName(d.doc)}`;
  if (d.outcome === 'answer') {
    const parts = [d.passage, ...(d.companion ? [d.companion] : [])].sort((a, b) => a.start - b.start).map((p) => quote(p));
    return `${periodNote(time, d.doc, d.exact)}${d.school}：${parts.join('；')}`;
  }
  const what = topic ? `“${topic}”的` : '相关的';
  switch (d.reason) {
    case 'entity-missing':
      return `${d.school}的文件中没有提到“${d.missing}”，无法回答。`;
    case 'period-missing': {
      const asked = time?.kind === 'interval' ? time.label : '所问时间';
      const lead = `${d.school}没有${asked}的${KIND_LABELS[d.doc.kind]}，无法给出${asked}的${figure ? '数字' : '情况'}。`;
      return d.related ? `${lead}最近的${d.doc.period.label}${KIND_LABELS[d.doc.kind]}中写的是：${quote(d.related)}` : lead;
    }
    case 'blank-cell':
      return `${where}的表格中这一项没有给出数字（“${d.missing}”）：${d.related ? quote(d.related) : ''}`;
    case 'announced-later':
      return `${where}没有写明具体安排，只说将另行通知：${d.related ? quote(d.related) : ''}`;
    default: {
      const lead = `${where}中没有找到${what}${figure ? '具体数字' : '明确说明'}。`;
      return d.related ? `${lead}相关的内容：${quote(d.related)}` : lead;
    }
  }
}
