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
  const avg = index.avgLength || 1;
  // Dense score arrays with the documents touched listed: a province-wide index has 10^5 chunks, and
  // maps keyed by document cost more than walking the postings.
  const scores = new Float64Array(index.n);
  const touched: number[] = [];
  // Each term's unweighted BM25 per document, walked once however many groups or alternatives hold it.
  const walked = new Map<string, { docs: number[]; values: number[] }>();
  const scored = (term: string) => {
    const cached = walked.get(term);
    if (cached) return cached;
    const docs: number[] = [];
    const values: number[] = [];
    const list = index.postings.get(term);
    if (list) {
      const w = idf(index, term);
      const visit = (from: number, to: number, end: number) => {
        for (let i = from; i < to && list[i]! < end; i += 2) {
          const doc = list[i]!;
          const f = list[i + 1]!;
          docs.push(doc);
          values.push((w * f * (k1 + 1)) / (f + k1 * (1 - b + (b * index.lengths[doc]!) / avg)));
        }
      };
      if (ranges) for (const [start, end] of ranges) visit(lowerBound(list, start), list.length, end);
      else visit(0, list.length, Infinity);
    }
    const out = { docs, values };
    walked.set(term, out);
    return out;
  };
  const addTo = (into: Float64Array, seen: number[], term: string, weight: number) => {
    const { docs, values } = scored(term);
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      if (into[d] === 0) seen.push(d);
      into[d] = into[d]! + weight * values[i]!;
    }
  };
  const groups = new Map<string, Map<string, WeightedTerm[]>>();
  for (const t of query) {
    if (t.group === undefined) addTo(scores, touched, t.term, t.weight);
    else {
      const members = groups.get(t.group) ?? groups.set(t.group, new Map()).get(t.group)!;
      const key = t.member ?? t.term;
      (members.get(key) ?? members.set(key, []).get(key)!).push(t);
    }
  }
  let best: Float64Array | undefined;
  let own: Float64Array | undefined;
  for (const members of groups.values()) {
    // A group of one alternative (a word typed with no synonyms) adds up like ungrouped terms.
    if (members.size === 1) {
      for (const t of members.values().next().value!) addTo(scores, touched, t.term, t.weight);
      continue;
    }
    best ??= new Float64Array(index.n);
    own ??= new Float64Array(index.n);
    const bestSeen: number[] = [];
    for (const terms of members.values()) {
      const ownSeen: number[] = [];
      for (const t of terms) addTo(own, ownSeen, t.term, t.weight);
      for (const d of ownSeen) {
        if (own[d]! > best[d]!) {
          if (best[d] === 0) bestSeen.push(d);
          best[d] = own[d]!;
        }
        own[d] = 0;
      }
    }
    for (const d of bestSeen) {
      if (scores[d] === 0) touched.push(d);
      scores[d] = scores[d]! + best[d]!;
      best[d] = 0;
    }
  }
  const out: { doc: number; score: number }[] = [];
  for (const d of touched) out.push({ doc: d, score: scores[d]! });
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
