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
  return documents.filter((d) => d.school !== name && namesWhole(textOf(d), key));
}

/** Characters that continue an institution's name into a longer one's (临溪医科大学|滨江学院, …分校). */
const LONGER_NAME = /^[\u4e00-\u9fa5]{0,8}?(?:学院|大学|分校|校区|学校)/;

/** True when the text names the institution itself, not only a longer name that starts with it. */
export function namesWhole(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LONGER_NAME.test(text.slice(at + name.length, at + name.length + 12))) return true;
  }
  return false;
}

/**
 * A passage of another body's document speaks for an institution only as a table row that names it
 * whole (学校：南屿师范大学 | 6人间：750): a sentence may name it as an exception (除南屿师范大学外…)
 * or beside a rival's figure (高于南屿师范大学（85.30%）).
 */
export function rowNaming(text: string, name: string): boolean {
  return text.includes(' | ') && namesWhole(text, name);
}

/**
 * The question with each unknown institution that some document names turned into an institution
 * asked about, its name a required term. `lookup` returns (and remembers) the documents naming it.
 */
export function withMentioned<Q extends ParsedQuery>(q: Q, lookup: (name: string) => ReportDocument[]): Q {
  const question = normalizeForMatch(q.question);
  // "武工大本科生考上武汉理工大学的有多少人": a university the question names as where graduates went is what
  // the asked institution's report counts, not an institution asked about.
  const destinations = q.schools.length > 0 ? q.unknownSchools.filter((n) => DESTINATION.test(question.slice(0, question.indexOf(normalizeForMatch(n))))) : [];
  const named = q.unknownSchools.filter((n) => !destinations.includes(n) && lookup(n).length > 0);
  if (named.length === 0 && destinations.length === 0) return q;
  return {
    ...q,
    schools: [...q.schools, ...named],
    unknownSchools: q.unknownSchools.filter((n) => !named.includes(n) && !destinations.includes(n)),
    cross: q.cross || q.schools.length + named.length > 1,
    // (The verb that sends people there, 考上, is the destination's: the name says what is counted.)
    terms: [
      ...q.terms.map((t) => (destinations.length && DESTINATION.test(t.source) ? { ...t, scene: true } : t)),
      ...named.map((n) => ({ term: normalizeForMatch(n), weight: NAME_WEIGHT, source: n })),
      ...destinations.map((n) => ({ term: normalizeForMatch(n), weight: NAME_WEIGHT, source: n })),
    ],
  };
}

/** Words before a university that make it where people went (考上, 升入, 就业于), not an institution asked. */
const DESTINATION = /(?:考上|考入|考取|考到|考进|升入|升学到|升学至|录取到|被|去了?|到|进入|读研到|保研到|推免到|就业于|签约)\s*$/;

/**
 * A department named alone ("口腔医学院的新生去哪报到？") in a question naming no institution: when the
 * documents of exactly one institution name it, the question is about that institution's department.
 */
export function withDepartmentOwner<Q extends ParsedQuery>(q: Q, documents: ReportDocument[], textOf: (d: ReportDocument) => string): Q {
  if (q.schools.length > 0) return q;
  const departments = q.unknownSchools.filter((n) => !opensWithPlace(n));
  if (departments.length !== 1 || q.unknownSchools.length !== 1) return q;
  const key = normalizeForMatch(departments[0]!);
  const owners = [...new Set(documents.filter((d) => textOf(d).includes(key)).map((d) => d.school))];
  if (owners.length !== 1) return q;
  return {
    ...q,
    schools: owners,
    unknownSchools: [],
    terms: [...q.terms, { term: key, weight: 1, source: departments[0]! }],
  };
}
