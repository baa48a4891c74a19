// Picks the passage that answers: the clause or short window that covers the question's terms,
// with a figure in the asked unit for 多少 questions or a channel for 在哪 questions.
import type { Hit, SearchIndex } from '../retrieve/hybrid.js';
import type { ParsedQuery, Term } from '../retrieve/query.js';
import { normalizeForMatch } from '../text/normalize.js';
import { words } from '../text/tokenize.js';
import { type Figure, figuresIn } from './figures.js';
import { type Span, splitClauses, splitSentences } from './sentences.js';

export interface Passage extends Span {
  hit: Hit;
  /** Share of the question's weight this passage (with its sentence and heading) covers, 0..1. */
  coverage: number;
  score: number;
  hasFigure: boolean;
  /** The passage (or its sentence) holds the question's weightiest known term group. */
  focus: boolean;
}

const CHANNEL = /网站|官网|平台|公众号|微信|微博|抖音|视频号|QQ群|微信群|专栏|栏目|系统|手册|热线|电话|邮箱|橱窗|公示栏|宣传栏|大厅|信箱|校报|学报|[^联互]网[、，。上和]/;

export interface Group {
  terms: Term[];
  weight: number;
}

/** Terms grouped by the question word they came from, so synonyms of one word count once. */
export function termGroups(terms: Term[], idf: (t: string) => number): Group[] {
  const by = new Map<string, Term[]>();
  for (const t of terms) (by.get(t.source) ?? by.set(t.source, []).get(t.source)!).push(t);
  return [...by.values()].map((ts) => ({ terms: ts, weight: Math.max(...ts.map((t) => t.weight * idf(t.term))) }));
}

/**
 * The question's main topic: its weightiest group that some report uses. A passage without it
 * (官方微信 for a 官方微博 question) answers something else, however much else it shares.
 */
export function focusGroup(groups: Group[], search: SearchIndex): Group | undefined {
  return [...groups].filter((g) => g.terms.some((t) => search.known(t.term))).sort((a, b) => b.weight - a.weight)[0];
}

/** Idf-weighted share of groups matched in `text` (each group counts its best matching term). */
export function coverage(groups: Group[], text: string, idf: (t: string) => number): number {
  let total = 0;
  let got = 0;
  for (const g of groups) {
    total += g.weight;
    let best = 0;
    for (const t of g.terms) if (text.includes(t.term)) best = Math.max(best, t.weight * idf(t.term));
    got += Math.min(best, g.weight);
  }
  return total > 0 ? got / total : 0;
}

/**
 * 1 when the question's weightiest matched term sits right next to a figure, falling to 0 at 40
 * characters: in "微信公众号视频号、…等渠道发布信息共计2601条" the figure is not the 视频号's.
 */
function proximity(text: string, norm: string, figures: Figure[], groups: Group[]): number {
  const anchors: number[] = [];
  const top = [...groups].sort((a, b) => b.weight - a.weight)[0];
  for (const t of top?.terms ?? []) {
    for (let i = norm.indexOf(t.term); i >= 0; i = norm.indexOf(t.term, i + 1)) anchors.push(i, i + t.term.length);
  }
  if (anchors.length === 0) return 0;
  let best = Infinity;
  for (const f of figures) {
    const at = text.indexOf(f.text);
    for (const a of anchors) best = Math.min(best, Math.abs(at - a));
  }
  return 1 - Math.min(best, 40) / 40;
}

/** Words that every report's headings use; they name no topic. */
const HEADING_FILLER = /^(信息|公开|情况|工作|方面|主动|数量|统计|数据|相关|学校|其他|事项|报告|有关|基本|及|和|的|等|重点|领域|主要|以及|进一步|加强|推进|落实)$/;

/**
 * How many topic words the passage's own heading adds that the question never mentions: a 多少条
 * question about the 信息公开专栏 belongs in the statistics section, not under 2.人事信息公开情况.
 */
function offTopicWords(heading: string, asked: string): number {
  return words(heading.replace(/^[^\u4e00-\u9fa5]+/, ''), false).filter((w) => w.length >= 2 && !HEADING_FILLER.test(w) && !asked.includes(w)).length;
}

export interface ExtractOptions {
  /** How many retrieved chunks to read. */
  depth?: number;
}

/** Ranks candidate passages in the retrieved chunks, best first. */
export function extractPassages(q: ParsedQuery, hits: Hit[], search: SearchIndex, opts: ExtractOptions = {}): Passage[] {
  const idfCache = new Map<string, number>();
  const idf = (t: string) => idfCache.get(t) ?? idfCache.set(t, Math.max(search.idf(t), 0.2)).get(t)!;
  const groups = termGroups(q.terms, idf);
  const out: Passage[] = [];
  const depth = opts.depth ?? 8;
  const asked = q.terms.map((t) => t.term).join(' ');
  const focus = focusGroup(groups, search);
  const holdsFocus = (text: string) => !focus || focus.terms.some((t) => text.includes(t.term));
  hits.slice(0, depth).forEach((hit, rank) => {
    const heading = normalizeForMatch(hit.chunk.section.join(' '));
    const headingCov = coverage(groups, heading, idf);
    const offTopic = Math.min(2, offTopicWords(hit.chunk.section.at(-1) ?? '', asked));
    const text = hit.chunk.text;
    for (const sentence of splitSentences(text, hit.chunk.start)) {
      const sNorm = normalizeForMatch(sentence.text);
      // The paragraph (report line) around the sentence often names the topic the sentence leaves out.
      const local = sentence.start - hit.chunk.start;
      const lineStart = text.lastIndexOf('\n', local) + 1;
      const lineEnd = text.indexOf('\n', local) < 0 ? text.length : text.indexOf('\n', local);
      const paragraph = normalizeForMatch(text.slice(lineStart, lineEnd));
      const sentenceCov = coverage(groups, `${heading} ${sNorm}`, idf);
      const paragraphCov = coverage(groups, paragraph, idf);
      const clauses = splitClauses(sentence);
      const windows: Span[] = [...clauses];
      for (let i = 1; i < clauses.length; i++) {
        windows.push({ start: clauses[i - 1]!.start, end: clauses[i]!.end, text: sentence.text.slice(clauses[i - 1]!.start - sentence.start, clauses[i]!.end - sentence.start) });
      }
      // Figures want the tight clause; other questions read better as a whole sentence.
      const sentenceMax = q.intent === 'figure' ? 90 : 150;
      if (clauses.length > 2 && sentence.text.length <= sentenceMax) windows.push(sentence);
      for (const w of windows) {
        const wNorm = normalizeForMatch(w.text);
        const own = coverage(groups, wNorm, idf);
        const cov = Math.max(own, 0.5 * own + 0.25 * sentenceCov + 0.1 * paragraphCov + 0.15 * headingCov);
        const figures = figuresIn(w.text);
        const inFocus = holdsFocus(wNorm) || holdsFocus(sNorm) || holdsFocus(paragraph) || holdsFocus(heading);
        let score = cov - 0.02 * rank - 0.03 * offTopic - (inFocus ? 0 : 0.15);
        if (q.intent === 'figure') {
          score -= 0.002 * Math.max(0, w.text.length - 50);
          if (figures.length === 0) score -= 0.5;
          else {
            if (q.unit) score += figures.some((f) => f.unit === q.unit) ? 0.15 : -0.35;
            else score += 0.1;
            score += 0.1 * proximity(w.text, wNorm, figures, groups);
          }
          // Reports gather their headline figures in a statistics section (数量, 数据统计).
          if (/数量|统计|数据/.test(heading)) score += 0.05;
        } else {
          score -= 0.001 * Math.max(0, w.text.length - 100);
          score += 0.001 * Math.min(w.text.length, 40);
        }
        if (q.intent === 'where' && CHANNEL.test(w.text)) score += 0.1;
        // A name reads as "label：name" or a quoted “name”/《name》.
        if (q.intent === 'name' && /：[^，。；]{2,30}$|“[^”]{2,30}”|《[^》]{2,40}》/.test(w.text)) score += 0.1;
        out.push({ ...w, hit, coverage: cov, score, hasFigure: figures.length > 0, focus: inFocus });
      }
    }
  });
  return out.sort((a, b) => b.score - a.score || a.text.length - b.text.length);
}
