// BM25 over token lists: pure functions to build, serialise and search a keyword index.

export interface Bm25Index {
  /** Number of documents (chunks). */
  n: number;
  avgLength: number;
  lengths: number[];
  /** term → flat [docIndex, termFrequency, docIndex, termFrequency, …] */
  postings: Record<string, number[]>;
}

export function buildBm25(docs: string[][]): Bm25Index {
  // A Map while building (much faster than a growing object), an object for JSON at the end.
  const lists = new Map<string, number[]>();
  const lengths = docs.map((tokens) => tokens.length);
  const tf = new Map<string, number>();
  docs.forEach((tokens, i) => {
    tf.clear();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, f] of tf) {
      const list = lists.get(t);
      if (list) list.push(i, f);
      else lists.set(t, [i, f]);
    }
  });
  const postings: Record<string, number[]> = Object.create(null);
  for (const [t, list] of lists) postings[t] = list;
  const total = lengths.reduce((a, b) => a + b, 0);
  return { n: docs.length, avgLength: docs.length ? total / docs.length : 0, lengths, postings };
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface Bm25Options {
  k1?: number;
  b?: number;
  limit?: number;
  filter?: (doc: number) => boolean;
}

export function idf(index: Bm25Index, term: string): number {
  const df = (index.postings[term]?.length ?? 0) / 2;
  return Math.log(1 + (index.n - df + 0.5) / (df + 0.5));
}

/** Scores documents for weighted query terms; returns the best first. */
export function searchBm25(index: Bm25Index, query: WeightedTerm[], opts: Bm25Options = {}): { doc: number; score: number }[] {
  const { k1 = 1.2, b = 0.75, limit = 20, filter } = opts;
  const scores = new Map<number, number>();
  for (const { term, weight } of query) {
    const list = index.postings[term];
    if (!list) continue;
    const w = weight * idf(index, term);
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i]!;
      if (filter && !filter(doc)) continue;
      const f = list[i + 1]!;
      const norm = f + k1 * (1 - b + (b * index.lengths[doc]!) / (index.avgLength || 1));
      scores.set(doc, (scores.get(doc) ?? 0) + (w * f * (k1 + 1)) / norm);
    }
  }
  return topK(scores, limit);
}

function topK(scores: Map<number, number>, k: number): { doc: number; score: number }[] {
  const out: { doc: number; score: number }[] = [];
  for (const [doc, score] of scores) out.push({ doc, score });
  out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return out.slice(0, k);
}
