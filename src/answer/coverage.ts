// How much of a question a piece of text covers: question terms grouped by the word they came from
// (a word and its synonyms count once), each group weighing as much as its word is rare.
import type { SearchIndex } from '../retrieve/hybrid.js';
import type { Term } from '../retrieve/query.js';
import { cut, tag } from '../text/jieba.js';

/** Characters a compound may have between its words: 干部任免 in 干部职务任免, 招生计划 in 招生工作计划. */
const GAP = 4;
const compounds = new Map<string, RegExp | null>();
/** Question terms are user input: the cache of their patterns is bounded. */
const COMPOUNDS_MAX = 10_000;

const amounts = new Map<string, RegExp>();
/** 加20分 for 加分: the term's verb, at most one more character (降低), an amount, its unit. */
function amountBetween(term: string): RegExp {
  let re = amounts.get(term);
  if (!re) {
    if (amounts.size >= COMPOUNDS_MAX) amounts.clear();
    re = new RegExp(`${term[0]}[\\u4e00-\\u9fa5]?\\s*[\\d一二三四五六七八九十百千]+(?:\\.\\d+)?\\s*${term[1]}`);
    amounts.set(term, re);
  }
  return re;
}

/** One-character heads a compound may end with, after a gap: 本科…生 in 本科毕业生, 学…费 in 学分学费. */
const HEAD_SUFFIX = /^[生者员人费率数量]$/;

/** One-character administrative levels written with 级 in full (校级, 省级, 院级). */
const LEVEL = /^[校省市县区院系部厅局国]$/;

/** The words of a compound: jieba's, or two-character pieces when jieba keeps it whole (干部任免 → 干部 任免). */
function partsOf(term: string): string[] {
  if (!/^[\u4e00-\u9fa5]+$/.test(term)) return [];
  if (term.length < 4) return [];
  const parts = cut(term).filter((w) => w.trim());
  return parts.length >= 2 ? parts : term.length % 2 === 0 ? term.match(/../g)! : [];
}

/**
 * True when the text holds the term: as written, or — for a compound of several words — its words
 * in order, a few characters apart, within one clause.
 */
export function holds(text: string, term: string): boolean {
  if (text.includes(term)) return !onlyNegatedOrDeputy(text, term);
  // “三公”经费 holds 三公经费: quotation marks inside a compound are no part of its words.
  if (QUOTE_MARKS.test(text) && /^[\u4e00-\u9fa5]{3,}$/.test(term)) {
    const unquoted = text.replace(QUOTE_MARKS_ALL, '');
    if (unquoted.includes(term)) return !onlyNegatedOrDeputy(unquoted, term);
  }
  // 加分 in 加20分, 降分 in 降低20分: a verb and its unit with the amount between them.
  if (/^[\u4e00-\u9fa5][分元]$/.test(term) && amountBetween(term).test(text)) return true;
  if (term.length === 3 && HEAD_SUFFIX.test(term[2]!) && /^[\u4e00-\u9fa5]+$/.test(term)) return headedCompound(text, term);
  if (disciplineKind(text, term)) return true;
  // 校领导 in 校级领导干部, 省政府 in 省级政府: a one-character level takes 级 before its noun.
  if (term.length === 3 && LEVEL.test(term[0]!) && text.includes(`${term[0]}级${term.slice(1)}`)) return true;
  let re = compounds.get(term);
  if (re === undefined) {
    const parts = partsOf(term);
    if (compounds.size >= COMPOUNDS_MAX) compounds.clear();
    re =
      parts.length >= 2 && parts.every((w, i) => w.length >= 2 || (i === parts.length - 1 && HEAD_SUFFIX.test(w)))
        ? new RegExp(parts.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`[^，。；、,;\\s]{0,${GAP}}`))
        : null;
    compounds.set(term, re);
  }
  return (re !== null && re.test(text)) || abbreviationOf(text, term) || unitInitials(text, term);
}

/** 艺术类 in 艺术学门类 (or 艺术学类): a discipline's kind as people say it, as a catalogue writes its 学科门类. */
export function disciplineKind(text: string, term: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2}类$/.test(term)) return false;
  const stem = term.slice(0, 2);
  // (医学类 in 医学门类: a stem ending in 学 takes 门类 itself.)
  return text.includes(`${stem}学门类`) || text.includes(`${stem}学类`) || (stem.endsWith('学') && text.includes(`${stem}门类`));
}

/** Most characters an abbreviation (成人高考) leaves out of the phrase it shortens (成人高校招生考试). */
const ABBREVIATED_MAX = 6;

/**
 * 成人高考 in 成人高校统一招生考试: an abbreviation keeps its first word whole and the first character of
 * each later word, in order, inside one phrase (no punctuation between). Characters taken from inside a
 * word do not abbreviate it: 工程学院 is not in 工程职业技术学院 (学院 is one word), nor 国家奖学金 in 国家励志奖学金.
 */
function abbreviationOf(text: string, term: string): boolean {
  if (!/^[\u4e00-\u9fa5]{4,6}$/.test(term)) return false;
  const first = term.slice(0, 2);
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    const span = text.slice(i, i + term.length + ABBREVIATED_MAX);
    const phrase = span.split(/[\s\p{P}]/u)[0]!;
    // (Cheap first: the characters in order at all, before jieba reads the phrase.)
    let m = 2;
    for (let j = 2; j < phrase.length && m < term.length; j++) if (phrase[j] === term[m]) m++;
    if (m < term.length) continue;
    // Where each word of the phrase starts, as jieba reads it.
    const starts = new Set<number>();
    let at = 0;
    for (const w of cut(phrase)) {
      starts.add(at);
      at += w.length;
    }
    if (!starts.has(2)) continue;
    let k = 2;
    for (let j = 2; j < phrase.length && k < term.length; j++) if (phrase[j] === term[k] && starts.has(j)) k++;
    if (k === term.length) return true;
  }
  return false;
}

/** Words joining the words of a unit's name (经济与管理学院) that its initials skip (经管). */
const JOINING = /^(?:与|和|及)$/;
const UNIT_IN = /学院|书院|系|研究院|研究所|中心|学部/;
/** Most words of a unit's name after those its initials stand for. */
const UNIT_TAIL_WORDS = 2;
/** Words closing a unit's name: what makes 经济与管理 a department's name, not any two words. */
const UNIT_WORD = /^(?:学院|书院|系|研究院|研究所|中心|学部)$/;

/**
 * 经管 in 经济与管理学院, 外经 in 外国语与经济学院: a department named by the first character of each word of
 * its name (joining 与/和 skipped), where that name closes with a unit word (学院, 系, 中心).
 */
export function unitInitials(text: string, term: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,3}$/.test(term)) return false;
  for (let i = text.indexOf(term[0]!); i >= 0; i = text.indexOf(term[0]!, i + 1)) {
    const phrase = text.slice(i, i + 16).split(/[\s\p{P}]/u)[0]!;
    if (phrase.length < term.length * 2) continue;
    // (Cheap first: the characters in order and a unit word at all, before jieba reads the phrase.)
    let m = 1;
    for (let j = 1; j < phrase.length && m < term.length; j++) if (phrase[j] === term[m]) m++;
    if (m < term.length || !UNIT_IN.test(phrase)) continue;
    const read = cut(phrase);
    let k = 0;
    let w = 0;
    for (; w < read.length && k < term.length; w++) {
      if (JOINING.test(read[w]!) && k > 0) continue;
      // (Each a word of its own: 经济, 管理; a character run, 经|管, is no name.)
      if (read[w]!.length < 2 || read[w]![0] !== term[k]) break;
      k++;
    }
    // (The unit word may close a longer name: 计科 of 计算机|科学|与技术|学院.)
    if (k === term.length && read.slice(w, w + UNIT_TAIL_WORDS + 1).some((x) => UNIT_WORD.test(x))) return true;
  }
  return false;
}

/** Quotation marks a compound may be written with (“三公”经费). */
const QUOTE_MARKS = /[“”"「」『』]/;
const QUOTE_MARKS_ALL = /[“”"「」『』]/g;

/** Prefixes that make a word another thing: 副教授 is no 教授, 非全日制 no 全日制. */
const OTHER_THING_PREFIX = /[副非]/;

/** True when every occurrence of the term is the tail of 副X or 非X (and the term is not itself such). */
function onlyNegatedOrDeputy(text: string, term: string): boolean {
  if (OTHER_THING_PREFIX.test(term[0]!) || term.length < 2) return false;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    const before = text[i - 1] ?? '';
    // 除非, 无非, 南非 end a word of their own; 正副校长 names both.
    if (!OTHER_THING_PREFIX.test(before) || (before === '非' && /[除无南莫是并]/.test(text[i - 2] ?? '')) || (before === '副' && /正、?$/.test(text.slice(Math.max(0, i - 3), i - 1)))) return false;
  }
  return true;
}

/**
 * 本科生 in 本科毕业生: the first word, then a noun ending in the head character (毕业生), not any run
 * that happens to end in it (本科招生 ends in 生 but 招生 is a verb).
 */
function headedCompound(text: string, term: string): boolean {
  const first = term.slice(0, 2);
  const head = term[2]!;
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    const after = text.slice(i + 2, i + 2 + GAP + 1);
    const j = after.indexOf(head);
    if (j <= 0) continue;
    const word = after.slice(0, j + 1);
    const tags = tag(word);
    if (tags.length === 1 && /^n/.test(tags[0]!.tag)) return true;
  }
  return false;
}

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
    for (const t of g.terms) if (t.weight * g.idf > best && holds(text, t.term)) best = t.weight * g.idf;
    got += best;
  }
  return total > 0 ? got / total : 0;
}

/** The terms of a group that stand for it: part-words do not (官方 alone, from 官方微博, also names 官方微信). */
const standIns = (g: Group) => g.terms.filter((t) => t.weight >= 0.7 * Math.max(...g.terms.map((x) => x.weight)));

/**
 * The groups a passage may be about: those of words the documents use, without a scene's (another part's words,
 * the alternatives offered), unless the question has nothing else (a part asking only 多少 or 发了多少钱 is about its scene).
 */
function ownGroups(groups: Group[], search: Pick<SearchIndex, 'known'>): Group[] {
  const known = groups.filter((g) => g.terms.some((t) => search.known(t.term)));
  const own = known.filter((g) => !g.terms.every((t) => t.scene));
  // (Only a word of weight is a topic of the part's own: 发了 of 发了多少钱 leaves the scene its topic.)
  return own.some((g) => g.terms.some((t) => t.weight >= 0.5)) ? own : known;
}

/**
 * The question's main topic: its weightiest group that some report uses. A passage without it
 * (官方微信 for a 官方微博 question) answers something else, however much else it shares.
 */
export function focusTerms(groups: Group[], search: Pick<SearchIndex, 'known'>, isNoun: (t: string) => boolean = () => true): Term[] | undefined {
  // (A scene's words, another part's or the alternatives offered, are no topic.)
  const known = [...ownGroups(groups, search)].sort((a, b) => b.weight - a.weight);
  // A topic is a thing: a noun typed, or a word the lexicon knows (主要 and 依据 are not topics).
  const thing = (g: Group) => g.terms.length > 1 || g.terms.some((t) => t.term !== t.source) || isNoun(g.terms[0]!.term);
  const focus = known.find(thing) ?? known[0];
  return focus && standIns(focus);
}

/** Share of the weightiest group's weight a topic needs to be required as well. */
const REQUIRED_SHARE = 0.6;

/**
 * Every topic a figure must be about: the main one and any word the user typed that weighs nearly
 * as much (官方微博 and 粉丝 in "官方微博有多少粉丝": 官微的粉丝 answers only half of it).
 */
/** A lexicon key in English. */
const ENGLISH_KEY = /^[a-z][a-z -]*$/;

export function requiredTopics(groups: Group[], search: Pick<SearchIndex, 'known'>, typedNoun: (t: string) => boolean): Term[][] {
  const known = ownGroups(groups, search);
  const top = Math.max(0, ...known.map((g) => g.weight));
  const focus = focusTerms(groups, search, typedNoun);
  const out = focus ? [focus] : [];
  const english: Group[] = [];
  for (const g of known) {
    if (g.weight < REQUIRED_SHARE * top || (focus && g.terms.includes(focus[0]!))) continue;
    const typed = g.terms.find((t) => t.term === t.source && t.weight >= 1);
    if (typed && typedNoun(typed.term)) out.push(standIns(g));
    // A colloquial word no report uses (读博) stands for its synonyms' thing (博士): that thing is required.
    // (…and so does the word itself, weighed down or not: 招生章程 is held by a document titled 招生章程.)
    else if (!typed && g.terms.some((t) => t.term === t.source) && g.terms.some((t) => t.term !== t.source && t.weight >= 0.5 && typedNoun(t.term)))
      out.push([...new Set([...standIns(g), ...g.terms.filter((t) => t.term === t.source)])]);
    // An English word (salary) stands for the Chinese nouns it translates to (薪资, 月收入).
    else if (!typed && g.terms.every((t) => ENGLISH_KEY.test(t.source)) && g.terms.some((t) => t.weight >= 0.5 && typedNoun(t.term))) english.push(g);
  }
  // Of an English question's words, the rarest thing it names is required (english website, not item).
  // A phrase (email address) before its words (address), then the rarest.
  const phraseLength = (g: Group) => Math.max(...g.terms.map((t) => t.source.split(' ').length));
  const rarest = english.sort((a, b) => phraseLength(b) - phraseLength(a) || b.weight - a.weight)[0];
  if (rarest && !(focus && rarest.terms.includes(focus[0]!))) out.push(standIns(rarest));
  return out;
}
