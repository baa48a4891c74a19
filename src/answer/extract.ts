// Picks the passage that answers: the clause or short window that covers the question's terms,
// with a figure in the asked unit for 多少 questions or a channel for 在哪 questions.
import type { Hit, SearchIndex } from '../retrieve/hybrid.js';
import type { ParsedQuery, Term } from '../retrieve/query.js';
import { normalizeForMatch } from '../text/normalize.js';
import { figuresIn } from './figures.js';
import { type Span, splitClauses, splitSentences } from './sentences.js';

export interface Passage extends Span {
  hit: Hit;
  /** Share of the question's weight this passage (with its sentence and heading) covers, 0..1. */
  coverage: number;
  score: number;
  hasFigure: boolean;
}

const CHANNEL = /网站|官网|网|平台|公众号|微信|微博|抖音|视频号|QQ群|群|专栏|栏目|系统|手册|热线|电话|邮箱|橱窗|公示栏|宣传栏|大厅|会议|报|信箱|通过/;

interface Group {
  terms: Term[];
  weight: number;
}

/** Terms grouped by the question word they came from, so synonyms of one word count once. */
export function termGroups(terms: Term[], idf: (t: string) => number): Group[] {
  const by = new Map<string, Term[]>();
  for (const t of terms) (by.get(t.source) ?? by.set(t.source, []).get(t.source)!).push(t);
  return [...by.values()].map((ts) => ({ terms: ts, weight: Math.max(...ts.map((t) => t.weight * idf(t.term))) }));
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
  const depth = opts.depth ?? 6;
  hits.slice(0, depth).forEach((hit, rank) => {
    const heading = normalizeForMatch(hit.chunk.section.join(' '));
    const headingCov = coverage(groups, heading, idf);
    for (const sentence of splitSentences(hit.chunk.text, hit.chunk.start)) {
      const sNorm = normalizeForMatch(sentence.text);
      const sentenceCov = coverage(groups, `${heading} ${sNorm}`, idf);
      const clauses = splitClauses(sentence);
      const windows: Span[] = [...clauses];
      for (let i = 1; i < clauses.length; i++) {
        windows.push({ start: clauses[i - 1]!.start, end: clauses[i]!.end, text: sentence.text.slice(clauses[i - 1]!.start - sentence.start, clauses[i]!.end - sentence.start) });
      }
      if (clauses.length > 2 && sentence.text.length <= 90) windows.push(sentence);
      for (const w of windows) {
        const wNorm = normalizeForMatch(w.text);
        const own = coverage(groups, wNorm, idf);
        const cov = Math.max(own, 0.55 * own + 0.3 * sentenceCov + 0.15 * headingCov);
        const figures = figuresIn(w.text);
        let score = cov - 0.03 * rank - 0.002 * Math.max(0, w.text.length - 50);
        if (q.intent === 'figure') {
          if (figures.length === 0) score -= 0.5;
          else if (q.unit) score += figures.some((f) => f.unit === q.unit) ? 0.15 : -0.35;
          else score += 0.1;
        }
        if (q.intent === 'where' && CHANNEL.test(w.text)) score += 0.1;
        out.push({ ...w, hit, coverage: cov, score, hasFigure: figures.length > 0 });
      }
    }
  });
  return out.sort((a, b) => b.score - a.score || a.text.length - b.text.length);
}
