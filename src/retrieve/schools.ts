// Recognises institutions in questions: full names and the short forms people type, derived from
// the grammar of organisation names (places, administrative levels, fillers, abbreviations).
import { readJsonFile } from '../config.js';
import { z } from 'zod';
import { cut, cutDictionary, tag } from '../text/jieba.js';

/** Dictionary words only (no guessed words): 西建大 reads as 西|建|大, 上海事 as 上海|事. */
const cutAll = (text: string) => cutDictionary(text);
import { normalizeForMatch } from '../text/normalize.js';
import { type Piece, acronyms, englishPieces, findEnglish, namedApart, placesInEnglish } from './english-names.js';
import { ABBREVIATIONS, FILLERS, LEVELS, PLACES, PROVINCES, SCHOOL_KIND_WORDS, type Place, leadingPlaces, orgSuffix } from '../text/org-names.js';

/** Words too common to stand for one institution (科技学院, 技术职院 name many). */
const GENERIC_WORDS = new Set(['科技', '技术', '职业', '理工', '工业', '应用', '城市', '信息', '工程', '管理', '经济', '科学', '师范']);

/** Suffixes of school names and the short forms people use for them. */
const SCHOOL_SUFFIXES: [string, string[]][] = [
  ['职业技术学院', ['职院', '职业学院', '学院', '职业技术学院']],
  ['技术职业学院', ['职院', '职业学院', '学院', '技术学院']],
  ['职业学院', ['职院', '学院', '职业学院']],
  ['技术学院', ['学院', '技术学院']],
  ['师范大学', ['师大', '师范大学']],
  ['师范学院', ['师院', '师范学院', '学院']],
  ['科技大学', ['科大', '科技大学']],
  ['大学', ['大学', '大']],
  ['学院', ['学院']],
  ['学校', ['学校']],
];

/** The cost of a partial name (place and first word, 河南牧业 of 河南牧业经济学院). */
const PARTIAL_COST = 3.5;

/** A short form and how far it is from the full name (0: the name itself); shared forms go to the nearest. */
export interface Alias {
  alias: string;
  cost: number;
}

/** The ways one place can be written: 杭州市 and 杭州. */
const placeForms = (p: Place) => [...new Set([p.text, p.name])];

/** Bodies with their fillers dropped or abbreviated: 人民政府办公厅 → 政府办公厅, 政府; 科学技术委员会 → 科委. */
function bodyForms(body: string): Alias[] {
  const out = new Map<string, number>([[body, 0]]);
  const add = (form: string, cost: number) => {
    if (form.length >= 2 && (out.get(form) ?? Infinity) > cost) out.set(form, cost);
  };
  for (const [long, shorts] of Object.entries(ABBREVIATIONS)) {
    if (!body.includes(long)) continue;
    for (const s of shorts) add(body.replace(long, s), 1);
  }
  // Fillers go one at a time and together: 人民政府办公厅 → 政府办公厅 → 政府.
  let stripped = body;
  let cost = 0;
  for (const f of FILLERS) {
    if (!stripped.includes(f) || stripped === f) continue;
    const next = stripped.replace(f, '');
    if (next.length < 2) continue;
    stripped = next;
    add(stripped, ++cost);
  }
  for (const [form, c] of [...out]) {
    for (const [long, shorts] of Object.entries(ABBREVIATIONS)) if (form.includes(long)) for (const s of shorts) add(form.replace(long, s), c + 1);
  }
  return [...out].map(([alias, c]) => ({ alias, cost: c }));
}

/**
 * Short forms of a school: 湖南安全技术职业学院 → 湖南安全职院, 安全职院, 湖南安全; 湖南石油化工职业技术学院 →
 * 石化职院, 湖南石化, 石油化工; 湖南大众传媒职业技术学院 → 大众传媒, 传媒学院. Bare cores shorter than four
 * characters without the place (安全, 工程) are too common to trust.
 */
function schoolAliases(places: Place[], rest: string): Alias[] {
  const suffix = SCHOOL_SUFFIXES.find(([s]) => rest.endsWith(s));
  if (!suffix) return [];
  const local = rest.slice(0, -suffix[0].length);
  const place = places.map((p) => p.name).join('');
  const core = place + local;
  if (!core) return [];
  // 信息工程, 科技管理: a name made only of common words names a field, not a school.
  const distinctive = local.length >= 2 && !GENERIC_WORDS.has(local) && !(local.length % 2 === 0 && local.match(/../g)!.every((w) => GENERIC_WORDS.has(w)));
  // Names are mostly two-character words: 大众传媒 → 大众 传媒, 石油化工 → 石油 化工.
  const parts = !distinctive ? [] : local.length % 2 === 0 && local.length <= 6 ? local.match(/../g)! : cut(local).filter((w) => w.length >= 2);
  const initials = parts.length >= 2 && parts.every((w) => w.length === 2) ? parts.map((w) => w[0]).join('') : undefined;
  const lastWord = parts.length >= 2 ? parts.at(-1) : undefined;
  const last = lastWord && !GENERIC_WORDS.has(lastWord) ? lastWord : undefined;
  const forms: Alias[] = local ? [{ alias: core, cost: 1 }] : [];
  if (place && distinctive && local.length >= 4) forms.push({ alias: local, cost: 2 });
  for (const short of suffix[1]) {
    forms.push({ alias: core + short, cost: 1 });
    // 工程职院 is what people say; 科技学院 names half the country's colleges.
    if (place && local.length >= 2 && (distinctive || /职/.test(short))) forms.push({ alias: local + short, cost: 2 });
    if (initials) forms.push({ alias: initials + short, cost: 2 });
    if (last) forms.push({ alias: last + short, cost: 3 });
  }
  if (initials && place) forms.push({ alias: place + initials, cost: 2 });
  // 河南牧业 of 河南牧业经济学院: the place and the name's first word, when that word is its own.
  // (A partial name: PARTIAL_COST marks it, so no type word typed after it makes it whole: 湖南石油学院 is another school.)
  if (place && parts.length >= 2 && !GENERIC_WORDS.has(parts[0]!)) forms.push({ alias: place + parts[0], cost: PARTIAL_COST });
  // A bare place (武汉 of 武汉科技大学) would swallow every question about the place.
  const long = forms.filter((f) => f.alias.length >= 4 && !PLACES.includes(f.alias));
  const guessed = places.length ? [] : placeLike(local);
  long.push(...normalSchool(places, local, suffix[0]));
  return [...long, ...(guessed.length ? contractions(guessed, local.slice(2), suffix[0], suffix[1]) : contractions(places, local, suffix[0], suffix[1]))];
}

/**
 * A normal school named only by its place (杭州师范大学, 鹿原师范学院) is the place's first character and
 * 师: 杭师大, 鹿师院, and alone 杭师, 鹿师 (never from a province's character: 湖师 could be any).
 */
function normalSchool(places: Place[], local: string, suffix: string): Alias[] {
  if (!/^师范(?:大学|学院)$/.test(suffix)) return [];
  const place = places.length
    ? local
      ? undefined
      : places[0]!.name
    : // (Whatever jieba makes of it, 青石 a noun, 首都: two or three characters before 师范 name the school's place.)
      local.length >= 2 && local.length <= 3 && !GENERIC_WORDS.has(local)
      ? local
      : undefined;
  if (!place) return [];
  const p1 = place[0]!;
  // 鹿原师范, 杭州师范: the place and 师范, as people say it.
  const out: Alias[] = [{ alias: `${p1}师${suffix.endsWith('大学') ? '大' : '院'}`, cost: 3 }, { alias: `${place}师范`, cost: 2 }];
  if (!PROVINCE_INITIALS.has(p1)) out.push({ alias: `${p1}师`, cost: 4 });
  return out;
}

/** True when a name opens with a place, known (杭州, 湖南) or read as one (临溪, 澄江): an institution's name, not a department's (汽车工程学院). */
export function opensWithPlace(name: string): boolean {
  const { places, rest } = leadingPlaces(name);
  // Read without its type (澄江中医药, not the whole name jieba may know as one word).
  const suffix = SCHOOL_SUFFIXES.find(([s]) => rest.endsWith(s))?.[0];
  const local = suffix ? rest.slice(0, -suffix.length) : rest;
  // A name that is only a place and its type (南屿师范大学): the place jieba reads as one (ns) or not at all (x).
  const bare = !!suffix && local.length >= 2 && local.length <= 3 && tag(local).every((t) => t.tag === 'ns' || t.tag === 'x');
  return places.length > 0 || bare || placeLike(local).length > 0;
}

/**
 * A name whose place no list knows (澄江理工大学, 澧阳交通职业技术学院): its first word is a place when
 * jieba reads it as one (澄江: ns) or as no word at all (澧阳: x) and a word of the name follows
 * (理工, 交通), so it contracts the way 武科大 does (澄理工, 澄中医); a locative word (岭北: s) is one too.
 * Never a bare alias on its own.
 */
function placeLike(local: string): Place[] {
  const words = tag(local);
  const first = words[0];
  // 泓川理工: two characters jieba reads one by one (泓 | 川), no word together, before a word of the name.
  const loose = words.length >= 3 && words[0]!.word.length === 1 && words[1]!.word.length === 1 && words[2]!.word.length >= 2 && /^[\u4e00-\u9fa5]{2}$/.test(local.slice(0, 2));
  if (loose) return [{ text: local.slice(0, 2), name: local.slice(0, 2), level: '' }];
  if (!first || first.word.length !== 2 || words.length < 2 || !/^(?:ns|x|s)$/.test(first.tag)) return [];
  return [{ text: first.word, name: first.word, level: '' }];
}

/** The character a contracted name ends with for each school type: 大学 → 大 (武科大), 学院 → 院 (河南牧院). */
const TYPE_CHARACTER: [string, string][] = [
  ['大学', '大'],
  ['学院', '院'],
];

/**
 * Contracted names, the way students write them: the place's first character, the first character
 * (or first word) of the name, and the type's character — 武汉科技大学 → 武科大, 西安建筑科技大学 → 西建大,
 * 武汉工程大学 → 武工大, 武工程; 浙江中医药大学 → 浙中医, 浙中医大; 河南牧业经济学院 → 河南牧院;
 * 哈尔滨信息工程学院 → 哈信息. A name without a place is often its bare core: 吉首大学 → 吉首, 西京学院
 * → 西京. A college inside a university (浙江中医药大学滨江学院) is not contracted from the
 * university's part, which belongs to the university.
 */
function contractions(places: Place[], local: string, suffix: string, shorts: string[]): Alias[] {
  if (/大学|学院/.test(local)) return [];
  const typeChar = TYPE_CHARACTER.find(([t]) => suffix.endsWith(t))?.[1];
  if (!typeChar) return [];
  const out: Alias[] = [];
  const firstPlace = places[0];
  if (!firstPlace) {
    // 西京, 婺江, 清华: a short core that is a name of its own. A place (武汉 of 武汉大学, 吉首) or a
    // common word (电子 of 电子科技大学, 东北, 长江) would swallow ordinary questions.
    const short = local.length >= 2 && local.length <= 3 && !GENERIC_WORDS.has(local) && !PROVINCES.includes(local);
    if (short && !PLACES.includes(local) && ownName(local)) out.push({ alias: local, cost: 2 });
    // A city or a place-like name (吉首大学, 西京学院) only weakly: it yields to any other name in
    // the question and to a place of origin (吉首考生), see isWeakAlias.
    // (…and so does a two-character name no dictionary knows before 师范大学 and the like: 曜川 of 曜川师范大学.)
    else if (
      short &&
      (suffix === '大学' || suffix === '学院' || (/(?:大学|学院)$/.test(suffix) && local.length === 2 && cut(local).length === 2)) &&
      (PLACES.includes(local) || tag(local).every((t) => t.tag === 'ns') || cut(local).length === 2)
    ) {
      out.push({ alias: local, cost: 4 });
    }
    // 砚大, 厦大: a university named only by its place is also the place's first character and 大, where that
    // is no word of the language (长大, 重大) and no province's initial (吉 of 吉林, 湖 of 湖南 and 湖北).
    if (suffix === '大学' && short && local.length === 2) out.push(...placeAndDa(local[0]!));
    // 深职院, 西职院, 金职院: a vocational college named only by its place (known or its own, 金滨) is the
    // place's first character and 职院.
    const ownPlace = local.length >= 2 && local.length <= 3 && !GENERIC_WORDS.has(local) && !PROVINCES.includes(local) && !TYPE_INITIAL.test(local[0]!);
    if (/职业/.test(suffix) && ownPlace) out.push({ alias: `${local[0]}职院`, cost: 3 });
    // 棠医, 温医大: a medical school named only by its place (棠州医学院, 温州医科大学) is the place's first
    // character and 医 (医大).
    const medical = /^(.{2,3}?)医科?$/.exec(local);
    if (medical && !GENERIC_WORDS.has(medical[1]!) && !PROVINCES.includes(medical[1]!) && cutAll(`${local[0]}医`).length === 2) {
      out.push({ alias: `${local[0]}医`, cost: 4 });
      if (suffix === '大学') out.push({ alias: `${local[0]}医大`, cost: 3 });
    }
    return out;
  }
  const p1 = firstPlace.name[0]!;
  // 湘大 of 湘潭大学: a known place and 大学 alone.
  if (!local && typeChar === '大') out.push(...placeAndDa(p1));
  // The type's own short forms: 科大 (科技大学), 师大, 职院.
  const typeShorts = shorts.filter((x) => x.length === 2 && x.endsWith(typeChar) && x !== '学院');
  const initial = local.slice(0, 1);
  // Each form is its parts; a word of the language across two parts (上海|事 of 上海海事大学, 湖南|医院
  // of 湖南医药学院) makes it an ordinary phrase, not a name.
  const add = (...parts: string[]) => {
    if (readsAcross(parts, typeShorts, typeChar, parts[0] === firstPlace.name && parts[0].length >= 2)) return;
    out.push({ alias: parts.join(''), cost: 3 });
  };
  for (const t of typeShorts) add(p1, initial, t);
  // Two characters alone (襄科, 澧交, 西建): only from a city's or an unlisted place's rare first
  // character, never a province's (湖大 would take 湖南大学's questions, 江财 江西财经大学's), never a word of the language
  // (武工), never a type character (湖师), and only where the question's words start with it (see scan).
  const pair = p1 + initial;
  if (initial && !PROVINCES.includes(firstPlace.name) && !PROVINCE_INITIALS.has(p1) && !TYPE_INITIAL.test(initial) && cutAll(pair).length === 2) {
    out.push({ alias: pair, cost: 4 });
  }
  // Vocational colleges contract only with their type (湖安职院, 深职院): 湖安院 names nothing.
  if (local && !/职|技术/.test(suffix)) {
    const heads = new Set([local.slice(0, 2), cut(local).find((w) => w.length >= 2 && local.startsWith(w))].filter((w): w is string => !!w));
    add(p1, initial, typeChar);
    for (const h of heads) if (h.length < local.length || local.length <= 2) (add(p1, h), add(p1, h, typeChar));
    // 河南牧院: the whole place for a 学院 (湖南师大 is the type's own short form); 湖南农大, 青山农大: the
    // whole place and the language's abbreviation of the name's first word and 大学 (农大 is 农业大学, 工大 工业大学).
    if (typeChar === '院' || ABBREVIATED[initial + typeChar]?.some((w) => local.startsWith(w))) add(firstPlace.name, initial, typeChar);
  } else if (local && typeChar === '院') {
    // 安院 of 湖南安全技术职业学院: a vocational college whose name has a word of its own (安全, not 工程)
    // is also that word's first character and 院, where that is no word of the language.
    const own = local.slice(0, 2);
    if (local.length >= 2 && !GENERIC_WORDS.has(own) && !TYPE_INITIAL.test(initial) && !FIELD_INITIAL.test(initial) && cutAll(`${initial}院`).length === 2) out.push({ alias: `${initial}院`, cost: 4 });
    // 澧阳交院: a vocational college is also its place, its first character and 院;
    // 襄阳科职, 襄阳科职院: …or its place, its first character and 职 of 职业 (with or without 院).
    add(firstPlace.name, initial, typeChar);
    if (/职业/.test(suffix) && !TYPE_INITIAL.test(initial)) (add(firstPlace.name, initial, '职'), add(firstPlace.name, initial, '职院'));
  }
  return out.filter((f) => (f.alias.length >= 3 || f.cost === 4) && !PLACES.includes(f.alias));
}

/** A core that reads as a proper name (jieba: nz, nr, x or unknown), not a common noun or a place. */
function ownName(core: string): boolean {
  const tags = tag(core);
  return tags.length === 1 ? !/^(?:n|ns|f|s|t|v|vn|a|ad|an|d)$/.test(tags[0]!.tag) : tags.every((t) => /^(?:nz|nr|x)$/.test(t.tag));
}

/** First characters of provinces (湖 of 湖南 and 湖北): a pair opening with one names too much. */
const PROVINCE_INITIALS = new Set(PROVINCES.map((p) => p[0]!));
/** The words a university's conventional abbreviation stands for: 农大 → 农业大学, 工大 → 工业大学. */
const ABBREVIATED: Record<string, string[]> = {
  农大: ['农业', '农林'],
  医大: ['医科', '医学'],
  财大: ['财经'],
  工大: ['工业'],
  林大: ['林业'],
  科大: ['科技'],
  交大: ['交通'],
  矿大: ['矿业'],
  海大: ['海洋', '海事'],
  石大: ['石油'],
  民大: ['民族'],
  外大: ['外国语'],
  外院: ['外国语'],
  体大: ['体育'],
  艺大: ['艺术'],
};

/** Contractions read loosely: 3–6 characters ending in a school's type character. */
const FUZZY_MIN = 3;
const FUZZY_MAX = 6;
const FUZZY_TAIL = /(?:大学|学院|职院|大|院)$/;
/** The place's first character and 大 (砚大), unless that pair is a word or opens a province's name. */
function placeAndDa(first: string): Alias[] {
  const alias = `${first}大`;
  // (Nor a numeral: 三大 of 三峡大学 reads as 'the three big'.)
  return !PROVINCE_INITIALS.has(first) && !TYPE_INITIAL.test(first) && !/[一二两三四五六七八九十百千万]/.test(first) && cutAll(alias).length === 2 ? [{ alias, cost: 3 }] : [];
}

/** The word a contraction ends with: its type, or the language's short form of one (科大, 师大). */
const FUZZY_LAST_WORD = /^(?:大学|学院|职院|大|院|[科师工农医财交理]大)$/;

/** True when `at` falls inside a dictionary word of the text (南 of 河南). */
function startsInsideWord(norm: string, at: number): boolean {
  let pos = 0;
  for (const w of cutDictionary(norm)) {
    if (pos === at) return false;
    if (pos > at) return true;
    pos += w.length;
  }
  return pos !== at;
}
/** Characters of words too common to make a contraction one school's (科, 技, 理, 工…). */
const GENERIC_CHARACTERS = new Set([...GENERIC_WORDS].join(''));

/** True when every character of `short` appears in `long`, in order. */
function readsInOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Initials of fields many colleges share (交通, 铁道, 民族, 艺术, 化工…): 交院, 艺院 name no one college. */
const FIELD_INITIAL = /^[农医财工林科交矿海石民外体艺铁化商电建警轻纺水城航邮经法政]$/;

/** Initials that are a type of school (师 of 师范, 职 of 职业), not a name's own word. */
const TYPE_INITIAL = /^[大学院师职技]$/;

/**
 * True when a word of the language spans two of the parts (the type's own short form aside). A form
 * that ends in its type character reads as a name whatever the words before it: 武工 in 武工大.
 */
function readsAcross(parts: string[], typeShorts: string[], typeChar?: string, wholePlace = false): boolean {
  const cuts = new Set<number>();
  let at = 0;
  for (const p of parts.slice(0, -1)) cuts.add((at += p.length));
  // A whole place name before the rest (岚山|外院) is read as a name whatever word its last character makes with
  // the next (山外): people write the place in full for that very reason.
  if (wholePlace) cuts.delete(parts[0]!.length);
  const alias = parts.join('');
  let pos = 0;
  for (const w of cutAll(alias)) {
    const end = pos + w.length;
    const beforeType = typeChar !== undefined && parts.at(-1) === typeChar && end < alias.length;
    // 农大, 医大, 财大 ending the form: the language's own abbreviation of the type (not 医院, a word of its own).
    const abbreviation = typeChar !== undefined && parts.at(-1) === typeChar && end === alias.length && (tag(w).every((t) => t.tag === 'j') || Object.hasOwn(ABBREVIATED, w));
    if (w.length >= 2 && !typeShorts.includes(w) && !beforeType && !abbreviation) for (let c = pos + 1; c < end; c++) if (cuts.has(c)) return true;
    pos = end;
  }
  return false;
}

/**
 * Short forms of a public body: 杭州市西湖区人民政府 → 西湖区人民政府, 西湖区政府, 杭州西湖区, 西湖区;
 * 杭州市人民政府办公厅 → 杭州市政府, 杭州政府; 杭州市科学技术委员会 → 杭州市科委, 市科委.
 */
function bodyAliases(places: Place[], rest: string): Alias[] {
  const out: Alias[] = [];
  const bodies = bodyForms(rest);
  const government = /政府|办公厅|办公室/.test(rest);
  // Each run of trailing places, written with or without levels: 杭州市西湖区, 杭州西湖区, 西湖区.
  for (let from = 0; from < places.length; from++) {
    const tail = places.slice(from);
    let written = [''];
    for (const p of tail) written = written.flatMap((w) => placeForms(p).map((f) => w + f));
    for (const w of written) {
      for (const b of bodies) out.push({ alias: w + b.alias, cost: b.cost + from });
      // The lowest place alone names its government (西湖区 → 西湖区人民政府).
      if (government && w.length >= 3 && /[省市区县州旗]$/.test(w)) out.push({ alias: w, cost: 3 + from });
      // …and, farther, another body of a county or city (青岚县 → 青岚县教育局), yielding to its government.
      else if (!government && w.length >= 3 && /[市区县州旗]$/.test(w)) out.push({ alias: w, cost: 5 + from });
    }
  }
  // The lowest place without its level (杭州 for 杭州市人民政府办公厅, 临溪 for 临溪市教育局), when it is a
  // city or an unlisted place, never a province or a district's bare name: its government is the
  // nearer reading, any other body of the place a farther one (ties are asked back).
  const last = places.at(-1);
  // A province's own bodies (浙江省物价局) are what "浙江高校住宿费标准" asks about, at the farthest cost.
  const province = last && places.length === 1 && PROVINCES.includes(last.name);
  const bare: Alias[] =
    last && last.level && places.length === 1 && last.name.length >= 2 && !/[区县旗]/.test(last.level)
      ? [{ alias: last.name, cost: province ? 6 : government ? 4 : 5 }]
      : [];
  // The level alone before an abbreviated body: 市科委, 区政府.
  const lowest = places.at(-1);
  // The level alone before a body: 市科委, 区政府, 市教育局 (several such bodies are asked back).
  if (lowest?.level)
    for (const b of bodies) if (b.alias.length <= 4 && (b.cost > 0 || b.alias.length >= 3)) out.push({ alias: lowest.level + b.alias, cost: 4 });
  return [...out.filter((a) => a.alias.length >= 3), ...bare];
}

/** Bodies a school has that publish on their own (a foundation, an alumni association, a press, a hospital). */
const SCHOOL_BODY = /(?:基金会|校友会|出版社|医院)$/;
/** A school's name at the start of a body's (昙江理工大学|教育发展基金会), the body a part of it. */
const SCHOOL_THEN_BODY = /^(.{2,}?(?:大学|学院|学校))(.{2,})$/;

/**
 * A body of a school (昙江理工大学教育发展基金会, …大学附属医院): the school as people name it and the body with
 * its fillers dropped (昙理工基金会, 昙江理工大学基金会); undefined for a name that is no such body.
 */
function unitOfSchool(name: string): Alias[] | undefined {
  const m = SCHOOL_THEN_BODY.exec(name);
  if (!m || !SCHOOL_BODY.test(m[2]!) || /大学|学院|学校/.test(m[2]!)) return undefined;
  const bodies = bodyForms(m[2]!);
  // (The school's own names, 昙理工, stand for the body too, farther: the school's own documents, where covered, are nearer.)
  return deriveAliasCosts(m[1]!)
    .flatMap((s) => [...bodies.map((b) => ({ alias: s.alias + b.alias, cost: s.cost + b.cost })), { alias: s.alias, cost: s.cost + PARTIAL_COST }])
    .filter((a) => a.alias !== name);
}

/** Every short form of a full name with its cost; the full name itself costs 0. */
export function deriveAliasCosts(name: string): Alias[] {
  const { places, rest } = leadingPlaces(name);
  const suffix = orgSuffix(name) ?? '';
  const isSchool = /大学|学院|学校|职院/.test(suffix);
  const derived = isSchool ? schoolAliases(places, rest) : (unitOfSchool(name) ?? (places.length ? bodyAliases(places, rest) : bodyForms(name)));
  const best = new Map<string, number>([[name, 0]]);
  for (const a of derived) if (a.alias !== name && (best.get(a.alias) ?? Infinity) > a.cost) best.set(a.alias, Math.max(1, a.cost));
  return [...best].map(([alias, cost]) => ({ alias, cost }));
}

/** Short forms derived from a full name (the name first). */
export function deriveAliases(name: string): string[] {
  return deriveAliasCosts(name).map((a) => a.alias);
}

const AliasFileSchema = z.record(z.string(), z.array(z.string()));

export function readAliasFile(file: string): Record<string, string[]> {
  return readJsonFile('ALIASES_FILE', file, AliasFileSchema);
}

export interface SchoolHit {
  school: string;
  alias: string;
  index: number;
}

export interface Ambiguous {
  alias: string;
  index: number;
  schools: string[];
}

export interface SchoolMatcher {
  schools: string[];
  /** Institutions named in the text, in order of appearance (longest alias wins). */
  find(text: string): SchoolHit[];
  /** Names in the text that fit several institutions equally well (杭州市 → 办公厅 or 科委): ask which. */
  ambiguous(text: string): Ambiguous[];
  /** Institution-like names in the text that match no known institution (湖南铁道职业技术学院). */
  unknown(text: string): string[];
  /** Resolves a name or alias (e.g. from a widget's data-school) to a known institution. */
  resolve(name: string): string | undefined;
}

/**
 * "湖南铁道工程职院" holds the alias 工程职院 but names another school: an alias without a place,
 * right after a place and other characters, is part of a longer name.
 */
function partOfOtherName(text: string, at: number, alias: string): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  // 区政府 in 临平区政府, 市科委 in 宁波市科委: a level-first alias right after a place name's characters.
  if (/^[省市区县]/.test(alias)) return /[\u4e00-\u9fa5]{2}$/.test(before) && !/[的和与及在是了]$/.test(before);
  if (leadingPlaces(alias).places.length > 0 || PLACES.some((p) => alias.startsWith(p))) return false;
  return PLACES.some((p) => {
    const m = new RegExp(`${p}([\u4e00-\u9fa5]{1,5})$`).exec(before);
    // A verb or a preposition between the place and the alias (湖南考生|报|武科大) ends the place's phrase: no name runs on.
    return !!m && !/[的和与及在是]$/.test(before) && !tag(m[1]!).some((t) => /^(?:v|p|vn|d)$/.test(t.tag));
  });
}

/** Characters after 大学 that make 学 the start of a topic word (学费, 学分, 学硕): the name ended at 大. */
// (…but not 生 of 生均 or 生源: 楸潭大学生均仪器设备值 names 楸潭大学 and asks a per-student figure; 楸大学生均可住校 is
// 楸大 + 学生 + 均可.)
const STARTS_TOPIC_AFTER_DA = /^(?:[费分期年制位历科习硕博业术籍]|生(?!源|均(?![可须已为是应需在要能会有])))/;
/** True when 学 with the characters after 大学 begins a topic (学业, 学费, 学籍): 大 ended the short name. */
export const topicAfterDa = (next: string) => !!next && STARTS_TOPIC_AFTER_DA.test(next);

/** Words 大学 or 学院 opens (大学英语, 大学生, 学院路): the type word is no name's end before them. */
// (A department after a university's name, 浙江大学计算机学院, 复旦大学数学科学学院, keeps the name whole.)
const AFTER_DAXUE = /^(?:(?:英语|语文|物理|数学|计算机|化学|体育)(?![\u4e00-\u9fa5]{0,4}(?:学院|学部|系|专业|研究所|中心))|生(?![物态源]|均(?![可须已为是应需在要能会有]))|城)/;
const AFTER_XUEYUAN = /^(?:路|街|大道)/;

const INSTITUTION_LIKE =
  /([\u4e00-\u9fa5]{2,16}?(?:职业技术学院|职业学院|技术学院|师范大学|大学|学院|职院|学校|人民政府|政府|委员会|教育局|教育厅|管理局|办公厅))/g;
const GENERIC =
  /^(?:[哪各这那本我该贵每某其他全一]|二级|几所|所有|[两二三四五六七八九十几]+(?:所|个|家)|(?:职业技术|职业|技术|师范)?(?:学院|大学|学校|职院)$|(?:市|区|县|省)?(?:人民)?政府$|委员会$)/;

/** Institution-like names in normalised text, with where each starts (the longest tail that reads as a name). */
/** Verbs of going to or joining a school, which no name holds right before its place (去青禾师范学院, 考澄江大学). */
const GOING = /[去到考读报进往赴]/;

function institutionLike(text: string): { name: string; at: number }[] {
  // A time word is no part of a name (今年湖南师范大学, 襄阳科职去年…): blanked, offsets kept.
  const norm = text.replace(/去年|今年|前年|明年|上年/g, '  ');
  const out: { name: string; at: number }[] = [];
  for (const m of norm.matchAll(INSTITUTION_LIKE)) {
    // A school, or a body with its place (上海市教育委员会; not 年给省教育厅, which names no province).
    // Names never hold a joiner: "吉首和东北大学" is two names.
    const joined = m[1]!.split(/[和与及跟、或]/);
    const raw = joined.at(-1)!;
    const start = m.index! + m[1]!.length - raw.length;
    const boundary = (k: number) => start + k === 0 || /[\s\p{P}的和与及跟或在]/u.test(norm[start + k - 1]!);
    // "博士去青禾师范学院": a verb of going (去, 到, 考) ends what came before; the name starts after it.
    const afterGoing = [...raw].findIndex((_, k) => k > 0 && GOING.test(raw[k - 1]!) && plausibleName(raw.slice(k), true));
    const from = afterGoing >= 0 ? afterGoing : [...raw].findIndex((_, k) => plausibleName(raw.slice(k), boundary(k)));
    if (from < 0) continue;
    const name = raw.slice(from);
    if (GENERIC.test(name) || name.length < 4) continue;
    // "栖医大学业奖学金学院": a name never starts inside a word (业 of 学业).
    if (startsInsideWord(norm, start + from)) continue;
    // "武科大学费": 大 ends a short name and 学费 begins the topic; no 武科大学 is named.
    const end = start + from + name.length;
    const after = norm.slice(end, end + 3);
    if (/大学$/.test(name) && after && STARTS_TOPIC_AFTER_DA.test(after)) continue;
    // "专升本大学英语": the type word opens a word of its own (大学英语, 大学生, 学院路); no 专升本大学 is named.
    if (/大学$/.test(name) && AFTER_DAXUE.test(norm.slice(end))) continue;
    if (/学院$/.test(name) && AFTER_XUEYUAN.test(norm.slice(end))) continue;
    out.push({ name, at: start + from });
  }
  return out;
}

/**
 * An alias inside a longer institution-like name that names no known institution (南屿 or 医科大学 of
 * 南屿医科大学) is part of another institution's name, not the one the alias names.
 */
function insideUnknownName(found: { index: number; alias: string }[], norm: string): (f: { index: number; alias: string; schools?: string[]; contracted?: boolean }) => boolean {
  const names = institutionLike(norm);
  return (f) =>
    names.some(
      (n) =>
        n.at <= f.index &&
        f.index + f.alias.length <= n.at + n.name.length &&
        n.name.length > f.alias.length &&
        !found.some((g) => g.alias === n.name) &&
        !endsAsItself(n, f) &&
        !departmentOfShortName(n, f),
    );
}

/** A department's name (文学院, 中文系) after a school's short name: 澜师文学院 is 澜师's 文学院, no other school. */
const DEPARTMENT_REST = /^[\u4e00-\u9fa5]{1,8}(?:学院|学部|系)$/;

/** True when the name is a school's short name (no bare place) opening it, then a department's name. */
// (Only a contraction, 澜师: a name's leading place, 澜江 of 澜江师范大学, opens other schools' names too, 澜江医学院.)
function departmentOfShortName(n: { name: string; at: number }, f: { index: number; alias: string; schools?: string[]; contracted?: boolean }): boolean {
  const rest = n.name.slice(f.alias.length);
  return (
    f.index === n.at &&
    !!f.contracted &&
    !!f.schools &&
    f.schools.length === 1 &&
    !isPlaceHit({ alias: f.alias, schools: f.schools }) &&
    rest.length >= 3 &&
    DEPARTMENT_REST.test(rest) &&
    !/大学|学院|学校/.test(f.alias)
  );
}

/**
 * Ending a longer name, an alias is the name itself unless a place opens what runs before it
 * (南屿|医科大学 is another school; 向|兰溪职院 and 审计组说|石化职院 name the known one).
 */
function endsAsItself(n: { name: string; at: number }, f: { index: number; alias: string }): boolean {
  return f.index + f.alias.length === n.at + n.name.length && !opensWithPlace(n.name.slice(0, f.index - n.at) + '大学');
}

/** Characters no institution name holds: question words, particles, pronouns, verbs of saying and asking. */
const NOT_IN_NAMES = /[的了哪么吗呢吧啊呀嘛都给被把这那些谁怎啥说讲问称听想让叫几个在费]/;
const KIND_WORDS: readonly string[] = SCHOOL_KIND_WORDS;

/** Most characters a name holds between its place and its type word. */
const NAME_CORE_MAX = 8;

/**
 * A name someone could mean: one that starts with a known place (湖南铁道职业技术学院, 上海市教育委员会),
 * a place with its level at the start of a phrase (临平区政府), or a school whose name before its
 * suffix is short (清华大学, 西京学院) — not "都通过哪些校外媒体发布学校", not "年给省教育厅".
 */
function plausibleName(name: string, atBoundary: boolean): boolean {
  const suffix = orgSuffix(name);
  if (!suffix || name.length < 4 || NOT_IN_NAMES.test(name)) return false;
  // 普通大学, 民办高校, 独立学院: a kind of school, not one.
  const afterPlaces = leadingPlaces(name).rest;
  if (KIND_WORDS.some((w) => name.startsWith(w) || afterPlaces.startsWith(w) || PLACES.some((p) => name.startsWith(p + w)))) return false;
  // What stands between the place and the type word is a few characters (信息工程, 发展和改革): a long run
  // (四六级笔试报名费里考点|学校) is a question's words, not a name.
  if (afterPlaces.length - suffix.length > NAME_CORE_MAX) return false;
  if (PLACES.some((p) => name.startsWith(p))) return true;
  if (atBoundary && leadingPlaces(name).places[0]?.level) return true;
  // 学校 is what people call any school ("学校执行的学费"): a name ending in it must open with a place.
  if (suffix === '学校' || !/大学|学院|职院/.test(suffix) || name.length - suffix.length > 4) return false;
  // The rest of a name is names and nouns (清华, 西京), never a verb (媒体发布学校).
  return tag(name.slice(0, name.length - suffix.length)).every((t) => !/^v/.test(t.tag));
}

/** The longest end of the one school's full name (工程学院 of 哈尔滨信息工程学院) that the text opens with, or ''. */
function ownTail(schools: readonly string[], after: string): string {
  if (schools.length !== 1) return '';
  const name = schools[0]!;
  for (let k = 1; k < name.length - 2; k++) {
    const tail = name.slice(k);
    if (/(?:大学|学院|学校)$/.test(tail) && after.startsWith(tail)) return tail;
  }
  return '';
}

/** True when a type word typed after a short name (职院, 大学, 学院) is one the school's name has. */
function tailFits(school: string, tail: string): boolean {
  if (/职/.test(tail)) return /职业/.test(school);
  if (tail === '大学') return /大学$/.test(school);
  if (/院$/.test(tail)) return /学院$/.test(school);
  return true;
}

/** Type words people type after a school's short name. */
const SCHOOL_TAIL = /^(?:职业技术学院|职业学院|技术学院|职院|学院|大学|学校|院(?![校系长]))/;

/** A hit whose alias is only a place: a known one, or its institutions' own place before a level (南屿 of 南屿省教育厅). */
function isPlaceHit(f: { alias: string; schools: string[] }): boolean {
  return isPlaceAlias(f.alias) || (f.schools.length > 0 && f.schools.every((s) => LEVELS.some((l) => s.startsWith(f.alias + l))));
}

/** An alias that is only a place, with or without its level (浙江, 杭州市, 西湖区, 吉首, 西京). */
function isPlaceAlias(alias: string): boolean {
  if (alias.length <= 3 && tag(alias).every((t) => t.tag === 'ns')) return true;
  let rest = alias;
  while (rest) {
    const known = PLACES.find((p) => rest.startsWith(p));
    if (known) {
      rest = rest.slice(known.length);
      rest = rest.slice(LEVELS.find((l) => rest.startsWith(l))?.length ?? 0);
      continue;
    }
    const m = new RegExp(`^[\u4e00-\u9fa5]{2,3}?(?:${LEVELS.join('|')})`).exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length);
  }
  return true;
}

/** What joins two names in a list. */
const JOIN = /^\s*(?:和|与|及|以及|跟|同|、|,|，|还有|对比|比)\s*$/;

/** Words after a place that make it where students are from or admitted, not a body. */
const PLACE_AS_ORIGIN = /^(?:省|市)?(?:的)?(?:考生|生源|招生|招|地区|籍|户籍|高考)/;
/** 学生 after a place: where they come from after a known place (湖南学生, 江苏的学生), a college's own after its name (西京学生). */
const STUDENTS_AFTER = /^(?:省|市)?(?:的)?学生/;
const placeAsOrigin = (alias: string, after: string) =>
  PLACE_AS_ORIGIN.test(after) || (STUDENTS_AFTER.test(after) && (/[省市]$/.test(alias) || PROVINCES.includes(alias) || PLACES.includes(alias) || /^(?:省|市)/.test(after)));

interface Entry {
  alias: string;
  /** The institutions this alias is nearest to (several: ambiguous). */
  schools: string[];
  /** A contraction (武工大, 襄科, 杭师): read only where it is a word of the question, not across two. */
  contracted?: boolean;
  /** A partial name (湖南石油): a type word typed after it makes no whole name of it. */
  partial?: boolean;
}

export function createSchoolMatcher(schools: string[], extra: Record<string, string[]> = {}): SchoolMatcher {
  const costs = new Map<string, Map<string, number>>();
  const add = (alias: string, school: string, cost: number) => {
    const key = normalizeForMatch(alias);
    const m = costs.get(key) ?? costs.set(key, new Map()).get(key)!;
    m.set(school, Math.min(m.get(school) ?? Infinity, cost));
  };
  for (const s of schools) for (const a of deriveAliasCosts(s)) add(a.alias, s, a.cost);
  for (const [s, list] of Object.entries(extra)) if (schools.includes(s)) for (const a of list) add(a, s, 0);
  // A shared alias goes to the institution it is nearest to (a full name always to its own);
  // a tie names several, and the question is asked back.
  const entries: Entry[] = [...costs].map(([alias, m]) => {
    const min = Math.min(...m.values());
    return {
      alias,
      schools: [...m].filter(([, c]) => c === min).map(([s]) => s),
      ...(min >= 3 && alias.length <= 3 ? { contracted: true } : {}),
      ...(min === PARTIAL_COST ? { partial: true } : {}),
    };
  });

  // Aliases indexed by their first two characters: a question is scanned once, whatever the number
  // of institutions (a province-wide index has thousands of aliases).
  const byPrefix = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = e.alias.slice(0, 2);
    (byPrefix.get(key) ?? byPrefix.set(key, []).get(key)!).push(e);
  }

  const scan = (text: string): (Entry & { index: number })[] => {
    const norm = normalizeForMatch(text);
    const found: (Entry & { index: number })[] = [];
    // Where the question's words begin and end: a contraction across two words (合工 of 配合|工作,
    // 南师大 of 河南|师大) is no name.
    let bounds: Set<number> | undefined;
    const across = (at: number) => {
      if (!bounds) {
        bounds = new Set([0]);
        let pos = 0;
        for (const w of cutDictionary(norm)) bounds.add((pos += w.length));
      }
      return !bounds.has(at);
    };
    for (let i = 0; i + 1 < norm.length; i++) {
      for (const e of byPrefix.get(norm.slice(i, i + 2)) ?? []) {
        if (!norm.startsWith(e.alias, i)) continue;
        if (e.contracted && across(i)) continue;
        // (A place's character and 大, 南大, must end a word too: 南大门 is a gate, 三大球类 three sports.)
        // (…unless jieba ran 大 into a time, 榉大|前年 cut 榉|大前年: the short name ends at 大.)
        // (…or into 大学生, 大学费: 柃大|学生 when 学 begins a topic, as in the fuzzy names below.)
        if (e.contracted && /^[\u4e00-\u9fa5]大$/.test(e.alias) && across(i + 2) && !/^(?:前年|后年|前天|后天)/.test(norm.slice(i + 2)) && !(norm[i + 2] === '学' && topicAfterDa(norm.slice(i + 3, i + 6)))) continue;
        // A Latin alias is a word of its own (wit, not the wit of with).
        if (/^[a-z]/.test(e.alias) && (/[a-z]/.test(norm[i - 1] ?? '') || /[a-z]/.test(norm[i + e.alias.length] ?? ''))) continue;
        // A school's type word typed after a short form belongs to it: 湖南石化 + 职院.
        // …only a type it has: 职院 is no 师范大学's.
        // (…or the end of its own full name typed after it: 哈信息 + 工程学院 of 哈尔滨信息工程学院.)
        const typed = SCHOOL_TAIL.exec(norm.slice(i + e.alias.length))?.[0] ?? ownTail(e.schools, norm.slice(i + e.alias.length));
        const tail = typed && !e.partial && e.schools.every((school) => tailFits(school, typed)) ? typed : '';
        const alias = tail && !SCHOOL_TAIL.test(e.alias.slice(-2)) ? e.alias + tail : e.alias;
        found.push({ ...e, alias, index: i });
      }
    }
    // The longest alias wins; occurrences may not overlap.
    found.sort((a, b) => b.alias.length - a.alias.length || a.index - b.index);
    const taken: boolean[] = [];
    const kept: (Entry & { index: number })[] = [];
    for (const f of found) {
      if (taken.slice(f.index, f.index + f.alias.length).some(Boolean)) continue;
      if (partOfOtherName(norm, f.index, f.alias)) continue;
      for (let j = f.index; j < f.index + f.alias.length; j++) taken[j] = true;
      kept.push(f);
    }
    return kept.sort((a, b) => a.index - b.index);
  };

  // English names, read only when a question names no institution in Chinese.
  let english: { school: string; pieces: Piece[] }[] | undefined;
  const englishHits = (text: string) => {
    if (!/[a-z]{3,}/i.test(text)) return { named: [], ties: [] };
    english ??= schools.map((school) => ({ school, pieces: englishPieces(school) }));
    return namedApart(findEnglish(text, english));
  };

  // Acronyms (WUST) are read only when nothing else names an institution, and only when one fits.
  let byAcronym: Map<string, string[]> | undefined;
  const acronymHits = (text: string): SchoolHit[] => {
    const tokens = [...text.matchAll(/(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])/g)];
    if (tokens.length === 0) return [];
    if (!byAcronym) {
      byAcronym = new Map();
      for (const school of schools) for (const a of acronyms(school)) byAcronym.set(a, [...(byAcronym.get(a) ?? []), school]);
    }
    for (const t of tokens) {
      const owners = byAcronym.get(t[0]);
      // The alias as matching text reads it (lower-cased), so the question's topic words lose it.
      if (owners?.length === 1) return [{ school: owners[0]!, alias: t[0].toLowerCase(), index: t.index! }];
    }
    return [];
  };

  // Contractions no rule derives (海科大 of 南海科技大学): read only when nothing else names an institution.
  let fuzzyNames: { school: string; body: string; type: '大' | '院' }[] | undefined;
  const fuzzyHits = (text: string): SchoolHit[] => {
    fuzzyNames ??= schools.flatMap((school) => {
      const m = /^(.+?)(大学|学院)$/.exec(school);
      return m ? [{ school, body: m[1]!, type: m[2] === '大学' ? ('大' as const) : ('院' as const) }] : [];
    });
    const norm = normalizeForMatch(text);
    const names = institutionLike(norm);
    const out: SchoolHit[] = [];
    for (let i = 0; i < norm.length; i++) {
      for (let len = FUZZY_MAX; len >= FUZZY_MIN; len--) {
        const alias = norm.slice(i, i + len);
        const tail = FUZZY_TAIL.exec(alias);
        if (alias.length < len || !tail || !/^[\u4e00-\u9fa5]+$/.test(alias) || NOT_IN_NAMES.test(alias)) continue;
        const core = alias.slice(0, -tail[0].length);
        const type = /院/.test(tail[0]) ? '院' : '大';
        // "海科大学硕": 大 ends the name and 学硕 begins the topic, as in 武科大学费.
        if (tail[0] === '大学' && topicAfterDa(norm.slice(i + len, i + len + 3))) continue;
        // A longer core before 大学/学院 (湖南石油学院) is a whole name: another institution's, not a contraction.
        if (core.length < 2 || (tail[0].length === 2 && tail[0] !== '职院' && core.length > 2)) continue;
        // It starts a word (河南师大 holds no 南师大) and ends in its type, not in a word of the language (湖南医院).
        const words = cutAll(alias);
        if (words.length === 1 || !FUZZY_LAST_WORD.test(words.at(-1)!) || startsInsideWord(norm, i)) continue;
        // A place before the type (浙江大学, 西安大学, 南海大学) names a university of its own.
        if (PLACES.includes(core) || PROVINCES.includes(core) || tag(core).every((t) => t.tag === 'ns')) continue;
        // …and so does a longer name around it (北京建筑大学 around 建筑大学, 西安科技大学 around 西安科技大).
        if (names.some((n) => n.at <= i && n.at + n.name.length >= i + len && (n.at < i || n.name === `${alias}学` || n.name === `${alias}院`))) continue;
        // The language's short form stands for its words only (工大 is 工业大学, no 工商大学).
        const standsFor = ABBREVIATED[words.at(-1)!];
        const owners = fuzzyNames.filter(
          (n) =>
            n.type === type &&
            readsInOrder(core, n.body) &&
            [...core].some((c) => !GENERIC_CHARACTERS.has(c)) &&
            (!standsFor || standsFor.some((w) => n.body.includes(w))),
        );
        if (owners.length !== 1) continue;
        out.push({ school: owners[0]!.school, alias, index: i });
        i += len - 1;
        break;
      }
    }
    return out;
  };

  const find = (text: string): SchoolHit[] => {
    const hits: SchoolHit[] = [];
    const found = scan(text);
    const norm = normalizeForMatch(text);
    // A bare place (浙江, 杭州市) names its body only when nothing else is named and the place is
    // not where students come from or are admitted ("在浙江招生", "浙江考生").
    const strong = found.filter((f) => !isPlaceHit(f));
    // Joined to another name by 和/与/、 it is one of the institutions compared (西湖区和临溪教育局).
    // (…or opening the message with its own words, the other name right after a joiner: "青岚县高中生国家助学金和岭北农大
    // 硕士国家助学金各多少" compares the two, each with its words.)
    const opensParallel = (f: { index: number; alias: string }, g: { index: number }) =>
      /^\s*$/.test(norm.slice(0, f.index)) && g.index > f.index && /[和与跟、]\s*$/.test(norm.slice(0, g.index)) && !/[，,。？?；;]/.test(norm.slice(f.index, g.index));
    const joined = (f: { index: number; alias: string }) =>
      found.some(
        (g) => g !== f && (JOIN.test(norm.slice(f.index + f.alias.length, g.index)) || JOIN.test(norm.slice(g.index + g.alias.length, f.index)) || (!isPlaceHit(g) && opensParallel(f, g))),
      );
    const insideName = insideUnknownName(found, norm);
    for (const f of found) {
      if (f.schools.length !== 1) continue;
      if (insideName(f)) continue;
      if (isPlaceHit(f) && ((strong.length > 0 && !joined(f)) || placeAsOrigin(f.alias, norm.slice(f.index + f.alias.length)))) continue;
      if (!hits.some((h) => h.school === f.schools[0])) hits.push({ school: f.schools[0]!, alias: f.alias, index: f.index });
    }
    if (hits.length === 0) {
      for (const h of englishHits(text).named) hits.push({ school: h.school, alias: h.alias, index: h.index });
    } else if (/[a-z]{3,}/i.test(text)) {
      // "…of WUST, Jishou University and Harbin Institute of …": names written out beside an acronym found are named too.
      const clear = (h: { index: number; alias: string }) => !hits.some((k) => h.index < k.index + k.alias.length && k.index < h.index + h.alias.length);
      for (const h of englishHits(text).named) if (!hits.some((k) => k.school === h.school) && clear(h)) hits.push({ school: h.school, alias: h.alias, index: h.index });
      hits.sort((a, b) => a.index - b.index);
    }
    if (hits.length === 0) hits.push(...acronymHits(text));
    // (Beside other names too, "海科大研究生…和临职院…": read in what the names found leave.)
    if (!/[a-z]{3,}/i.test(text)) {
      const left = found.reduce((t, f) => t.slice(0, f.index) + ' '.repeat(f.alias.length) + t.slice(f.index + f.alias.length), norm);
      for (const h of fuzzyHits(left)) if (!hits.some((k) => k.school === h.school)) hits.push(h);
      hits.sort((a, b) => a.index - b.index);
    }
    // An English question naming only a province (Zhejiang's dorm fee notice) reads as the Chinese place would.
    if (hits.length === 0 && /[a-z]{3,}/i.test(text) && !/[\u4e00-\u9fa5]/.test(text)) {
      // Only a province (its own bodies issue the province-wide notices); a city could be any of its bodies.
      const lower = normalizeForMatch(text);
      // …not where students come from (students from Hunan).
      const places = placesInEnglish(text).filter((p) => PROVINCES.includes(p.zh) && !new RegExp(`\\bfrom\\s+${p.en}\\b`).test(lower));
      for (const h of places.length ? find(places.map((p) => p.zh).join(' ')) : []) {
        const en = places.find((p) => h.alias.includes(p.zh))?.en ?? places[0]!.en;
        hits.push({ school: h.school, alias: en, index: Math.max(0, lower.indexOf(en)) });
      }
    }
    return hits;
  };

  return {
    schools,
    find,
    ambiguous: (text) => {
      const found = scan(text);
      const inside = insideUnknownName(found, normalizeForMatch(text));
      const out = found.filter((f) => f.schools.length > 1 && !inside(f)).map((f) => ({ alias: f.alias, index: f.index, schools: f.schools }));
      if (out.length === 0 && find(text).length === 0) {
        for (const tie of englishHits(text).ties) out.push({ alias: tie[0]!.alias, index: tie[0]!.index, schools: tie.map((h) => h.school) });
      }
      return out;
    },
    unknown(text) {
      const scanned = scan(text);
      const known = [...scanned, ...fuzzyHits(text)];
      const out: string[] = [];
      for (const { name, at } of institutionLike(normalizeForMatch(text))) {
        // A bare place (澄江 of 澄江省发展和改革委员会) inside a longer name (澄江财经学院) is that name's place.
        const overlaps = (k: { index: number; alias: string }) => at < k.index + k.alias.length && k.index < at + name.length;
        // An alias strictly inside the name (南屿, 医科大学 of 南屿医科大学) does not make it known.
        const inside = (k: { index: number; alias: string }) => k.index >= at && k.index + k.alias.length <= at + name.length && k.alias.length < name.length;
        if (known.some((k) => overlaps(k) && (!inside(k) || departmentOfShortName({ name, at }, k)))) continue;
        out.push(name);
      }
      return out;
    },
    resolve(name) {
      return find(name)[0]?.school;
    },
  };
}
