// Institutions named in English ("Hunan Mass Media Vocational and Technical College"): a Chinese
// name's distinctive pieces — its places and its core words — each have English forms (a
// translation from english-names.json, else the pinyin), and an English question names the
// institution when it holds a form of every piece.
import { pinyin } from 'pinyin-pro';
import data from '../text/english-names.json' with { type: 'json' };
import { normalizeForMatch } from '../text/normalize.js';
import { PLACES, PROVINCES, leadingPlaces, orgSuffix } from '../text/org-names.js';

/** Chinese → the English phrases that translate it (中医药 → traditional chinese medicine, chinese medicine). */
const TO_ENGLISH = new Map<string, string[]>();
for (const [en, zhs] of Object.entries(data.words as Record<string, string[]>)) {
  for (const zh of zhs) TO_ENGLISH.set(zh, [...(TO_ENGLISH.get(zh) ?? []), en]);
}
const CHINESE_WORDS = [...TO_ENGLISH.keys()].sort((a, b) => b.length - a.length);
/** Place names whose usual romanisation is not their pinyin (哈尔滨 → harbin). */
const ROMANISED = new Map<string, string[]>();
for (const [en, zhs] of Object.entries(data.places as Record<string, string[]>)) for (const zh of zhs) ROMANISED.set(zh, [...(ROMANISED.get(zh) ?? []), en]);
/** Core words an English name may translate otherwise or leave out. */
const GENERIC_PIECES = new Set<string>(data.generic);
/** Type words (大学 → university…) that every name of a kind shares: they never decide between names. */
const SCHOOL_SUFFIX = /(?:职业技术学院|技术职业学院|职业学院|技术学院|师范大学|师范学院|大学|学院|学校|职院)$/;

const toPinyin = (zh: string) => pinyin(zh, { toneType: 'none', type: 'array' }).join('');

/** One piece of a name and the English forms that stand for it. */
export interface Piece {
  zh: string;
  en: string[];
  /** A place (湖南): shared by many names, so it never tells two named institutions apart. */
  place?: boolean;
}

/** The pieces an English question must name: 湖南大众传媒职业技术学院 → 湖南 (hunan), 大众传媒 (mass media). */
export function englishPieces(name: string): Piece[] {
  const { places, rest } = leadingPlaces(name);
  const pieces: Piece[] = places.map((p) => ({ zh: p.name, en: [toPinyin(p.name), ...(ROMANISED.get(p.name) ?? [])], place: true }));
  // Schools drop their type (职业技术学院); public bodies keep it (人民政府办公厅 tells 办公厅 from 科委).
  let core = rest.replace(SCHOOL_SUFFIX, '');
  if (core === rest && !orgSuffix(name)) core = rest;
  // A normal school's type is a word of its English name (Nanyu Normal University): it tells it from the place's other schools.
  if (/师范(?:大学|学院)$/.test(rest) && !core.includes('师范')) core += '师范';
  while (core.length > 0) {
    const word = CHINESE_WORDS.find((w) => core.startsWith(w));
    if (word) {
      pieces.push({ zh: word, en: TO_ENGLISH.get(word)! });
      core = core.slice(word.length);
      continue;
    }
    // Characters no word covers are read in pinyin, a run at a time (西京 → xijing).
    let end = 1;
    while (end < core.length && !CHINESE_WORDS.some((w) => core.startsWith(w, end))) end++;
    const run = core.slice(0, end);
    pieces.push({ zh: run, en: [toPinyin(run), ...(ROMANISED.get(run) ?? [])] });
    core = core.slice(end);
  }
  return pieces;
}

/** The type of a school as its English name's word: 大学 → University, 学院 → College or Institute. */
const TYPE_INITIALS: [RegExp, string[]][] = [
  [/大学$/, ['U']],
  [/职业技术学院$|职业学院$/, ['VTC', 'VC', 'P']],
  [/学院$/, ['C', 'I']],
];

/**
 * Acronyms of the English name a school is usually given: its place, its type and its core words'
 * initials in the two usual orders — 武汉科技大学 → Wuhan University of Science and Technology → WUST.
 */
export function acronyms(name: string): string[] {
  const type = TYPE_INITIALS.find(([re]) => re.test(name))?.[1];
  if (!type) return [];
  const pieces = englishPieces(name);
  const { places } = leadingPlaces(name);
  const placeCount = places.length || (pieces[0] && PLACES.includes(pieces[0].zh) ? 1 : 0);
  const initials = (en: string) =>
    en
      .split(/[\s']+/)
      .filter((w) => w && !/^(?:and|of|the)$/.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join('');
  const placeForms = pieces.slice(0, placeCount).map((p) => [...new Set(p.en.map(initials))]);
  const core = pieces
    .slice(placeCount)
    .map((p) => initials(p.en[0]!))
    .join('');
  if (!core) return [];
  let placeInitials = [''];
  for (const forms of placeForms) placeInitials = placeInitials.flatMap((a) => forms.map((f) => a + f));
  const out = new Set<string>();
  for (const p of placeInitials) for (const t of type) (out.add(p + t + core), out.add(p + core + t));
  return [...out].filter((a) => a.length >= 3);
}

const wordPattern = (phrase: string) =>
  new RegExp(`(?<![a-z])${phrase.replace(/[.*+?^${}()|[\]\\']/g, '\\$&').replace(/\s+/g, '\\s+')}(?![a-z])`, 'g');

/** Every English phrase of the name dictionary, longest first. */
const ENGLISH_PHRASES = Object.keys(data.words).sort((a, b) => b.length - a.length);

/**
 * Where a phrase occurs as whole words in lower-cased Latin text (-1: nowhere), outside any longer
 * phrase of the dictionary that translates otherwise (technology of "institute of technology" is
 * 工程's, not 科技's), unless that phrase is one of `own` forms.
 */
function wordIndex(text: string, phrase: string, own: string[] = [phrase]): number {
  const longer = ENGLISH_PHRASES.filter((p) => p.length > phrase.length && p.includes(phrase) && !own.includes(p));
  const masked = longer.flatMap((p) => [...text.matchAll(wordPattern(p))].map((m) => [m.index!, m.index! + m[0].length] as const));
  for (const m of text.matchAll(wordPattern(phrase))) {
    if (!masked.some(([a, b]) => a <= m.index! && m.index! + m[0].length <= b)) return m.index!;
  }
  return -1;
}

export interface EnglishHit {
  school: string;
  /** The span of the text holding the name. */
  alias: string;
  index: number;
  pieces: number;
  /** Where the name's own words (not its place) were read: two names read at different places are two institutions. */
  core: [number, number];
  /** False when only words other names share were read (澄江 alone, its 理工 left out). */
  ownCore?: boolean;
  /** Its place stands right before its own words, as a name is written. */
  compact?: boolean;
}

/** Institutions an English text names, best (most pieces) first; several at the same best are a tie. */
export function findEnglish(text: string, names: { school: string; pieces: Piece[] }[]): EnglishHit[] {
  // Curly apostrophes (Xi’an) read as straight ones.
  const lower = normalizeForMatch(text).replace(/[’‘`´]/g, "'");
  if ((lower.match(/[a-z]+/g) ?? []).length < 2) return [];
  const hits: EnglishHit[] = [];
  // A piece several names share (their province, 澄江 of 澄江理工大学 and 澄江财经学院) tells none apart.
  const sharedBy = new Map<string, number>();
  for (const { pieces } of names) for (const zh of new Set(pieces.map((p) => p.zh))) sharedBy.set(zh, (sharedBy.get(zh) ?? 0) + 1);
  for (const { school, pieces } of names) {
    if (pieces.length === 0) continue;
    const spans: [number, number][] = [];
    const coreSpans: [number, number][] = [];
    const matched: Piece[] = [];
    let skipped = 0;
    for (const p of pieces) {
      const found = p.en.map((e) => [wordIndex(lower, e, p.en), e.length] as const).find(([at]) => at >= 0);
      if (found) {
        spans.push([found[0], found[0] + found[1]]);
        if (!p.place && (sharedBy.get(p.zh) ?? 0) < 2) coreSpans.push([found[0], found[0] + found[1]]);
        matched.push(p);
      } else if (GENERIC_PIECES.has(p.zh)) skipped++;
      else break;
    }
    // Every piece, or all but generic ones (Harbin Institute of Information Technology for 哈尔滨信息
    // 工程学院); a name then counts for fewer pieces than one named in full.
    if (spans.length + skipped !== pieces.length || spans.length === 0) continue;
    // One piece alone must be the name's own word and read as a name: "Qiantang's", "Qiantang University".
    if (skipped > 0 && spans.length < 2 && pieces.length > 1 && !(distinctiveAlone(pieces, matched) && NAMED_AFTER.test(lower.slice(spans[0]![1])))) continue;
    let start = Math.min(...spans.map((s) => s[0]));
    let end = Math.max(...spans.map((s) => s[1]));
    // The name's type words around the pieces belong to the name too.
    const type = new RegExp(`^(?:\\s+(?:${data.types.join('|')}))+`);
    const typed = type.exec(lower.slice(end))?.[0].length ?? 0;
    // A name that is only its place (湖南大学) is named with its type: Hunan University, not "from Hunan".
    if (typed === 0 && pieces.every((p) => p.place || PLACES.includes(p.zh))) continue;
    end += typed;
    if (end - start > 120) continue;
    start = Math.max(0, start);
    const core: [number, number] = coreSpans.length ? [Math.min(...coreSpans.map((c) => c[0])), Math.max(...coreSpans.map((c) => c[1]))] : [start, end];
    // Written as a name: its place right before its own words (Hunan Mass Media), not a topic word
    // elsewhere in the sentence (the safety record of Hunan Mass Media students).
    const placeForms = matched.filter((p) => p.place).flatMap((p) => p.en);
    const firstCore = coreSpans.length ? Math.min(...coreSpans.map((c) => c[0])) : -1;
    const compact =
      placeForms.length === 0 ||
      firstCore < 0 ||
      placeForms.some((f) =>
        new RegExp(`(?<![a-z])${f.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')}(?:'s)?(?:\\s+[a-z'&-]+){0,2}?\\s+$`).test(lower.slice(0, firstCore)),
      );
    hits.push({ school, alias: lower.slice(start, end), index: start, pieces: spans.length - skipped / 2, core, ownCore: coreSpans.length > 0, compact });
  }
  if (hits.length === 0) hits.push(...byPlaceAlone(lower, names));
  return hits.sort((a, b) => b.pieces - a.pieces);
}

/**
 * A single matched piece names an institution alone when it is the name's own word, not a place:
 * known places, and pieces written like a place (two or three characters with a level), never do.
 */
function distinctiveAlone(pieces: Piece[], matched: Piece[]): boolean {
  const only = matched[0];
  if (matched.length !== 1 || !only) return false;
  return !PLACES.includes(only.zh) && only !== pieces.find((p) => PLACES.includes(p.zh)) && pieces.indexOf(only) === 0 && !isCountyLike(only.zh);
}

const isCountyLike = (zh: string) => /[省市区县州旗镇乡]$/.test(zh);

/** After a name's own word: a possessive or a type word a few words on. */
const NAMED_AFTER = new RegExp(`^(?:'s(?![a-z])|(?:\\s+[a-z]+){0,2}?\\s+(?:${data.types.join('|')}|polytechnic))`);

/**
 * "Xiangyang Polytechnic": English names often keep only the place and the type. A place that
 * opens exactly one covered name, followed by a type word, names that institution.
 */
function byPlaceAlone(lower: string, names: { school: string; pieces: Piece[] }[]): EnglishHit[] {
  const byPlace = new Map<string, string[]>();
  const provinces = new Set<string>();
  for (const n of names) {
    const first = n.pieces[0];
    // Its place, known (Xiangyang) or read in pinyin as a name's opening word (Qingshan of 青山农业大学).
    const opens = first && (leadingPlaces(n.school).places.length > 0 || (first.en[0] === toPinyin(first.zh) && first.zh.length >= 2));
    if (first && opens) byPlace.set(first.en[0]!, [...(byPlace.get(first.en[0]!) ?? []), n.school]);
    if (first && PROVINCES.includes(first.zh)) provinces.add(first.en[0]!);
  }
  const out: EnglishHit[] = [];
  for (const [place, schools] of byPlace) {
    if (schools.length !== 1) continue;
    const m = new RegExp(`(?<![a-z])${place}((?:\\s+[a-z]+){0,2}?\\s+(?:${data.types.filter((t) => t.length > 3).join('|')}))(?![a-z])`).exec(lower);
    if (m) out.push({ school: schools[0]!, alias: m[0], index: m.index, pieces: 1, core: [m.index, m.index + m[0].length] });
    // "from Huaiyang", "Qingshan's MBA": a place no other covered name opens, and no province, names it alone.
    else if (!provinces.has(place)) {
      // …never where people come from, nor the place's own government or people (from Xiangyang, Xiangyang government).
      const alone = new RegExp(`(?<!(?:students?|people|applicants?|candidates?|come|comes|are|is|am|i'm)\\s+from\\s+)(?<![a-z])${place}(?:'s)?(?![a-z])(?!\\s+(?:government|city|county|district|province|municipal|students?|people|residents?|area)\\b)`).exec(lower);
      if (alone) out.push({ school: schools[0]!, alias: alone[0], index: alone.index, pieces: 0.5, core: [alone.index, alone.index + alone[0].length] });
    }
  }
  return out;
}

/**
 * The institutions an English text names apart, and the names it leaves open. Best hits first: a hit
 * whose own words lie where no kept hit's do is another institution named ("Hunan Mass Media, Hunan
 * Engineering and Hunan Petrochemical"); hits as good as a kept one over the same words are a
 * tie the asker must settle.
 */
export function namedApart(hits: EnglishHit[]): { named: EnglishHit[]; ties: EnglishHit[][] } {
  const overlaps = (a: EnglishHit, b: EnglishHit) => a.core[0] < b.core[1] && b.core[0] < a.core[1];
  const groups: EnglishHit[][] = [];
  // A hit on shared words only is another institution only when nothing better was read, or when it is
  // a whole name of two pieces or more written where no better hit is ("Wuhan Institute of Technology or
  // Xi'an University of Architecture and Technology": 工程 is shared, yet the first is named apart).
  const own = hits.filter((h) => h.ownCore !== false);
  const span = (h: EnglishHit): [number, number] => [h.index, h.index + h.alias.length];
  const clear = (h: EnglishHit) => h.pieces >= 2 && h.compact !== false && !own.some((o) => span(o)[0] < span(h)[1] && span(h)[0] < span(o)[1]);
  for (const h of own.length ? hits.filter((h) => h.ownCore !== false || h.pieces === own[0]!.pieces || clear(h)) : hits) {
    const group = groups.find((g) => overlaps(g[0]!, h));
    if (!group) groups.push([h]);
    else if (h.pieces === group[0]!.pieces) group.push(h);
  }
  const named = groups.filter((g) => g.length === 1).map((g) => g[0]!);
  // Several institutions apart only when each is written as a name; else the best one alone.
  const apart = named.length > 1 ? named.filter((h) => h.compact !== false) : named;
  return { named: apart.length ? apart : named.slice(0, 1), ties: groups.filter((g) => g.length > 1) };
}

let placeByEnglish: Map<string, string> | undefined;

/**
 * Known places written in English (Zhejiang, Harbin, Xi'an) in Chinese, in the order written: an
 * English question naming only a place reads as the Chinese one would ("浙江高校住宿费").
 */
export function placesInEnglish(text: string): { zh: string; en: string }[] {
  if (!placeByEnglish) {
    placeByEnglish = new Map();
    for (const zh of PLACES) {
      if (zh.length < 2) continue;
      for (const en of [toPinyin(zh), ...(ROMANISED.get(zh) ?? [])]) if (!placeByEnglish.has(en)) placeByEnglish.set(en, zh);
    }
  }
  const lower = normalizeForMatch(text).replace(/[’‘`´]/g, "'");
  const out: { zh: string; en: string }[] = [];
  for (const m of lower.matchAll(/[a-z']+/g)) {
    const en = m[0].replace(/'s$/, '');
    const zh = placeByEnglish.get(en);
    if (zh && !out.some((p) => p.zh === zh)) out.push({ zh, en });
  }
  return out;
}
