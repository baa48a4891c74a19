// Picks the passage that answers: the clause or short window that covers the question's terms,
// with a figure in the asked unit for 多少 questions or a channel for 在哪 questions.
import type { Hit, SearchIndex } from '../retrieve/hybrid.js';
import type { ParsedQuery, Term } from '../retrieve/query.js';
import type { Chunk } from '../types.js';
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

const CHANNEL =
  /网站|官网|平台|公众号|微信|微博|抖音|视频号|QQ群|微信群|专栏|栏目|系统|手册|热线|电话|邮箱|橱窗|公示栏|宣传栏|大厅|信箱|校报|学报|[^联互]网[、，。上和]/;

export interface Group {
  terms: Term[];
  /** How specific the group's topic is: the idf of the word typed, or of its synonyms. */
  idf: number;
  weight: number;
}

/**
 * Terms grouped by the question word they came from, so synonyms of one word count once. A group
 * weighs as much as its word is rare; which synonym matches changes the credit only by the term's
 * own weight (typed 1, synonym 0.75, part-word 0.5), never by the synonym's rarity.
 */
export function termGroups(terms: Term[], idf: (t: string) => number): Group[] {
  const by = new Map<string, Term[]>();
  for (const t of terms) (by.get(t.source) ?? by.set(t.source, []).get(t.source)!).push(t);
  return [...by].map(([source, ts]) => {
    const own = ts.find((t) => t.term === source);
    const specific = own && own.weight >= 0.5 ? idf(source) : ts.reduce((a, t) => a + idf(t.term), 0) / ts.length;
    return { terms: ts, idf: specific, weight: Math.max(...ts.map((t) => t.weight)) * specific };
  });
}

/** Share of the question's weight matched in `text` (each group counts its best matching term). */
export function coverage(groups: Group[], text: string): number {
  let total = 0;
  let got = 0;
  for (const g of groups) {
    total += g.weight;
    let best = 0;
    for (const t of g.terms) if (t.weight * g.idf > best && text.includes(t.term)) best = t.weight * g.idf;
    got += best;
  }
  return total > 0 ? got / total : 0;
}

/**
 * The question's main topic: its weightiest group that some report uses. A passage without it
 * (官方微信 for a 官方微博 question) answers something else, however much else it shares.
 */
export function focusTerms(groups: Group[], search: SearchIndex): Term[] | undefined {
  const focus = [...groups].filter((g) => g.terms.some((t) => search.known(t.term))).sort((a, b) => b.weight - a.weight)[0];
  // Part-words do not count: 官方 alone (from 官方微博) also names 官方微信.
  return focus?.terms.filter((t) => t.weight >= 0.7 * Math.max(...focus.terms.map((x) => x.weight)));
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
const HEADING_FILLER =
  /^(信息|公开|情况|工作|方面|主动|数量|统计|数据|相关|学校|其他|事项|报告|有关|基本|及|和|的|等|重点|领域|主要|以及|进一步|加强|推进|落实)$/;

export interface ExtractOptions {
  /** How many retrieved chunks to read. */
  depth?: number;
}

/** Ranks candidate passages in the retrieved chunks, best first. */
interface PreparedWindow extends Span {
  norm: string;
  figures: Figure[];
  /** Normalised clauses of the window that hold a figure. */
  figureClauses: string[];
  /** The whole sentence as one window (offered only when short enough for the question type). */
  whole: boolean;
}

interface PreparedSentence {
  norm: string;
  paragraph: string;
  windows: PreparedWindow[];
}

interface PreparedChunk {
  heading: string;
  headingWords: string[];
  sentences: PreparedSentence[];
}

/**
 * Per-chunk work that does not depend on the question, kept for the most recently used chunks.
 * Bounded: on a province-wide index an unbounded cache grows with every chunk ever read and the
 * server ends up spending its time in garbage collection.
 */
const prepared = new Map<Chunk, PreparedChunk>();
const PREPARED_MAX = 4000;

function prepare(chunk: Chunk): PreparedChunk {
  const cached = prepared.get(chunk);
  if (cached) {
    prepared.delete(chunk);
    prepared.set(chunk, cached);
    return cached;
  }
  const text = chunk.text;
  const window = (w: Span, whole: boolean): PreparedWindow => {
    const figures = figuresIn(w.text);
    const figureClauses = figures.length
      ? splitClauses(w)
          .filter((c) => figuresIn(c.text).length)
          .map((c) => normalizeForMatch(c.text))
      : [];
    return { ...w, norm: normalizeForMatch(w.text), figures, figureClauses, whole };
  };
  const sentences = splitSentences(text, chunk.start).map((sentence): PreparedSentence => {
    // The paragraph (report line) around the sentence often names the topic the sentence leaves out.
    const local = sentence.start - chunk.start;
    const lineStart = text.lastIndexOf('\n', local) + 1;
    const lineEnd = text.indexOf('\n', local) < 0 ? text.length : text.indexOf('\n', local);
    const clauses = splitClauses(sentence);
    const windows = clauses.map((c) => window(c, false));
    for (let i = 1; i < clauses.length; i++) {
      const a = clauses[i - 1]!;
      const b = clauses[i]!;
      windows.push(window({ start: a.start, end: b.end, text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start) }, false));
    }
    if (clauses.length > 2) windows.push(window(sentence, true));
    return { norm: normalizeForMatch(sentence.text), paragraph: normalizeForMatch(text.slice(lineStart, lineEnd)), windows };
  });
  const last = chunk.section.at(-1) ?? '';
  const result = {
    heading: normalizeForMatch(chunk.section.join(' ')),
    headingWords: words(last.replace(/^[^\u4e00-\u9fa5]+/, ''), false).filter((w) => w.length >= 2 && !HEADING_FILLER.test(w)),
    sentences,
  };
  prepared.set(chunk, result);
  if (prepared.size > PREPARED_MAX) prepared.delete(prepared.keys().next().value!);
  return result;
}

/** Ranks candidate passages in the retrieved chunks, best first. */
export function extractPassages(q: ParsedQuery, hits: Hit[], search: SearchIndex, opts: ExtractOptions = {}): Passage[] {
  const idfCache = new Map<string, number>();
  const idf = (t: string) => idfCache.get(t) ?? idfCache.set(t, Math.max(search.idf(t), 0.2)).get(t)!;
  const groups = termGroups(q.terms, idf);
  const out: Passage[] = [];
  const depth = opts.depth ?? 8;
  const asked = q.terms.map((t) => t.term).join(' ');
  const focus = focusTerms(groups, search);
  const holdsFocus = (text: string) => !focus || focus.some((t) => text.includes(t.term));
  // Figures want the tight clause; other questions read better as a whole sentence.
  const sentenceMax = q.intent === 'figure' ? 90 : 150;
  hits.slice(0, depth).forEach((hit, rank) => {
    const prep = prepare(hit.chunk);
    const heading = prep.heading;
    const headingCov = coverage(groups, heading);
    const offTopic = Math.min(2, prep.headingWords.filter((w) => !asked.includes(w)).length);
    const headingFocus = holdsFocus(heading);
    for (const sentence of prep.sentences) {
      const sentenceCov = coverage(groups, `${heading} ${sentence.norm}`);
      const paragraphCov = coverage(groups, sentence.paragraph);
      const contextFocus = headingFocus || holdsFocus(sentence.norm) || holdsFocus(sentence.paragraph);
      for (const w of sentence.windows) {
        if (w.whole && w.text.length > sentenceMax) continue;
        // A figure belongs to the clause it sits in: in "…发布的5次资产处置公告，…招租信息" the 5次 is
        // not the 招租 count, so figure questions score the clauses that hold a figure.
        const own = q.intent === 'figure' ? Math.max(0, ...w.figureClauses.map((c) => coverage(groups, c))) : coverage(groups, w.norm);
        const cov = Math.max(own, 0.5 * own + 0.25 * sentenceCov + 0.1 * paragraphCov + 0.15 * headingCov);
        const figures = w.figures;
        const inFocus = contextFocus || holdsFocus(w.norm);
        let score = cov - 0.02 * rank - 0.03 * offTopic - (inFocus ? 0 : 0.15);
        if (q.intent === 'figure') {
          score -= 0.002 * Math.max(0, w.text.length - 50);
          if (figures.length === 0) score -= 0.5;
          else {
            // A unit-less table cell neither matches nor contradicts the unit asked for.
            if (q.unit) score += figures.some((f) => f.unit === q.unit) ? 0.15 : figures.some((f) => !f.unit) ? 0 : -0.35;
            else score += 0.1;
            score += 0.1 * proximity(w.text, w.norm, figures, groups);
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
        out.push({ start: w.start, end: w.end, text: w.text, hit, coverage: cov, score, hasFigure: figures.length > 0, focus: inFocus });
      }
    }
  });
  return out.sort((a, b) => b.score - a.score || a.text.length - b.text.length);
}
