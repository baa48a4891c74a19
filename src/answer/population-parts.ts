// Breakdowns of a population: "其中，本科毕业生…落实率为96.72%" and "男生…98.06%" state a part's figure;
// a question that names no part (落实率多少) asks about the whole. Word list as data next to this file.
import data from './population-parts.json' with { type: 'json' };
import { normalizeForMatch } from '../text/normalize.js';

const PARTS = Object.entries(data.parts as Record<string, string[]>);

/** Sentence marks: a part named before the last one belongs to an earlier statement. */
const STATEMENT_END = /[。；;！？!?\n]/;

/** The stretch of text that states a figure: from the previous statement's end up to the figure. */
export function statementBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let from = 0;
  for (let k = before.length - 1; k >= 0; k--) {
    if (STATEMENT_END.test(before[k]!)) {
      from = k + 1;
      break;
    }
  }
  return before.slice(from);
}

/** Clauses of a statement: a part named in one that states its own figure is that figure's. */
const CLAUSE_END = /[，,；;]/;
const HAS_FIGURE = /\d/;
/** A clause's own people: a noun of students or staff. */
const OWN_PEOPLE = /在校生|在校学生|在籍学生|学生总数|全日制学生|教职工|专任教师/;

/**
 * The statement of a figure without earlier clauses that state a figure of a part of their own
 * ("专科（高职）专业6个，全日制在校生11480人": 专科 is the 6's, not the 11480's), when the figure's clause
 * names its own people.
 */
export function ownStatement(statement: string): string {
  const clauses = statement.split(CLAUSE_END);
  // Only a clause naming its own people (在校生, 学员) stands apart: "本科毕业生4800人，毕业去向落实率为…"
  // goes on about the 本科毕业生 of the clause before.
  const own = clauses.at(-1) ?? '';
  if (!OWN_PEOPLE.test(own) || /^\s*(?:其中|包括|含)/.test(own)) return statement;
  for (let k = clauses.length - 2; k >= 0; k--) {
    const c = normalizeForMatch(clauses[k]!);
    if (HAS_FIGURE.test(c) && PARTS.some(([part]) => c.includes(part))) return clauses.slice(k + 1).join('，');
  }
  return statement;
}

/**
 * The part of a population a statement is about, when the question does not ask about it: the part
 * named nearest the figure decides ("本科招生计划4620人，研究生招生计划1380人": 1380 is 研究生's).
 */
export function unaskedPart(question: string, statement: string): string | undefined {
  const t = normalizeForMatch(statement);
  let nearest: { part: string; asks: string[]; at: number } | undefined;
  // 本专科 names 本科 and 专科 together: the whole of undergraduates, no part of it.
  // (…and 专科升本科, 高中起点升专科 name a way of study, 专升本, not the population of one part.)
  const whole = t.replace(/本专科/g, '　　　').replace(/[\u4e00-\u9fa5]{0,4}?升(?:本科|专科)/g, (m) => '　'.repeat(m.length));
  for (const [part, asks] of PARTS) {
    const at = whole.lastIndexOf(part);
    if (at >= 0 && (!nearest || at > nearest.at)) nearest = { part, asks, at };
  }
  if (!nearest) return undefined;
  // 硕士研究生: the specific part written before a general one is the part meant.
  const n = nearest;
  const before = PARTS.find(([part]) => part !== n.part && t.slice(n.at - part.length, n.at) === part);
  if (before) nearest = { part: before[0], asks: before[1], at: n.at - before[0].length };
  const q = normalizeForMatch(question);
  // A question naming another specific part (博士研究生) does not ask about this one (硕士), though
  // both are 研究生: a general part (研究生) is one whose words name two other parts or more.
  const general = (part: string) => PARTS.filter(([other]) => other !== part && PARTS.find(([p]) => p === part)![1].includes(other)).length >= 2;
  // Two names of one part (困难生 and 困难群体, 男生 and 男性) share their own words.
  const ownWords = (part: string) => (PARTS.find(([p]) => p === part)?.[1] ?? []).filter((w) => !PARTS.some(([p]) => p === w && p !== part && general(p)));
  const same = (a: string, b: string) => ownWords(a).some((w) => ownWords(b).includes(w));
  const otherSpecific = PARTS.some(([part]) => part !== nearest!.part && !general(part) && q.includes(part) && !same(part, nearest!.part));
  if (otherSpecific && !q.includes(nearest.part)) return nearest.part;
  return nearest.asks.some((a) => q.includes(a)) ? undefined : nearest.part;
}

/**
 * True when a section about one part (硕士 of a 硕士研究生招生简章) owns a statement's part: the same, or a general one
 * holding it (研究生 there means 硕士). A narrower one (硕士 under a 研究生 title) is a part of the section's whole.
 */
export function sectionOwnsPart(sectionPart: string, part: string): boolean {
  const asks = (p: string) => PARTS.find(([name]) => name === p)?.[1] ?? [];
  const general = (p: string) => PARTS.filter(([other]) => other !== p && asks(p).includes(other)).length >= 2;
  return sectionPart === part || (general(part) && asks(part).includes(sectionPart));
}

/** The parts of a population a question names (本科 in 本科生落实率, 研究生 in 研究生呢). */
export function partsNamed(question: string): string[] {
  const q = normalizeForMatch(question);
  return PARTS.filter(([, asks]) => asks.some((a) => q.includes(a))).map(([part]) => part);
}

/** The exclusive group a part falls in (硕士 and 博士 fall in 研究生's), as the group and the part standing for it. */
const EXCLUSIVE = (data.exclusive as string[][]).map((group) => new Set(group));
const standsFor = (part: string): string[] => [part, ...PARTS.filter(([p, asks]) => p !== part && asks.includes(part) && asks.includes(p)).map(([p]) => p)];

/** True when the question names a sibling of the part (博士 for 硕士: both parts of 研究生; 本科 for 研究生), not the part itself. */
export function siblingAsked(question: string, part: string): boolean {
  const parents = PARTS.filter(([, asks]) => asks.includes(part));
  const named = partsNamed(question);
  if (named.some((n) => n !== part && parents.some(([parent, asks]) => parent !== n && parent !== part && asks.includes(n)))) return true;
  // Parts that exclude each other (本科 and 研究生): the one named is never the other.
  const group = (p: string) => EXCLUSIVE.find((g) => standsFor(p).some((x) => g.has(x)));
  const own = group(part);
  return !!own && !named.some((n) => group(n) === own && standsFor(n).some((x) => standsFor(part).includes(x))) && named.some((n) => group(n) === own);
}

const DEFAULTS = new Set((data as { defaults?: string[] }).defaults ?? []);
/** The part a question naming none most likely means (本科), when only parts are stated. */
export const isDefaultPart = (part: string) => DEFAULTS.has(part);

const JOINT = Object.entries((data as { joint?: Record<string, string[]> }).joint ?? {});

/** The words that name a part in a document: its own, and joint forms naming it with others (本专科 for 本科). */
// (…and the words for it that name no other part: 高职 for 专科, not 研究生 for 硕士.)
export const partWords = (part: string): string[] => [
  part,
  ...(PARTS.find(([p]) => p === part)?.[1] ?? []).filter((w) => !PARTS.some(([p]) => p === w)),
  ...JOINT.filter(([, parts]) => parts.includes(part)).map(([j]) => j),
];

/** The other parts of a part's exclusive group, with the words asking for them (专科, 高职, 研究生 for 本科). */
export function siblingWords(part: string): string[] {
  const group = EXCLUSIVE.find((g) => g.has(part));
  if (!group) return [];
  return [...group].filter((p) => p !== part).flatMap((p) => PARTS.find(([q]) => q === p)?.[1] ?? [p]);
}

/** True when a part is one of parts that exclude each other (本科, 专科, 研究生 and its 硕士, 博士; 男生, 女生): a level or a kind. */
export const isExclusivePart = (part: string) => EXCLUSIVE.some((g) => standsFor(part).some((x) => g.has(x)));
