// BM25 over token lists: pure functions to build, serialise and search a keyword index.

export interface Bm25Index {
  /** Number of documents (chunks). */
  n: number;
  avgLength: number;
  lengths: ArrayLike<number>;
  /** term → [docIndex, termFrequency, docIndex, termFrequency, …], doc indexes ascending. */
  postings: Map<string, ArrayLike<number>>;
}

export function buildBm25(docs: string[][]): Bm25Index {
  const postings = new Map<string, number[]>();
  const lengths = docs.map((tokens) => tokens.length);
  const tf = new Map<string, number>();
  docs.forEach((tokens, i) => {
    tf.clear();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, f] of tf) {
      const list = postings.get(t);
      if (list) list.push(i, f);
      else postings.set(t, [i, f]);
    }
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  return { n: docs.length, avgLength: docs.length ? total / docs.length : 0, lengths, postings };
}

export interface WeightedTerm {
  term: string;
  weight: number;
  /**
   * Terms of one group are alternatives (a word and its synonyms): a document scores the best
   * member's sum, not every member's, so a word with five synonyms does not outweigh the rest of
   * the question. Terms without a group add up as usual.
   */
  group?: string;
  /** The alternative a term belongs to inside its group (the words of one phrase add up). */
  member?: string;
}

export interface Bm25Options {
  k1?: number;
  b?: number;
  limit?: number;
  /** Only documents in these [start, end) index ranges (a report's chunks are contiguous). */
  ranges?: [number, number][];
}

export function documentFrequency(index: Bm25Index, term: string): number {
  return (index.postings.get(term)?.length ?? 0) / 2;
}

export function idf(index: Bm25Index, term: string): number {
  const df = documentFrequency(index, term);
  return Math.log(1 + (index.n - df + 0.5) / (df + 0.5));
}

/** First pair position whose doc index is ≥ doc (binary search over the even slots). */
function lowerBound(list: ArrayLike<number>, doc: number): number {
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid * 2]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}

/**
 * Scores documents for weighted query terms; returns the best first. With `ranges`, each posting
 * list is entered by binary search, so a question about one report costs what that report holds,
 * not what the whole province's index holds.
 */
export function searchBm25(index: Bm25Index, query: WeightedTerm[], opts: Bm25Options = {}): { doc: number; score: number }[] {
  const { k1 = 1.2, b = 0.75, limit = 20, ranges } = opts;
  const scores = new Map<number, number>();
  const avg = index.avgLength || 1;
  const addTerm = (into: Map<number, number>, term: string, weight: number) => {
    const list = index.postings.get(term);
    if (!list) return;
    const w = weight * idf(index, term);
    const visit = (from: number, to: number, end: number) => {
      for (let i = from; i < to && list[i]! < end; i += 2) {
        const doc = list[i]!;
        const f = list[i + 1]!;
        const norm = f + k1 * (1 - b + (b * index.lengths[doc]!) / avg);
        into.set(doc, (into.get(doc) ?? 0) + (w * f * (k1 + 1)) / norm);
      }
    };
    if (ranges) for (const [start, end] of ranges) visit(lowerBound(list, start), list.length, end);
    else visit(0, list.length, Infinity);
  };
  const groups = new Map<string, Map<string, WeightedTerm[]>>();
  for (const t of query) {
    if (t.group === undefined) addTerm(scores, t.term, t.weight);
    else {
      const members = groups.get(t.group) ?? groups.set(t.group, new Map()).get(t.group)!;
      const key = t.member ?? t.term;
      (members.get(key) ?? members.set(key, []).get(key)!).push(t);
    }
  }
  for (const members of groups.values()) {
    const best = new Map<number, number>();
    for (const terms of members.values()) {
      const own = new Map<number, number>();
      for (const t of terms) addTerm(own, t.term, t.weight);
      for (const [doc, s] of own) if (s > (best.get(doc) ?? 0)) best.set(doc, s);
    }
    for (const [doc, s] of best) scores.set(doc, (scores.get(doc) ?? 0) + s);
  }
  const out: { doc: number; score: number }[] = [];
  for (const [doc, score] of scores) out.push({ doc, score });
  out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return out.slice(0, limit);
}

/**
 * Compact storage: a JSON header with the terms, and one binary block of little-endian uint32 —
 * lengths, then each term's posting-list offset, then the postings. Loading makes views, not copies.
 */
export function serializeBm25(index: Bm25Index): { header: string; body: Buffer } {
  const terms = [...index.postings.keys()];
  let total = 0;
  for (const t of terms) total += index.postings.get(t)!.length;
  const body = new Uint32Array(index.n + terms.length + 1 + total);
  body.set(Array.from(index.lengths), 0);
  let offset = 0;
  let at = index.n + terms.length + 1;
  terms.forEach((t, i) => {
    const list = index.postings.get(t)!;
    body[index.n + i] = offset;
    body.set(list as ArrayLike<number>, at);
    at += list.length;
    offset += list.length;
  });
  body[index.n + terms.length] = offset;
  return { header: JSON.stringify({ n: index.n, avgLength: index.avgLength, terms }), body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
}

export function deserializeBm25(header: { n: number; avgLength: number; terms: string[] }, body: Buffer): Bm25Index {
  const words = new Uint32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
  const { n, terms } = header;
  const base = n + terms.length + 1;
  const postings = new Map<string, ArrayLike<number>>();
  terms.forEach((t, i) => postings.set(t, words.subarray(base + words[n + i]!, base + words[n + i + 1]!)));
  return { n, avgLength: header.avgLength, lengths: words.subarray(0, n), postings };
}
