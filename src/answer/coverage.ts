// How much of a question a piece of text covers: question terms grouped by the word they came from
// (a word and its synonyms count once), each group weighing as much as its word is rare.
import type { SearchIndex } from '../retrieve/hybrid.js';
import type { Term } from '../retrieve/query.js';

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
export function focusTerms(groups: Group[], search: Pick<SearchIndex, 'known'>): Term[] | undefined {
  const focus = [...groups].filter((g) => g.terms.some((t) => search.known(t.term))).sort((a, b) => b.weight - a.weight)[0];
  // Part-words do not count: 官方 alone (from 官方微博) also names 官方微信.
  return focus?.terms.filter((t) => t.weight >= 0.7 * Math.max(...focus.terms.map((x) => x.weight)));
}
