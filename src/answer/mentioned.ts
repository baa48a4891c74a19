// Institutions that publish nothing in the index but are named in its documents: a provincial fee
// notice lists each university's fees (学校：临溪医科大学 | … | 1150), so "临溪医科大学住宿费多少" is
// answered from the notice, with the name itself required in the passage and the notice cited.
import type { ParsedQuery } from '../retrieve/query.js';
import { opensWithPlace } from '../retrieve/schools.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { ReportDocument } from '../types.js';

/** How much the institution's own name weighs among the question's terms: the passage must name it. */
const NAME_WEIGHT = 1.5;

/** The documents that name an institution they are not by. */
export function documentsNaming(name: string, documents: ReportDocument[], textOf: (d: ReportDocument) => string): ReportDocument[] {
  // A department (汽车工程学院) is named in its own institution's report; only a name opening with a
  // place names another institution.
  if (!opensWithPlace(name)) return [];
  const key = normalizeForMatch(name);
  return documents.filter((d) => d.school !== name && textOf(d).includes(key));
}

/**
 * The question with each unknown institution that some document names turned into an institution
 * asked about, its name a required term. `lookup` returns (and remembers) the documents naming it.
 */
export function withMentioned<Q extends ParsedQuery>(q: Q, lookup: (name: string) => ReportDocument[]): Q {
  const named = q.unknownSchools.filter((n) => lookup(n).length > 0);
  if (named.length === 0) return q;
  return {
    ...q,
    schools: [...q.schools, ...named],
    unknownSchools: q.unknownSchools.filter((n) => !named.includes(n)),
    cross: q.cross || q.schools.length + named.length > 1,
    terms: [...q.terms, ...named.map((n) => ({ term: normalizeForMatch(n), weight: NAME_WEIGHT, source: n }))],
  };
}
