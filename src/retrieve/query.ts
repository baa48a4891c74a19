// Reads a question: institutions, time, question type, the kind of figure asked for (unit class,
// qualifier such as 新增 or 累计, largest/smallest), and weighted search terms. The phrases that
// decide these are data (question-words.json).
import { type UnitClass, headerClassOf, numberOf, recognise } from '../text/figures.js';
import { type Lexicon, expand } from '../text/synonyms.js';
import { normalizeForMatch } from '../text/normalize.js';
import { campusNames } from '../text/org-names.js';
import { cut, tag } from '../text/jieba.js';
import { words } from '../text/tokenize.js';
import grammar from './question-words.json' with { type: 'json' };
import { type Ambiguous, type SchoolMatcher, topicAfterDa } from './schools.js';
import { ENGLISH_COHORT, type TimeAsk, parseTime } from './time.js';

export type Intent = 'figure' | 'where' | 'name' | 'yesno' | 'what' | 'catalog';
export type { UnitClass };

export type Qualifier = keyof typeof grammar.qualifiers;
export const QUALIFIERS = grammar.qualifiers as Record<Qualifier, { ask: string[]; report: string[] }>;

export interface Term {
  term: string;
  weight: number;
  /** Which question word it came from (synonyms share their source's key). */
  source: string;
  /** A word of the message's scene carried into one of its parts, not asked by the part itself. */
  scene?: boolean;
}

export interface ParsedQuery {
  question: string;
  schools: string[];
  /** The words that named the institutions (武工程, 西建大): no topic, whatever words they hold. */
  aliases?: string[];
  /** Names that fit several institutions equally well: the reply asks which one. */
  ambiguousSchools: Ambiguous[];
  unknownSchools: string[];
  time?: TimeAsk;
  intent: Intent;
  /** The kind of figure asked for (money for 学费多少, phone for 电话, time for 几天). */
  unit?: UnitClass;
  /** The unit word itself when the question names one (多少篇 → 篇). */
  unitWord?: string;
  /**
   * The words naming what is measured, next to the ask word: 关注者 in "公众号有多少关注者", 办结
   * in "热线办结了多少件", 采用 and 稿件 in "采用了多少篇稿件". They tell figures of one sentence apart.
   */
  measure: string[];
  /** "哪所学校…最多" about one institution: the kind of thing asked for, in the words reports use (学校, 高校, 院校). */
  asksWhich?: string[];
  /** 有哪些问题, 哪几项措施: the thing a list is asked of (问题); its items answer together. */
  listed?: string;
  /** 公开了哪些制度, 发了哪些规定: the answer lists documents by their titles (《…办法》). */
  asksTitles?: boolean;
  /** 首班车几点, 末班几点: the first or the last of a sequence a table numbers (班次：1 …). */
  sequenceEnd?: 'first' | 'last';
  /** Words another part of the same message asks about: a passage naming them is less this part's. */
  contrast?: string[];
  /** Figures an earlier part of the same message was answered with (document and offset): another part asks something else. */
  taken?: { docId: string; at: number }[];
  /** What narrows the figure asked for: 新增, 累计/目前共有, 最高, 平均, 其中. */
  qualifier?: Qualifier;
  /** 哪所学校…最多 / 最少. */
  rank?: 'max' | 'min';
  /** Several institutions are asked about at once (各校, 哪些学校, or two names). */
  cross: boolean;
  /** The question leans on the previous turn (那去年呢？). */
  elliptical: boolean;
  terms: Term[];
  /** A comparison whose institutions each come with their own words (A的软件工程和B的会计学): the question as asked of each. */
  scoped?: Record<string, ParsedQuery>;
}

/** A Latin word is found whole (more, not the more of moreover); a Chinese word anywhere. */
// (A hyphen joins a word into another: higher-vocational is no comparative.)
const has = (q: string, list: string[]) => list.some((w) => (/^[a-z ]+$/.test(w) ? new RegExp(`(?<![a-z-])${w}(?![a-z-])`).test(q) : q.includes(w)));
/** The text with every phrase of the list blanked out, longest first. */
/** The text with the phrases blanked: Chinese ones anywhere, Latin ones as whole words (lower, not the lower of followers). */
const withoutPhrases = (q: string, list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .reduce((t, w) => (/^[a-z ]+$/.test(w) ? t.replace(new RegExp(`(?<![a-z])${w}(?![a-z])`, 'g'), ' ') : t.split(w).join(' ')), q);

/** Heads of a noun phrase that name money (资金, 经费, 金额): the phrase counts yuan, not people. */
const MONEY_HEAD = /^(?:资金|经费|金额|费用|款项|奖金|补助金)$/;

/** True when the words after a noun of people run on as nouns into a head naming money (学生|资助|资金), no verb between. */
function moneyHeaded(words: string[]): boolean {
  for (const w of words) {
    if (MONEY_HEAD.test(w)) return true;
    if (!w.trim() || !tag(w).every((t) => /^(?:n|vn)/.test(t.tag))) return false;
  }
  return false;
}

/** The unit a question names after 多少/几 (多少篇 → 篇), read with the figure recogniser's unit table. */
export function askedUnitWord(q: string): { unit: string; unitClass: UnitClass } | undefined {
  const asked = /(?:多少|(?<![哪那这])几)\s*([\u4e00-\u9fa5%]{1,3})/.exec(q);
  if (!asked || asked[1] === '钱') return undefined;
  // 多少个百分点, and 几个点 of a share (占总支出几个点), are percentage points (图书馆几个点闭馆 asks a time).
  if (/^个?百分/.test(asked[1]!) || (/^个点/.test(asked[1]!) && /占/.test(q.slice(0, asked.index)))) return { unit: '%', unitClass: 'percent' };
  // 多少硕士生, 多少本科生: a noun of people counted, whatever its first character.
  const following = cut(q.slice(asked.index + asked[0].length - asked[1]!.length));
  const at = following.findIndex((w) => w.trim());
  const noun = following[at];
  // (…unless money heads the noun phrase it opens: 多少学生资助资金 counts 资金, 学生 only says whose.)
  if (noun && noun.length >= 2 && /[生员者]$/.test(noun) && !/^[个名位]/.test(noun) && !moneyHeaded(following.slice(at + 1))) return { unit: '人', unitClass: 'people' };
  // 多少个转专业的, 几个报名的: 个 counting a clause made a noun by 的 counts the people who do it.
  const clause = q.slice(asked.index + asked[0].length - asked[1]!.length + 1);
  // (A clause doing something, 报名的, 申请转专业的, 转专业的 — not a thing counted, 多少个省份的, nor 是…的:
  // 有多少个专业是新增的.)
  const doers = /^[\u4e00-\u9fa5]{1,8}的[？?。！!\s]*$/.test(clause) ? tag(clause.replace(/的[？?。！!\s]*$/, '')) : [];
  const acts = doers.length > 0 && !doers.some((t) => t.word === '是') && (doers.some((t) => /^v/.test(t.tag)) || (doers.length === 1 && /^v/.test(tag(doers[0]!.word[0]!)[0]?.tag ?? '')));
  if (/^个/.test(asked[1]!) && acts) return { unit: '人', unitClass: 'people' };
  // 几个专职工作人员, 多少个在校生: 个 counting a noun of people, its modifiers before it, counts people.
  if (/^个/.test(asked[1]!) && peopleCounted(clause)) return { unit: '人', unitClass: 'people' };
  // 几个学分, 多少个小时: the classifier 个 before a unit of its own counts that unit.
  const after = asked[1]!.replace(/^个/, '');
  const counted = after !== asked[1] && after ? recognise(`1${after}`)[0] : undefined;
  const f = counted?.unit && counted.unit !== '个' && counted.start === 0 ? counted : recognise(`1${asked[1]}`)[0];
  if (!f?.unit || !f.unitClass || f.start !== 0) return undefined;
  // 多少本科生: 本 begins a word (本科生), it is no unit (本, volumes) of its own.
  const from = asked.index + asked[0].length - asked[1]!.length + (f === counted ? 1 : 0);
  const word = cut(q.slice(from)).find((w) => w.trim());
  // …unless jieba reads the unit with the ask (几本书, 几本|教材): then it is the classifier.
  const withAsk = cut(q.slice(asked.index)).find((w) => w.trim());
  const classifier = !!withAsk && withAsk.length > asked[0].length - asked[1]!.length;
  // (…and a word jieba does not know, 册书, is the unit and its noun.)
  if (!classifier && word && word.length > f.unit.length && word.startsWith(f.unit) && !(f.unit in UNIT_WORDS) && tag(word).every((t) => t.tag !== 'x'))
    // …but 多少本科生 counts people, as 多少人 would.
    return /[生员者]$/.test(word) ? { unit: '人', unitClass: 'people' } : undefined;
  // 名额几个, 学费多少个: the bare classifier 个 counts the noun before the ask, whose own kind it is.
  if (f.unit === '个' && asked[1] === '个') {
    const before = cut(q.slice(0, asked.index)).filter((w) => w.trim()).at(-1);
    const kind = before && before.length >= 2 ? headerClassOf(before) : undefined;
    if (kind) return { unit: f.unit, unitClass: kind };
  }
  return { unit: f.unit, unitClass: f.unitClass };
}
/** A noun naming people (工作人员, 辅导员, 专任教师, 毕业生). */
export const PEOPLE_NOUN = /(?:[生员者]|教师|老师|职工|人才|干部)$/;

/** Most words of a noun phrase read after a classifier for its head (专职|工作人员). */
const COUNTED_PHRASE_MAX = 4;

/** True when the noun phrase opening `text` (up to a verb or a mark) ends in a noun of people (工作人员, 辅导员, 教师). */
function peopleCounted(text: string): boolean {
  const words: { word: string; tag: string }[] = [];
  for (const t of tag(text)) {
    // (It ends at a verb, 的 or a preposition: 几个学生申请转专业 counts 学生; 学生管理的文件通知 is no noun of people.)
    if (!t.word.trim() || /^[\p{P}]/u.test(t.word) || (/^(?:p|u|c|r|d|y)/.test(t.tag) || /^v(?!n)/.test(t.tag)) || words.length >= COUNTED_PHRASE_MAX) break;
    words.push(t);
  }
  const head = words.at(-1)?.word ?? '';
  return head.length >= 2 && PEOPLE_NOUN.test(head);
}

/** Units that open longer words as units still (人次, 个月). */
const UNIT_WORDS: Record<string, true> = { 人: true, 个: true };

/**
 * The kind of figure a question asks for: the unit it names (多少条 → items), else the wording
 * nearest the end, where the ask is (热线办结率是多少 → percent, not the phone of 热线).
 */
export function askedUnit(q: string): UnitClass | undefined {
  const word = askedUnitWord(q);
  if (word) return word.unitClass;
  // "how much of the fees…": a share or an amount; the figure's words decide, not the ask.
  if (/\bhow much of\b/i.test(q)) return undefined;
  let best: { cls: UnitClass; end: number; length: number } | undefined;
  // An English question asks first ("What number should I call … fee"); a Chinese one last.
  const english = !/[\u4e00-\u9fa5]/.test(q) && /[a-z]{3,}/i.test(q);
  const lower = english ? q.toLowerCase() : q;
  for (const [cls, phrases] of Object.entries(grammar.unitAsks)) {
    for (const p of phrases) {
      const at = english ? lower.indexOf(p) : lower.lastIndexOf(p);
      if (at < 0) continue;
      const key = english ? -at : at + p.length;
      // At the same place the longer phrase says more (how much of: a share, not how much: money).
      if (!best || key > best.end || (key === best.end && p.length > best.length)) best = { cls: cls as UnitClass, end: key, length: p.length };
    }
  }
  if (best) return best.cls;
  // "国家助学金一年各多少": an award or a fee right before the ask (a few words of period between) is its amount.
  if (AMOUNT_BEFORE_ASK.test(q)) return 'money';
  // "助学金二档，哪个高", "谁的住宿费更便宜": an award or a fee compared is compared by its amount (not by its 名额).
  if (AMOUNT_WORD.test(q) && COMPARED.test(q) && !/名额|人数|人次|比例|[^效频概税汇]率/.test(q)) return 'money';
  if (/多少|几|多高|多大|怎么样/.test(q) && /率|比例|占比/.test(q)) return 'percent';
  // A question that ends in a rate (…毕业去向落实率) asks for the rate.
  if (/(?:[^效频概税汇]率|比例|占比)[？?。！!\s]*$/.test(q)) return 'percent';
  return undefined;
}

/** An award or a fee, and a comparison of amounts (哪个高, 谁更便宜, 最贵). */
const AMOUNT_WORD = /奖学金|助学金|补助|补贴|津贴|学费|住宿费|费用|收费/;
// (Closing the question: 最低生活保障 inside it compares nothing.)
const COMPARED = /(?:(?:哪个|哪所|哪家|谁)[^，。？?]{0,6}?(?:更)?(?:高|低|贵|便宜)|(?:更|最)(?:高|低|贵|便宜))(?:一些|一点)?[吗呢啊]?[？?。！!\s]*$/;

/** An award or a fee named right before 多少 (国家助学金一年各多少, 住宿费每年多少). */
const AMOUNT_BEFORE_ASK = /(?:奖学金|助学金|补助|补贴|津贴|学费|住宿费|费用|[\u4e00-\u9fa5]费)(?:最高|最低)?(?:[一二三四五六1-6]档|[一二三四五特]等)?(?:每|一)?(?:学?年|个?月|学期)?(?:各|分别|大概|大约)?(?:欠到|攒到|涨到|降到|交到|累计到?)?(?:要|得|需要)?(?:是|为|有)?多少(?:钱)?(?:[？?。！!\s]*$|就|才)/;

/** Words that end an English noun phrase: verbs, prepositions, conjunctions. */
const EN_PHRASE_END = /^(?:did|does|do|was|were|is|are|has|have|had|will|can|could|would|should|of|in|for|at|by|to|from|on|with|and|or|than|that|which|who|per)$/i;
const ASK_WORD = /^(?:多少|几|多大|多久|多长|哪天|什么时候|啥时候|how|what)/;
const GLUE = new Set(grammar.glue);
/** Words that only join a question's parts (有, 是, 面向, 总结): never a thing a document must name. */
export const isGlue = (w: string) => GLUE.has(w);
const OPINION_VERBS = grammar.opinionVerbs;
/** The word before an opinion verb a word ends in (毕业生 of 毕业生觉得, a row name ingest added); the word otherwise. */
export function withoutOpinionVerb(w: string): string {
  const verb = OPINION_VERBS.find((v) => w.length > v.length && w.endsWith(v));
  return verb ? w.slice(0, -verb.length) : w;
}
const HAND_OVER_VERBS = new Set(grammar.handOverVerbs);
/** Verbs of handing papers over (发给学院, 交至人事处): how they travel, never a thing a document must name. */
export const isHandOver = (w: string) => HAND_OVER_VERBS.has(w);
/** One-character verbs that say how, not what (想, 拿): other one-character verbs (借, 住, 退) are topics. */
const LIGHT_VERBS = new Set(grammar.lightVerbs);
/** Verbs of reaching or refusing (欠到, 不让) that say how, never what is measured. */
const HOW_VERBS = new Set(grammar.howVerbs);
/** A one-character verb that names an act the documents regulate (借几本书, 住几年): a light topic of its own. */
/** One-character words that close an office's name (收费科, 报到处) or a rate's (离职率): jieba cuts them off a word it knows. */
const OFFICE_END = /^[科处室股率]$/;

/** 收费|科 → 收费科, 离职|率 → 离职率: a word and a one-character head are one name, not the word alone. */
export function withOfficeSuffix(tokens: string[], text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1];
    if (next && OFFICE_END.test(next) && /^[\u4e00-\u9fa5]{2,4}$/.test(w) && text.includes(w + next) && /^(?:n|vn|v)/.test(tag(w)[0]?.tag ?? '')) {
      out.push(w + next);
      i++;
    } else out.push(w);
  }
  return out;
}

const INTENT_VERBS = new Set(grammar.intentVerbs);
/** Tokens that may stand between an intent verb and its act: a time (这个春天, 明年), a pointer, an adverb. */
const BEFORE_ACT = /^(?:t|r|d|m|q|f|p)/;
const ASKS = /^(?:怎么|怎样|如何|什么|啥|哪|多少|几)/;

const PERSON_WORDS = new RegExp(grammar.persons.join('|'));

/**
 * 我打算这个春天应征入伍: an intent verb after the asker (or no subject) and before the act it intends is the asker's
 * plan, not a topic; 今后打算 or 学校明年打算招多少人 (an institution's plans) is one.
 */
export function intendsAct(text: string, w: string): boolean {
  if (!INTENT_VERBS.has(w)) return false;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const subject = text.slice(0, at).split(/[，,。；;？?！!\s]/).at(-1)!;
    if (subject && !PERSON_WORDS.test(subject)) continue;
    const next = tag(text.slice(at + w.length, at + w.length + 16)).find((t) => !(BEFORE_ACT.test(t.tag) && !ASKS.test(t.word)));
    if (next && next.tag !== 'x' && next.word.length >= 2 && !ASKS.test(next.word)) return true;
  }
  return false;
}

const topicalVerb = (w: string) => w.length === 1 && !GLUE.has(w) && !LIGHT_VERBS.has(w) && /^v/.test(tag(w)[0]?.tag ?? '');
const COLUMN_SELECTORS = new Set(grammar.columnSelectors);
/** Words for a phone number, which the number itself answers. */
const PHONE_WORDS = /^(?:电话|号码|电话号码|手机|手机号|热线|联系方式|联系电话|咨询|联系|询问|问询|打听)$/;
const HEADS = new Set(grammar.heads);
/** A department of an institution named in full (信息工程学院, 中文系), not 二级学院 or 各学院. */
// (One character before 学院 names one too, 文学院, 商学院, 医学院 — not a pointer, 本学院, 该学院, 我学院.)
export const isDepartmentName = (w: string) =>
  /^(?!二级|各|本|该|哪|几|所有|全部|下属|其他|其它)[\u4e00-\u9fa5]{2,10}(?:学院|学部|(?<![体关联派水直旁谱星语世母])系)$/.test(w) ||
  /^(?![本该各哪几分全此其每某贵我你他她它])[\u4e00-\u9fa5]学院$/.test(w);

/** 人数, 数量, 金额: nouns that name a measure in general; the figure's unit answers them. */
export const isGenericHead = (word: string) => HEADS.has(word);
/** 普通, 一般: the ordinary kind of a thing, which every document has whether or not it says so. */
const PLAIN_KINDS = new Set(grammar.plainKinds);
export const isPlainKind = (word: string) => PLAIN_KINDS.has(word);
const CONTENT = /^(?:n|nr|ns|nt|nz|nw|vn|v|vd|an|a|x|eng|l|j|i)$/;

/**
 * The measure: the first content word after the ask ("多少篇稿件" → 稿件), and the nearest content
 * word before it unless 有/是 stands between and a word follows ("有多少关注者" → 关注者 only).
 */
export function measureWords(rest: string, comparative = false): string[] {
  const tokens: { word: string; tag: string }[] = [];
  // 几天内要提申诉: the span asked closes with 内 (within), which jieba joins to the next word (内要).
  rest = rest.replace(/((?:几|多少)个?(?:天|日|工作日|周|星期|个月|月|年|小时))内/g, '$1');
  // jieba cuts 阅读量 into 阅读 + 量 and 关注者 into 关注 + 者: a measure suffix joins its word.
  for (const t of tag(rest)) {
    if (!t.word.trim()) continue;
    const prev = tokens.at(-1);
    if (prev && /^(?:量|率|数|者|额|费)$/.test(t.word) && CONTENT.test(prev.tag)) prev.word += t.word;
    // (…and 军训哪天 into 哪 + 天: the ask is 哪天.)
    else if (prev?.word === '哪' && /^(?:天|一天)$/.test(t.word)) Object.assign(prev, { word: `哪${t.word}`, tag: 'r' });
    // 被用了, 被转: a passive verb is one word, what happened to the thing counted (稿子被用了几篇).
    else if (prev?.word === '被' && /^[vp]$/.test(t.tag) && t.word.length === 1) Object.assign(prev, { word: `被${t.word}`, tag: 'v' });
    else if (prev && /^被.$/.test(prev.word) && t.word === '了') prev.word += t.word;
    // A number and the word that makes it a row's name (6 + 人间, 3 + 号楼) name a row, no measure.
    else if (prev && ROW_NAME.test(prev.word + t.word) && /^(?:m|x|eng)$/.test(prev.tag)) Object.assign(prev, { word: prev.word + t.word, tag: 'row' });
    else tokens.push({ ...t });
  }
  // 谁家官网发的信息更多: the comparative closing the question (taken out of rest) asks, as 多少 would.
  const asked = tokens.findIndex((t) => ASK_WORD.test(t.word));
  const ask = asked < 0 && comparative ? tokens.length : asked;
  if (ask < 0) return [];
  // "How many job fairs did…": in English the measure is the noun phrase after the ask, up to its verb.
  if (ask < tokens.length && /^[a-z]/i.test(tokens[ask]!.word)) {
    const phrase: string[] = [];
    for (const t of tokens.slice(ask + 1)) {
      if (!/^[a-z-]+$/i.test(t.word) || EN_PHRASE_END.test(t.word)) break;
      if (phrase.length === 0 && /^(?:many|much|the|a|an|is|was|are|were)$/i.test(t.word)) continue;
      phrase.push(t.word.toLowerCase());
    }
    if (phrase.length >= 2) return [phrase.join(' ')];
  }
  // 各是, 分别是 steer a comparison, 每人每年 distributes; they measure nothing.
  // (…nor do verbs of reaching, 欠到, or of refusing, 不让: they say how, not what is measured.)
  const content = (t: { word: string; tag: string }) =>
    CONTENT.test(t.tag) && !GLUE.has(t.word) && [...t.word].length > 1 && !ASK_WORD.test(t.word) && !/^(?:各|分别|都是|也是|每)/.test(t.word) && !HOW_VERBS.has(t.word);
  const afterAt = tokens.findIndex((t, k) => k > ask && k < ask + 4 && content(t));
  // (A noun before a noun of people is one measure with it: 专职|工作人员 — the first says which people are counted.)
  const next = afterAt >= 0 ? tokens[afterAt + 1] : undefined;
  // (…never a unit before it: 人次|学生 counts 学生 in 人次.)
  const isUnit = (w: string) => recognise(`1${w}`)[0]?.unit === w;
  const compound =
    afterAt >= 0 && next && /^n/.test(tokens[afterAt]!.tag) && !isUnit(tokens[afterAt]!.word) && /^n/.test(next.tag) && PEOPLE_NOUN.test(next.word) && (tokens[afterAt]!.word + next.word).length <= COMPOUND_MEASURE_MAX;
  const after = afterAt < 0 ? undefined : compound ? tokens[afterAt]!.word + next!.word : tokens[afterAt]!.word;
  let i = ask - 1;
  let linked = false;
  // A one-character verb right before the ask (借几本书, 住几年) is what is measured: the act counted…
  // (…unless a noun naming an amount comes before it: 住宿费要缴多少 measures 住宿费.)
  const amountBefore = tokens.slice(0, Math.max(i, 0)).some((t) => /^n/.test(t.tag) && headerClassOf(t.word) !== undefined);
  if (i >= 0 && !after && topicalVerb(tokens[i]!.word) && !amountBefore) return [tokens[i]!.word];
  while (i >= 0 && !content(tokens[i]!)) {
    if (/^(?:有|是|为|达到?)$/.test(tokens[i]!.word)) linked = true;
    // (A row named right before the ask, 6人间多少钱, is what is asked of: the words before it are its scene.)
    if (tokens[i]!.tag === 'row') {
      i = -1;
      break;
    }
    i--;
  }
  // (开考后多久才能交卷: the word before 后 is when the time starts, not what is timed — the word after the ask is.)
  const since = i >= 0 && after && /^(?:后|以后|之后)$/.test(tokens[i + 1]?.word ?? '');
  const before = i >= 0 && !(linked && after) && !since ? [tokens[i]!.word] : [];
  // A generic head (信息 of 干部任免信息) takes the words right before it along.
  for (let k = i - 1; before.length && HEADS.has(before.at(-1)!) && k >= 0 && k >= i - 2 && content(tokens[k]!); k--) before.unshift(tokens[k]!.word);
  // "拿到学位的比例": a share's head names what it is the share of, across 的 (学位 → 学位授予率, not 毕业率).
  if (before.length === 1 && SHARE_HEAD.test(before[0]!) && tokens[i - 1]?.word === '的' && i >= 2 && content(tokens[i - 2]!) && /^n/.test(tokens[i - 2]!.tag))
    before.unshift(tokens[i - 2]!.word);
  return [...new Set([...before, after].filter((w): w is string => !!w))];
}

/** Words that name a share of something (比例, 占比): the noun before them says of what. */
const SHARE_HEAD = /^(?:比例|占比|比重|百分比)$/;
/** Longest compound of two nouns read as one measure after the ask (专职工作人员). */
const COMPOUND_MEASURE_MAX = 6;

/** The qualifier a question asks for (新增, 累计…), if any. */
export function askedQualifier(q: string): Qualifier | undefined {
  for (const [name, words] of Object.entries(QUALIFIERS)) if (has(q, words.ask)) return name as Qualifier;
  // 延长多少, 上浮多少: a verb of change asked by how much (not the most a rule allows, 最多能延长多少天).
  if (new RegExp(`(?:${[...QUALIFIERS.change.report, '增加', '多加'].join('|')})了?(?:多少|几)`).test(q) && !BOUND_OF_CHANGE.test(q)) return 'change';
  return undefined;
}

/** 最多能延长多少天, 不超过: the most a rule allows, a bound, not a change that happened. */
const BOUND_OF_CHANGE = /(?:最多|最长|至多|最高)(?:能|可以|可|能够)?(?:延长|增加|上浮|提高)|不超过/;

/** The comparative word that closes a clause: 谁便宜, 哪个更高一些呢. */
const COMPARATIVE_END = /(?:更|最|比较|要)?(?:便宜|多|高|贵|大|长|少|低|小|短)(?:一些|一点|些)?(?:呢|啊|吗|呀)?(?=[？?。！!，,\s]*$)/;

/** 哪个…多 / 谁的…高: a comparison that asks which is larger or smaller. */
const COMPARATIVE = /(?:哪个|哪所|哪家|哪一个|哪一所|谁)[^？?。]*?(多|高|贵|大|长|少|低|便宜|小|短)/;

function askedRank(q: string): 'max' | 'min' | undefined {
  if (has(q, grammar.rank.max)) return 'max';
  if (has(q, grammar.rank.min)) return 'min';
  if (!COMPARATIVE.test(q)) return undefined;
  // The comparative closing the clause decides (少数民族学生多 asks which has more).
  const c = COMPARATIVE_END.exec(q.replace(/[？?。！!\s]+$/, ''));
  if (c) return /多|高|贵|大|长/.test(c[0].replace(/^(?:更|最|比较|要)/, '')[0] ?? '') ? 'max' : 'min';
  return /多|高|贵|大|长/.test(COMPARATIVE.exec(q)![1]!) ? 'max' : 'min';
}

/** Tags jieba gives the characters of a name it does not know (岫|川 of 在岫川的): a place, a person, an abbreviation. */
const NAME_PIECE = /^(?:ns|nr|j|nz|ng)$/;

/** Two single characters jieba cut a name it does not know into (岫 + 川), joined back into that name. */
function joinedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    const piece = (w: string) => /^[\u4e00-\u9fa5]$/.test(w) && NAME_PIECE.test(tag(w)[0]?.tag ?? '');
    if (b !== undefined && piece(a) && piece(b)) {
      out.push(a + b);
      i++;
    } else out.push(a);
  }
  return out;
}

/** A score asked by its extreme (最低多少分, 最高能考几分): the column a table names 最低分 or 最高分. */
const NAMED_EXTREME = /(最低|最高)(?:分(?=是|为|多少|几|\s*[？?]|$)|(?:是|能|要|录取|投档|录|考)?(?:多少|几)分)/;

/** A question that ends in a measure (总人数, 升学率, 金额), with nothing asked after it. */
const MEASURE_END = /(?:人数|总数|数量|总额|金额|比例|占比|[^效频概税汇]率|费用|学费|住宿费|薪资|月薪|工资|分数线|最低分|最高分|平均分|位次)[？?。！!\s]*$/;
/** …but not one asking how to find it or which of two counts (怎么查位次, 看分数还是看位次). */
const NOT_THE_MEASURE = /还是|怎么查|如何查|在哪查|怎么看|怎么算/;

function intentOf(q: string, cross = false, rank?: 'max' | 'min'): { intent: Intent; unit?: UnitClass } {
  const unit = askedUnit(q);
  const withUnit = (intent: Intent) => ({ intent, ...(unit ? { unit } : {}) });
  // 体检报告, 审计报告: reports of other kinds are things a document talks about, not the documents collected.
  if (/(?<!体检|检查|检测|审计|评估|自评|鉴定|诊断|调查|分析)报告/.test(q) && /(哪一?年|哪些报告|几份|什么时[候间]|哪几份|覆盖|收录|各是)/.test(q) && !/就业质量|质量年/.test(q))
    return { intent: 'catalog' };
  // 这三份文件分别是哪天发布的, 那份办法什么时候印发的: the documents and their publication dates.
  // (…not the number of a document another body issued that one cites, 《事业单位人事管理条例》是国务院令第几号: its passage says it.)
  if (ASKS_PUBLISHED.test(q) || (ASKS_DOC_NUMBER.test(q) && !CITED_DOC.test(q))) return { intent: 'catalog' };
  // (…whose number, 教育部令第41号, is a name the passage writes, not a figure.)
  if (ASKS_DOC_NUMBER.test(q)) return { intent: 'what' };
  // "有男女比例限制吗": a 吗 question that asks no amount asks whether, whatever figure word it holds (比例).
  // (…有变化吗, 一样吗 compare figures: they are asked.)
  // (A polite ask for it, 能告诉我…吗, 可以查到…吗, or a figure to confirm, 是98%吗, asks the figure.)
  const asksWhether = /吗[？?]?$/.test(q) && !/多少|几|什么时候|啥时|哪天|何时|多久|多长|多高|多大|变化|变了|一样|相同|不同|区别|涨|降|告诉|说一下|说说|查到|知道|\d/.test(q);
  // A date, a duration or a phone number is a figure too: 什么时候公示 is answered by 7月10日至7月16日.
  if (
    !asksWhether &&
    (
    // 哪几个 asks which ones (a list), not how many; 那几件, 这几个 point at ones already named.
    /多少|(?<![哪那这])几[个条篇次项名人期场件份门所位家起处天年号月]|几点|数量|how many|how much|number of|率是|比例|什么时候|啥时候|啥时|哪天|哪几天|哪几号|何时|几号|几月|多久|多长时间|^\s*when\b|\bhow long\b/i.test(q) ||
    // "What was the minimum admission score…": an English what-question of a kind of figure asks for it.
    // …wherever it opens its clause ("After the 2015 adjustment, what is the annual tuition…").
    // (A Chinese gloss in brackets, "automotive college (汽车工程学院)", keeps it an English question.)
    (/(?:^|[,，;])\s*what\b/i.test(q) && unit !== undefined && unit !== 'phone' && !/[\u4e00-\u9fa5]/.test(q.replace(/[（(][^）)]*[）)]/g, ''))) ||
    (cross && rank !== undefined) ||
    // 哪个学费贵: a comparison of a kind of figure asks for the figure.
    (rank !== undefined && unit !== undefined))
  ) {
    return { intent: 'figure', unit };
  }
  // Contact details and names are answered by a string, not a counted figure.
  if (
    /叫什么|叫啥|叫个啥|名称是|名字|电话|号码|邮箱|网址|地址|哪个(?:部门|单位|机构|处室|科室)|哪些(?:部门|单位|机构)|由谁|谁负责|what'?s the name|name of|called|phone|email|(?:what|which) number|which (?:office|department)/.test(
      q,
    )
  )
    return withUnit('name');
  if (
    /(?<!存)在哪|去哪(?![个所家些])|到哪(?![个所家些])|哪里|哪儿|哪个栏目|哪个平台|哪些平台|哪些渠道|什么渠道|通过什么|什么方式|怎么让|怎么知道|如何|怎样|在什么|where|which platform|how (?:do|can|did)/.test(
      q,
    )
  ) {
    return withUnit('where');
  }
  if (
    /吗[？?]?$|有没有|是否|会不会|能不能|有无/.test(q) ||
    (/\b(?:is|are|does|do|can|will)\b/.test(q) && !/\b(?:what|which|how|where|when|who|whom)\b/.test(q))
  )
    return withUnit('yesno');
  // 落实率怎么样, 升学率如何: a rate asked about is asked for.
  if (/(?:[^效频概税汇]率|比例|占比)(?:怎么样|如何|咋样|高不高|怎样)/.test(q)) return { intent: 'figure', unit: unit ?? 'percent' };
  // A bare measure ("毕业生总人数", "本科升学率", "住宿费？") asks for its figure.
  if (MEASURE_END.test(q) && !NOT_THE_MEASURE.test(q)) return { intent: 'figure', unit };
  return withUnit('what');
}

const ELLIPTICAL =
  /^(?:那|那么|那个|还有|再问)|呢[？?]?$|^(?:and|what about|how about)\b|^(?:(?:联系|咨询)?电话|(?:电子)?邮箱|地址|网址|时间|地点)(?:是)?(?:多少|是什么|是啥|在哪|在哪儿|在哪里)?[？?]?$/i;
/** Words that only steer (time, question form) and say nothing about the topic. */
const NON_TOPIC_WORDS =
  /^(?:去年|今年|前年|大前年|本年|本年度|上年|学年|上学年|本学年|这学期|这个学期|本学期|这次|这一次|本次|下一步|最新|最近|近期|\d{1,4}年?|\d+学年|发了|多少条|几条|几次|几[个起点号天件项位名人篇条次场期份所家门]|多少[个起点号天件项位名人篇条次场期份所家门]|多少|多大|多高|多长|多久|多远|有几|时候|什么时候|啥时候|何时|那么|那个|那|呢|请问|一项|每项|知道|想|问|一下|是|有|吗|last|year|this|latest|recent|about|tell|me|please|呀)$/;
/** …and the people a question is for (孩子, 家长) and words of a period asked (段时间), from the data. */
const NON_TOPIC = new RegExp(`${NON_TOPIC_WORDS.source}|^(?:${[...grammar.persons, ...grammar.timeAsks, ...grammar.steering].join('|')})$`);
/** "哪家单位", "哪所学校", "哪个专业": with one institution named, the thing asked for. */
const WHICH_THING = /哪(?:一)?(?:家|个|所|些)(?:国外|境外|外国|省内|省外|本地|外地|国内)?(单位|企业|公司|学校|高校|大学|专业|城市|省份|行业|学院)/;

/** The period a change is measured from: 比上年, 较去年, 比上一届, 同比. */
const CHANGE_FROM = /(?:比|较|相比|与)(?:上一?年度?|去年|上一?届|前一年|往年|上学年)(?:同期)?|同比/g;

/** "不是去向落实率那个", "不要签约率": a thing the question sets aside. */
// (Only as a clause of its own, so 是不是公办的 and 要不要复查 set nothing aside.)
// (…or in brackets: 普通本科（不是浙大）.)
// (…or a longer phrase with 的, 不是科研处主页的新闻稿: its pieces either side of 的 are what is set aside.)
// (…also after 我问的 or 我说的, and before a closing particle: 我问的不是学校官方抖音号哈.)
const NOT_THAT = /(?<=^|[，,。？?！!\s（(]|(?:问|说|指|要)的)(?:不是说|不是|并非|不含|不包括)((?:(?![吗嘛么])[\u4e00-\u9fa5]){2,14}?)(?:那个|那种|那项|的那个)?(?:哈|啊|呀|哦|喔)?(?=[，,。？?！!）)]|$)/g;

/**
 * "别跟资产处置公告那个数弄混", "国际交流处那个二级网站的不算": the asker names a tempting neighbour to leave out.
 * (Each a clause of its own: 不算多 or 算不算 set nothing aside.)
 */
const MIXED_UP = /(?<=^|[，,。？?！!\s（(])(?:别跟|别和|不要跟|不要和|别与|不要与)((?:(?![吗嘛么])[\u4e00-\u9fa5]){2,14}?)(?:那个数|那个数字|的数|那个|那些)?(?:弄混|搞混|混了|混淆|搞错|弄错|混在一起)(?:了)?(?:哈|啊|呀|哦|喔)?(?=[，,。？?！!）)]|$)/g;
// (Not an ask whether it counts: 收入算不算, 是不是不算.)
const NOT_COUNTED = /(?<=^|[，,。？?！!\s（(])((?:(?![吗嘛么])[\u4e00-\u9fa5]){2,14}?)(?<![算是])(?:那个|那些|那块|的)?(?<![算是])(?:不算|除外|别算|不要算|不用算|不计)(?:在内|进去)?(?:哈|啊|呀|哦|喔)?(?=[，,。？?！!）)]|$)/g;

/** Shortest Latin word read as pinyin (Nanhu): shorter ones are English words more often than names. */
const ROMANIZED_MIN = 5;
/** True when the question types the word with a capital (Huangjiahu), as names are. */
const capitalised = (question: string, w: string) => new RegExp(`(?<![A-Za-z])${w[0]!.toUpperCase()}${w.slice(1)}(?![A-Za-z])`).test(question);

/** A question opening with an event and what comes after it (录取后, 入学以后). */
const OPENING_EVENT = /^([\u4e00-\u9fa5]{2})(?:以后|之后|后)(?![天年月日周])/;

/** A word followed by another name for it in brackets: 调档（提档）. */
const ALTERNATE_NAME = /([\u4e00-\u9fa5]{2,12})[（(]([\u4e00-\u9fa5]{2,8})[）)]/g;
/** Two words joined by a slash (调档/提档): either one. */
const SLASHED = /([\u4e00-\u9fa5]{2,12})[/／]([\u4e00-\u9fa5]{2,12})/g;

/** "除了学费住宿费(以外)，还…": the things excepted from what is asked. */
const EXCEPT = /(?:除了|除去|除开|(?<![\u4e00-\u9fa5])除)([\u4e00-\u9fa5、]{2,12}?)(?:以外|之外)?(?=[，,]|还|也|另外)/g;

/** "有哪些问题", "哪几项改进措施", "what problems": a list asked, and the thing its items are. */
const LIST_ASK = /(?:哪几个?方面|哪些|哪几[个项条种点类]|有什么|都有啥|有啥|(?:满足|具备|符合|准备|带|提交|需要)什么|存在(?:什么|啥))(?:方面的)?([\u4e00-\u9fa5]{2,12}?)(?=[？?。，,！!]|$)|\bwhat (problems|issues|measures|shortcomings|weaknesses)\b/i;
const ENGLISH_LISTED: Record<string, string> = { problems: '问题', issues: '问题', shortcomings: '问题', weaknesses: '问题', measures: '措施' };

/** When documents were published: a document word, a when-ask and a verb of publishing. */
/** Words naming a kind of document, whose publication date may be asked (not 公告: 拟录取名单公告什么时候发布 asks a date the document gives). */
const PUBLISHED_DOCS = '文件|报告|通知|章程|办法|细则|公示|年报|简章|须知|指南|规定|问答|决算|方案|规则';
/** Things a document announces, whose own date a question asks (名单什么时候公布), not the document's. */
const ANNOUNCED = '名单|结果|成绩|合同|通知书|录取|分数线';
const WHEN = '哪天|哪一天|什么时候|啥时候|何时|几号|几月几号|日期';
/** English words for a document whose date may be asked. */
const ENGLISH_DOCS = 'document|notice|report|charter|brochure|guide|regulation|rules|announcement|prospectus';
const ENGLISH_WHEN = String.raw`\b(?:what|which) (?:date|day)\b|\bwhen\b`;
/** Things a document announces whose own date an English question asks (results, offer letters, the list). */
const ENGLISH_ANNOUNCED = 'results?|letters?|lists?|cards?|scores?|offers?|certificates?|tickets?|grades?|schedules?|names?|admissions?';
export const ASKS_PUBLISHED = new RegExp(
  String.raw`(?:${PUBLISHED_DOCS})(?:(?!${ANNOUNCED})[^？?。]){0,12}?(?:${WHEN})[^？?。]{0,4}?(?:发布|印发|公布|出台|发的|发出|签发|下发|颁布)` +
    // (Several documents named one by one, 简章、…的处分规定、…的资助问答，分别是哪天发的: a longer reach.)
    String.raw`|(?:${PUBLISHED_DOCS})[^？?。]{0,40}?[、和及][^？?。]{0,40}?(?:分别|各)[^？?。]{0,6}?(?:${WHEN})[^？?。]{0,4}?(?:发布|印发|公布|出台|发的|发出)` +
    String.raw`|(?:${PUBLISHED_DOCS})(?:(?!${ANNOUNCED})[^？?。]){0,12}?(?:发布|印发|公布|出台)(?:日期|时间|于哪天)` +
    // (The date a document is signed under, its 落款: 落款是哪天, 落款日期分别是.)
    String.raw`|落款(?:的)?(?:日期|时间)|落款[^？?。]{0,6}?(?:${WHEN})` +
    // (…asked in English: what date is each one signed, whose document was issued first.)
    // (Only where a document word is typed: when is the student card issued asks a date a document gives.)
    // (…nor what a document announces: when will offer letters be issued, according to the brochure.)
    String.raw`|^(?=[^?]*\b(?:${ENGLISH_DOCS})s?\b)(?![^?]*\b(?:${ENGLISH_ANNOUNCED})\b)[^?]*?(?:(?:${ENGLISH_WHEN})[^?]{0,60}?\b(?:signed|issued|dated|published)\b|\b(?:signed|issued|dated|published)\b[^?]{0,30}?(?:${ENGLISH_WHEN}))`,
  'i',
);

/** A document pointed at (这份…通知里, 那个章程中): its deictic and document word, with the words between kept. */
// (A classifier after 这/那 points: 那学校网站公示了几条 is a follow-up's 那, and 公示 there an act, not a document.)
// (Not 该 of 应该, nor across an ask or a verb of being, 这个学费标准是哪个文件规定的, nor 通知书, 规定的.)
const POINTED_DOC = /(?:这份|那份|这个|那个|这篇|那篇|这则|(?<![应])该)([^\s是哪什谁吗呢为有在要\p{P}]{0,10}?)(?:文件|报告|通知|章程|办法|细则|年报|简章|须知|指南)(?![书单])(?:里面|里|中|上)?/gu;
/** A document as the place something is said (报告里说, 章程中写的, 年报里提到, 年报说): where to look, no topic. */
const INSIDE_DOC = /(?:文件|报告|年报|通知|章程|简章|细则|办法|规定|指南|须知)(?:(?:里面|里|中)(?:说|写|讲|提到|规定)?|(?:上说|说|讲|提到|写着?)(?=的|了|[：:，,]|是|哪|什么|几|多少|有|$))的?/g;

/** The words a question points at a document with (这份公办高校学费通知 → 公办, 高校, 学费). */
export function pointedDocWords(question: string): string[] {
  const norm = normalizeForMatch(question);
  return [...norm.matchAll(POINTED_DOC)].flatMap((m) => words(m[1]!).filter((w) => w.length >= 2));
}

/** A document's number asked (文号, 发文字号): the documents and the numbers they print (…〔2025〕17号). */
/** When something was issued, its document named elsewhere in the message (文号是多少？哪天印发的？). */
export const ASKS_ISSUED_WHEN = new RegExp(String.raw`(?:${WHEN})[^？?。]{0,4}?(?:发布|印发|公布|出台|发的|发出|签发|下发|颁布)`);
/** A document another body issued, named or cited (《…》, 依据的…, 国务院令, 省人社厅那个文件, 废止的旧文件). */
const CITED_DOC = /《[^》]{2,60}》|依据|根据|按照|引用|废止|替代|取代|代替|旧|原来|国务院|教育部|部令|令第|省(?:里|人社厅|教育厅|财政厅|物价局|发改委)|上级/;
export const ASKS_DOC_NUMBER = /文号|发文字号|发文号|文件编号|令第几号|第几号令|document number/i;

/** 哪些…制度/规定/办法/文件: documents asked for, answered by their titles. */
const ASKS_TITLES = /(?:哪些|哪几[个项份部]|什么)[^？?。，,]{0,12}?(?:制度|规定|办法|文件|条例|规章|细则|政策)|(?:which|what) (?:\w+ ){0,3}(?:regulations|rules|policies|documents)\b/;

/** Words reports use for the thing asked (去得最多的学校 → 人数最多的高校). */
const WHICH_KIN: Record<string, string[]> = {
  学校: ['高校', '院校', '大学'],
  单位: ['用人单位', '企业'],
  公司: ['企业', '单位'],
  企业: ['单位', '公司'],
  城市: ['城市'],
  省份: ['省份', '地区'],
};

/**
 * "在哪里考", "去哪报到", "地址在哪": a place asked, not a channel (在哪里能看到 asks where to look).
 * Reports label places 地点 and 地址: these words join the question at a synonym's weight.
 */
const ASKS_PLACE =
  /(?:在|去|到|于)(?:哪里|哪儿|哪|什么地方|哪个校区|哪个地方)(?:考试?|参加考试|报到|报名|办理?|领取?|面试|复试|体检|集合|上课|住|交|缴|举行|进行)|(?:考试|面试|复试|报到|体检|集合)(?:在|是在)(?:哪里|哪儿|哪|什么地方)(?:举行|进行)?|(?:地点|地址|位置)(?:在哪|是哪|是什么|在什么)|(?:办公室|室|(?<![好难长用益坏])处|招生办|办|中心|大楼|楼|馆|报名点|考点|体检点|教学点|网点|厅)(?:在|是在)(?:哪里|哪儿|哪|什么地方)[？?。！!\s]*$|^\s*(?:在|去|到|是在)(?:哪里|哪儿|哪|什么地方)[？?。！!\s]*$|\bwhere (?:is|are|will|do|does|can) [^?]*\b(?:held|take place|located|report|registration|exam)|\baddress\b/i;
const PLACE_WORDS = ['地点', '地址'];

/**
 * "在哪间办公室", "哪栋楼": the kind of place asked closes the question; the place the document writes
 * (行政楼B112室) answers it, so the kind is no word a passage must hold.
 */
const ASKED_PLACE_KIND = /哪(?:一)?(?:间|个|栋|座|层|幢|块)(办公室|房间|教室|大楼|楼栋|楼层|楼|校区|室|地方|位置|地点|场地)(?=[？?。！!\s]|呢|啊|吗|考|办|交|领|报到|上课|$)/u;
/** The institution's location asked (在哪个城市, which city): its address answers. */
// (The clause must end there: 毕业生在哪个城市就业最多 asks where graduates work, not where the school is.)
export const ASKS_LOCATION =
  /(?:在|位于|地处|坐落在|坐落于)(?:哪个|哪座|什么|哪一个)(?:城市|省份|省|市(?!场))(?=[？?。！!\s]|呢|啊|吗|$)|哪个省哪个市|which (?:city|province) (?:is|are)\b|what city (?:is|are)\b|where is [^?]{0,60}located/i;
const LOCATION_WORDS = /城市|省份|哪个省|哪个市|\bcity\b|\bprovince\b|\blocated\b/gi;

const EN_NUMBERS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', single: '1', double: '2' };
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DAY =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![-\d])/gi;

/** A room for a number of people written in English: 6-person room, four-bed dorm, double room. */
const EN_ROOM =
  /(?<![a-z\d])(\d{1,2}|one|two|three|four|five|six|seven|eight|single|double)[\s-]*(?:person|people|bed|student|man)?s?[\s-]*(room|dorm|dormitory|bedroom)s?(?![a-z])/gi;

/** Modal verbs that open a word no dictionary knows (能转, 能办): 能源 and 能力 are words of their own. */
const MODAL = /^(?:能否|能不能|可不可以|可以|能够|能|可否|会不会)(?=[\u4e00-\u9fa5])/;
/** Prepositions jieba runs into an unknown name after them (从凤栖机场, 到棠州). */
const LEADING_PREPOSITION = /^[从到在去往向跟对]/;
/** Words for the institutions themselves (学校, 单位): every report is about one, so they name no topic. */
/** How much an institution word naming a kind of thing (高校 of 高校专项计划) weighs. */
const INSTITUTION_KIND_WEIGHT = 0.5;
const INSTITUTION_WORDS = /^(?:学校|校园|单位|院校|高校|本校|我校|贵校|学院|大学|school|college|university|institution)$/;
/** Any word holding a question word (多少钱, 几点, 什么样) asks; it names nothing. */
const ASKING = /多少|几|什么|怎么|哪|吗|啥|咋/;

const TIME_WORDS =
  /(?:19|20)?\d{2}\s*[-~～至到—]\s*(?:19|20)?\d{2}\s*学年|(?:19|20)\d{2}\s*(?:年度?|届)|(?<![\d.])[12]\d\s*届|[12]\d\s*年(?!级)|大前年|前年|去年|今年|本年度?|上一?学年|本学年|这学年|上一?年|最新|最近|近期/g;

/** How much a report's wording counts against the word the user typed. */
const SYNONYM_WEIGHT = 0.75;

export interface QueryContext {
  matcher: SchoolMatcher;
  lexicon: Lexicon;
  today: Date;
  /** Document frequency lookup: terms absent from every report weigh less (likely colloquial). */
  known: (term: string) => boolean;
  /** The reports' word a Latin word spells in pinyin (Huangjiahu → 黄家湖), when there is one. */
  romanized?: (latin: string) => string | undefined;
  /** The reports' word a contraction leaves characters out of (公务车 → 公务用车), when there is one. */
  spelledOut?: (term: string) => string | undefined;
  /** How many report chunks use a word, for reading a question as the reports would cut it. */
  frequency?: (term: string) => number;
  /** The table columns a value stands in (物流管理 → 专业名称), for things of one kind. */
  columnsOf?: (value: string) => ReadonlySet<string>;
}

const MAJOR_END = new RegExp(`(?:${grammar.followUpKinds.majorEndings.join('|')})$`);
const NOT_MAJOR = new RegExp(`(?:${grammar.followUpKinds.notMajors.join('|')}|学校)$`);
/** A word ending like the name of a 专业 (护理学, 车辆工程, 软件技术), not 大学, 入学 or 升学. */
export const majorLike = (w: string) => w.length >= 3 && MAJOR_END.test(w) && !NOT_MAJOR.test(w);

/**
 * A question re-cut where jieba leaves one character before a two-character word and that character
 * with the word's first makes a word the reports use far more (体|检查 → 体检 查).
 */
function resegmented(text: string, frequency: (term: string) => number, isKey: (w: string) => boolean = () => false): string {
  const tokens = cut(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    // (Only a character jieba reads as a noun: 有|限制, 对|外语 keep a verb or a preposition apart; and only a
    // word the reports use, so an unused one never loses to a frequent pair.)
    if (b && /^[\u4e00-\u9fa5]$/.test(a) && /^[\u4e00-\u9fa5]{2}$/.test(b) && tag(a).every((t) => /^n/.test(t.tag)) && frequency(b) > 0) {
      const joined = a + b[0];
      if (frequency(joined) >= RESEGMENT_RATIO * frequency(b)) {
        out.push(' ', joined, ' ', b[1]!, ' ');
        i++;
        continue;
      }
    }
    // "专硕拟|招": a word the reports never use whose last character begins one they do with the next (拟招),
    // or one the lexicon knows (工程学|硕 → 工程 学硕).
    if (b && [...a].length >= 3 && /^[\u4e00-\u9fa5]+$/.test(a) && /^[\u4e00-\u9fa5]$/.test(b) && ((frequency(a) === 0 && frequency(a.slice(-1) + b) > 0) || (isKey(a.slice(-1) + b) && !isKey(a)))) {
      out.push(' ', a.slice(0, -1), ' ', a.slice(-1) + b, ' ');
      i++;
      continue;
    }
    out.push(a);
  }
  return out.join('');
}
/** How many times more the reports must use the re-cut word than jieba's. */
const RESEGMENT_RATIO = 3;

/** A name of two to twelve characters typed in quotes. */
const QUOTED_NAME = /[“"「『]([\u4e00-\u9fa5A-Za-z0-9]{2,12})[”"」』]/g;

/** A 专业's name typed before the word: from a word boundary up to 专业 (预防医学 of 预防医学专业学费). */
const NAMED_MAJOR = /(?:^|[\s，,、的和与及跟或])([\u4e00-\u9fa5]{2,12}?)专业(?![课])/g;

/** Ways of admission, levels and the asker's own words typed before a 专业's name (单招, 统招, 专升本, 本科, 所学): no part of the name. */
const MAJOR_PREFIX = new RegExp(`^(?:${grammar.majorPrefixes.join('|')})+(?=[\\u4e00-\\u9fa5]{2})`);

/** The asker's own field (研究生所学专业, 就读专业): no 专业's name. */
const OWN_STUDY = /(?:所学|所读|就读)$/;
const MAJOR_PREFIX_ONLY = new RegExp(`^(?:${grammar.majorPrefixes.join('|')})+$`);

/** A school year as students say it (大一, 二年级, 研一), typed before what they ask about. */
const SCHOOL_YEAR = /^(?:大[一二三四五]|[一二三四五]年级|研[一二三])/;

/** The 专业 names a text types before 专业 (预防医学专业 → 预防医学). */
export function majorsNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAMED_MAJOR)) {
    // 法学本科专业: the level (本科, 专科) is a part of the population, not of the 专业's name.
    // 大一普通专业, 大二会计学专业: a school year before the name is the asker's, not the 专业's.
    // 单招建筑室内设计专业: a way of admission or a level before the name is no part of it either.
    const name = m[1]!.replace(/(?:本科|专科|高职|研究生|硕士|博士)$/, '').replace(SCHOOL_YEAR, '').replace(MAJOR_PREFIX, '');
    // (A way of admission alone, 校考专业, names no 专业.)
    if (name.length >= 2 && isMajorName(name) && !MAJOR_PREFIX_ONLY.test(name) && !OWN_STUDY.test(name)) out.push(name);
  }
  return out;
}

/** A name made of content words only (预防医学, 计算机科学与技术), not 成教其他类 or 这个. */
function isMajorName(name: string): boolean {
  if (NON_TOPIC.test(name) || ASKING.test(name)) return false;
  // Two names joined (英语和翻译) are two 专业, each read on its own.
  if (tag(name).some((t) => t.tag === 'c' && /^(?:和|与|及|或|以及|跟)$/.test(t.word))) return false;
  // 普通专业, 一般专业: the ordinary kind is no 专业's name.
  if (tag(name).some((t) => PLAIN_KINDS.has(t.word))) return false;
  return tag(name).every((t) => /^(?:n|nz|nt|nw|vn|v|a|an|c|l|j|x)$/.test(t.tag) && !NON_TOPIC.test(t.word)) && !/[其他这那哪各某类]/.test(name);
}

/** A number with the measure word that makes it a name (6人间, 2017级, 3号楼, 二等 of an award); 届 and 年 are periods, read as time, and 9月1号 a date. */
const NUMBERED_WEIGHT = 0.8;
const OTHER_GRADE_WEIGHT = 0.4;
/** A number with a unit of time, count or score (180天, 30人, 425分); not a year (2024年) nor a date. */
const TYPED_QUANTITY = /(?<![\d.])\d+(?:\.\d+)?(?:个工作日|个月|天|周|小时|分钟|人次|人|分|门|学分|次)(?![间号楼级届岁])/g;
const TYPED_QUANTITY_WEIGHT = 0.5;
/** A numbered name in digits or Chinese numerals (6人间, 六人间, 3号楼). */
export const NUMBERED =
  /(?<![\d.月一二两三四五六七八九十])(?:\d{1,4}|[一二两三四五六七八九十]{1,3})(?:人间|号楼|栋)|(?<![简孤])[单双]人间|(?<![\d.月])\d{1,4}(?:级|号|类)|(?<![\d.月一二两三四五六七八九十])[一二三四五特]等(?!级)|(?<![\d.月一二两三四五六七八九十统同])(?:[一二三四五六]|[1-6])档(?![案次])|(?<![A-Za-z])[A-Za-z](?:区|座|栋|幢)|第(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:包|标段|分包)/g;
/** A numbered name as a whole word (三档, 6人间, 3号楼). */
export const ROW_NAME = new RegExp(`^(?:${NUMBERED.source})$`);
const CN_NUMERALS = '零一二三四五六七八九';

/** A number 1–99 in Chinese numerals (6 → 六, 12 → 十二, 20 → 二十). */
function chineseNumeral(n: number): string | undefined {
  if (n < 1 || n > 99) return undefined;
  if (n < 10) return CN_NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_NUMERALS[tens]}十${n % 10 ? CN_NUMERALS[n % 10] : ''}`;
}

/** The ways a numbered name is written: 6人间, 六人间, 6人一间 (and 两人间 for 2). */
export function numberedForms(typed: string): string[] {
  // 第2包 of a tender is written 第二包 too.
  const lot = /^第(.+?)(包|标段|分包)$/.exec(typed);
  if (lot) {
    const n = numberOf(lot[1]!);
    return [...new Set([typed, `第${n}${lot[2]}`, `第${chineseNumeral(n) ?? n}${lot[2]}`])];
  }
  // 单人间, 双人间: one and two people.
  const paired = /^([单双])(人间)$/.exec(typed);
  const m = paired ? ([typed, paired[1] === '单' ? '1' : '2', paired[2]] as unknown as RegExpExecArray) : /^([\d一二两三四五六七八九十]+)(.*)$/.exec(typed);
  if (!m) return [typed];
  const n = numberOf(m[1]!);
  const word = m[2]!;
  const forms = new Set([typed, `${n}${word}`]);
  const cn = chineseNumeral(n);
  if (cn && /人间|号楼|栋|档/.test(word)) forms.add(`${cn}${word}`);
  // 二档 and 二等 name the same grade of an award: documents use either.
  if (cn && (word === '档' || word === '等')) (forms.add(`${cn}档`), forms.add(`${cn}等`));
  if (n === 2 && word === '人间') (forms.add('两人间'), forms.add('双人间'));
  if (n === 1 && word === '人间') forms.add('单人间');
  for (const f of [...forms]) if (f.endsWith('人间')) forms.add(f.replace(/人间$/, '人一间'));
  // 15级 is the intake of 2015: documents write 2015级.
  if (word === '级' && n >= 10 && n < 40 && m[1]!.length === 2) forms.add(`20${n}级`);
  return [...forms];
}

/** The first or the last of a numbered sequence asked (首班车, 末班, last bus). */
const SEQUENCE_ENDS = grammar.sequenceEnds as { first: string[]; last: string[] };
function sequenceEndAsked(norm: string): 'first' | 'last' | undefined {
  if (SEQUENCE_ENDS.first.some((w) => norm.includes(w))) return 'first';
  if (SEQUENCE_ENDS.last.some((w) => norm.includes(w))) return 'last';
  return undefined;
}

/** A room size stated as a bound (6人间以上, 4人及以下, 少于4人): the sizes it stands for, as a test. */
// (Only of rooms: 人间, or 寝室/宿舍/定员/房间 in the clause; 不足20人的不开班 bounds a class, 3人以上团队 a team.)
const ROOM_BOUND = /(少于|不足|超过)?([\d一二两三四五六七八九十]{1,3})人(间)?(?:寝室|宿舍)?(及)?(以上|以下)?/g;
const ROOM_CLAUSE = /寝室|宿舍|定员|房间|住宿/;

/**
 * True when the text states a bound on room sizes that holds the size typed (8人间 under 6人间以上, 双人间 under 少于4人):
 * a fee table's row for it, though it never writes the number asked.
 */
export function roomSizeCovered(typed: string, text: string): boolean {
  if (!typed.endsWith('人间')) return false;
  const n = numberOf(numberedForms(typed).find((f) => /^\d+人间$/.test(f))?.replace('人间', '') ?? '');
  if (!Number.isFinite(n) || n <= 0) return false;
  for (const m of text.matchAll(ROOM_BOUND)) {
    const bound = numberOf(m[2]!);
    const [before, inclusive, after] = [m[1], !!m[4], m[5]];
    if (!before && !after) continue;
    const clause = text.slice(0, m.index!).split(/[。；;，,\n]/).at(-1)! + m[0];
    if (!m[3] && !ROOM_CLAUSE.test(clause)) continue;
    if (before === '超过' || after === '以上') {
      if (n > bound || (inclusive && n === bound)) return true;
    } else if (n < bound || (inclusive && n === bound)) return true;
  }
  return false;
}

/** The thing a list question asks of (问题 of 有哪些问题), if it asks a list. */
/** The thing a list asks for written before the ask (报考条件有哪些, 主要经验是哪两条). */
const LISTED_BEFORE = /([\u4e00-\u9fa5]{2,10}?)(?:都|主要|一般)?(?:有|包括|是|分为)?(?:哪些|哪几[个项条种点类]|哪[两三四]条)[？?。！!\s]*$/;

/** 什么情况下可以从轻处分, 哪些情形不能转专业: the cases a rule lists are asked. */
// (…a time between them too: 哪些情况今年不能报.)
const CASES_ASKED = /(?:什么|哪些|哪几种|啥)(?:样的)?(情况|情形)(?:下|之下)?(?:今年|明年|现在|目前|一般|通常)?(?:可以|能|会|才|要|需要|不能|不可以|不得|不予|应当|算|属于|不让|不许|不准|不给)/;

function listedOf(norm: string): string | undefined {
  const cases = CASES_ASKED.exec(norm);
  if (cases) return cases[1];
  const m = LIST_ASK.exec(norm);
  // "报考条件有哪些", "评审走哪几个流程": the thing listed written before the ask; its head noun is what is listed.
  if (!m || (!m[2] && !m[1])) {
    const before = LISTED_BEFORE.exec(norm);
    const head = before ? cut(before[1]!).filter((x) => x.trim()).at(-1) : undefined;
    return head && head.length >= 2 && tag(head).every((t) => /^n/.test(t.tag)) ? head : undefined;
  }
  if (!m[1]) return ENGLISH_LISTED[m[2]!.toLowerCase()];
  // 哪些人能享受…: people are listed, as documents write them (下列人员).
  if (/^人(?:能|可以|可|需要|要|会|应|必须|不能|不得|享受|申请|参加|符合|有资格)/.test(m[1])) return '人员';
  // The thing itself: the nouns opening what follows the ask (传统媒体 of 传统媒体公开信息, 问题 of 问题和不足).
  // (A verb may open it when a noun follows: 改进措施, 存在问题 — the measures, not the act.)
  let thing = '';
  const words = cut(m[1]).filter((x) => x.trim());
  const isNoun = (w: string | undefined) => !!w && tag(w).every((t) => /^n/.test(t.tag));
  for (const [i, w] of words.entries()) {
    if (!isNoun(w) && !(thing === '' && i === 0 && tag(w).every((t) => /^[vab]/.test(t.tag)) && isNoun(words[1]))) break;
    thing += w;
  }
  if (thing.length >= 2) return thing;
  // (jieba tags some nouns as adjectives, 成效 of 取得了哪些成效: a lone word after the ask is still the thing.)
  if (words.length === 1 && words[0]!.length >= 2 && tag(words[0]!).every((t) => t.tag === 'a')) return words[0];
  // 英语成绩要求有哪几种可以选: nothing after the ask names it, so the noun right before does.
  const before = LISTED_BEFORE.exec(norm.slice(0, m.index! + m[0].length - m[1].length));
  const head = before ? cut(before[1]!).filter((x) => x.trim()).at(-1) : undefined;
  return head && head.length >= 2 && tag(head).every((t) => /^n/.test(t.tag)) ? head : undefined;
}

/** The words a list asked for goes by: as typed (东西) and as the lexicon gives it (材料, 物品). */
export function listedWords(q: Pick<ParsedQuery, 'listed' | 'terms'>): string[] {
  if (!q.listed) return [];
  // (…and by its head noun, 材料 of 纸质材料: a heading names the list by it, （二）提交材料.)
  const head = cut(q.listed).filter((x) => x.trim()).at(-1);
  const byHead = head && head !== q.listed && head.length >= 2 && tag(head).every((t) => /^n/.test(t.tag)) ? [head] : [];
  // (…and by the words documents head such a list with: 人员 under 测试对象.)
  const also = (grammar.listedAlso as Record<string, string[]>)[q.listed] ?? [];
  return [q.listed, ...q.terms.filter((t) => t.source === q.listed && t.term !== q.listed).map((t) => t.term), ...byHead, ...also];
}

/** English words that frame a question rather than name its topic: never the words a gloss stands for. */
const EN_FRAME = /^(?:which|what|who|how|many|much|more|most|less|has|have|had|is|are|was|were|do|does|did|the|a|an|of|for|on|in|at|to|by|and|or|its|their|any|about|with|from|get|give|gives|charge|charges)$/i;

/** The text with the English words a Chinese gloss in brackets explains left out (novelty search (科技查新) → 科技查新). */
export function withoutGlossed(text: string): string {
  return text.replace(/((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)\s*[(（]([\u4e00-\u9fa5]{2,12})[)）]/gi, (_, en: string, zh: string) => {
    // Only the words after the last framing word are the gloss's: "more" of "more full-time teachers" stays.
    const kept = en.split(/\s+/);
    while (kept.length && !EN_FRAME.test(kept.at(-1)!)) kept.pop();
    return ` ${kept.join(' ')} ${zh} `;
  });
}

/** The text with an institution's alias blanked; "栖医大学业…": the 学 of an alias ending in 大学 that begins the topic (学业, 学费) stays. */
/**
 * The characters after a short form in the text that continue the full name from the short form's last
 * character (哈信息 + 工程 in 哈尔滨信息工程学院), without the type (学院, 大学); '' when none do.
 */
function nameRunOn(alias: string, school: string, text: string): string {
  const at = text.indexOf(alias);
  const from = school.lastIndexOf(alias.at(-1)!);
  if (at < 0 || from < 0) return '';
  const more = school.slice(from + 1).replace(/(?:大学|学院|学校)$/, '');
  let n = 0;
  while (n < more.length && text[at + alias.length + n] === more[n]) n++;
  // (Not when the words there run on past it: 哈信息 + 工程管理专业 names the 专业 工程管理.)
  const first = cut(text.slice(at + alias.length)).find((w) => w.trim()) ?? '';
  // (…nor when only a stub is left before 专业: 哈信息 + 工程 + 管理专业 names 工程管理.)
  const stub = /^[\u4e00-\u9fa5]{1,2}专业/.test(text.slice(at + alias.length + n));
  return n >= 2 && first.length <= n && !stub ? more.slice(0, n) : '';
}

function withoutAlias(text: string, alias: string, shortForm: boolean): string {
  const parts = text.split(alias);
  if (!shortForm) return parts.join(' ');
  return parts.reduce((out, part, i) => (i === 0 ? part : `${out} ${part[0] !== '学' && topicAfterDa(part.slice(0, 3)) ? '学' : ''}${part}`), '');
}

/** The two words a question asks to choose between (线上还是线下, 笔试还是面试), each a word as jieba reads it. */
function choiceOf(norm: string): [string, string] | undefined {
  const at = norm.lastIndexOf('还是');
  if (at < 0) return undefined;
  // (jieba may cut the first apart, 是|线|上: its last two characters then.)
  const left = cut(norm.slice(0, at)).filter((w) => w.trim());
  const a = left.at(-1)?.length === 1 && left.at(-2)?.length === 1 ? left.at(-2)! + left.at(-1)! : left.at(-1);
  // (还是 of "如果挂科还是可以转专业吗" means still: the second choice closes the question and names a thing or a way.)
  const after = cut(norm.slice(at + 2)).filter((w) => w.trim() && !/^[的呢啊吗？?。！!]+$/.test(w));
  const b = after[0];
  if (after.length !== 1 || !b || /^(?:可以|能|能够|会|要|需要|得|应该|是)/.test(b)) return undefined;
  return a && /^[\u4e00-\u9fa5]{2,}$/.test(a) && /^[\u4e00-\u9fa5]{2,}$/.test(b) ? [a, b] : undefined;
}
const CHOICE_WEIGHT = 0.5;

/** A one-word English measure (graduation of "graduation destination rate") as the reports' word its longest lexicon phrase gives (毕业去向落实率). */
function inReportWords(measure: string[], expansions: { key: string; terms: string[] }[]): string[] {
  return measure.map((m) => {
    // (A whole English phrase, job fairs, stays: it names the measure as the figures index reads it.)
    if (!/^[a-z][a-z-]*$/i.test(m)) return m;
    const phrase = expansions.filter((e) => /^[a-z]/i.test(e.key) && e.key.split(' ').includes(m.split(' ')[0]!)).sort((a, b) => b.key.length - a.key.length)[0];
    return phrase?.terms[0] ?? m;
  });
}

export function parseQuery(question: string, ctx: QueryContext): ParsedQuery {
  const q = question.trim();
  const norm = normalizeForMatch(q);
  const hits = ctx.matcher.find(q);
  const ambiguousSchools = ctx.matcher.ambiguous(q);
  let rest = norm;
  // (Only a short form run into 学: 栖医大 + 学业, where 栖医大 names the school by itself.)
  // "哈信息工程单招…": a short form run on with more of the full name (工程 of 哈尔滨信息工程学院) names the school too.
  for (const h of hits) rest = rest.split(h.alias + nameRunOn(h.alias, h.school, rest)).join(h.alias);
  for (const h of [...hits, ...ambiguousSchools]) rest = withoutAlias(rest, h.alias, /大学$/.test(h.alias) && ctx.matcher.resolve(h.alias.slice(0, -1)) !== undefined);
  // A school named twice (WIT (武工程)): its other names are no topic either.
  for (let again = 0; again < 3; again++) {
    const more = ctx.matcher.find(rest).filter((h) => hits.some((k) => k.school === h.school));
    if (more.length === 0) break;
    for (const h of more) rest = rest.split(h.alias).join(' ');
  }
  const unknownSchools = ctx.matcher.unknown(q);
  for (const u of unknownSchools) rest = rest.split(u).join(' ');
  // "full-time teachers (专任教师)": the asker's own gloss says what the English words mean.
  rest = withoutGlossed(rest);
  // A name typed in quotes (“芃团小青”, “心理小屋”) is set apart from the words around it: run into them, a name jieba
  // does not know falls apart into junk words (抖音芃).
  rest = rest.replace(QUOTED_NAME, ' $1 ');
  // Time is read separately; left in, "2023年发了" would cut into a junk word 年发.
  // "2023年末结转结余": the year is the time asked, 年末 (年初, 年底) which of its balances — a topic of its own.
  rest = rest.replace(/((?:19|20)\d{2})\s*年([末初底])(?=[\u4e00-\u9fa5]{0,4}(?:结转|结余|余额|资产|存款|负债|净资产))/g, '$1年 年$2');
  rest = rest.replace(TIME_WORDS, ' ');
  // 首班, 末班, 最后一班: which of a sequence is asked, read apart (sequenceEnd), no topic (末班车 keeps its 车).
  for (const w of [...SEQUENCE_ENDS.first, ...SEQUENCE_ENDS.last].sort((a, b) => b.length - a.length)) rest = rest.split(w).join(' ');
  // jieba runs a verb into the ask (占多大, 有多高): the ask stands apart, the verb with it is no topic.
  rest = rest.replace(/(?<![很许好诸])(多大|多高|多长|多久|多远)/g, ' $1 ');
  // …and a day asked before a verb (哪天开考, 几号截止): left in, jieba reads 天开 or 号截 as a word.
  rest = rest.replace(/(哪一?天|几月几[号日]|几号)(?=[\u4e00-\u9fa5])(?![楼线床门房馆栋])/g, '$1 ');
  // …and a 专业 followed by its level (材料物理专业本科): jieba reads 专业本科 as a word no document writes.
  rest = rest.replace(/专业(?=本科|专科|高职|研究生|硕士|博士)/g, '专业 ');
  // …and so does an A-not-A ask (离职率高不高, 学费贵不贵): left in, jieba reads 率高 as a word.
  rest = rest.replace(/([高低多少贵大长难])不\1/g, ' ');
  // Comparison and ranking phrases (这几家单位, 哪所学校, 比一比, 最多) choose institutions and order;
  // left in, 单位 and 学校 would become topics and 几家 the unit asked for.
  // "从哪天到哪天", "几号到几号": a range asked; left in, jieba reads 天到 as a word.
  // (One ask is left, so the measure before it is read: 军训从哪天到哪天 measures 军训.)
  rest = rest.replace(/(?:哪天|哪一天|几号|几月几[号日]|什么时候|啥时候)(?:开始)?(?:到|至)(?:哪天|哪一天|几号|几月几[号日]|什么时候|啥时候)/g, ' 哪天 ');
  // "浙江这份学费通知里…", "那个章程里": the document pointed at is where to look, not what is asked of it; the words
  // describing it (学费) choose the document (pointedDocWords). (Not when the document itself is asked of: 这份通知哪天发的, 文号.)
  if (!ASKS_PUBLISHED.test(norm) && !ASKS_DOC_NUMBER.test(norm)) rest = rest.replace(POINTED_DOC, ' ').replace(INSIDE_DOC, ' ');
  // "最贵的一档", "最便宜的一种": the one of them ranked first, not the tier numbered one (一档 of 助学金).
  rest = rest.replace(/(最[\u4e00-\u9fa5]{1,2}的?)一(?:档|种|类|项|款)/g, '$1 ');
  const crossHit = has(norm, grammar.cross);
  // "河南物理类最低多少分": the score a table names 最低分 is asked, not which row ranks lowest.
  const extreme = NAMED_EXTREME.exec(norm);
  const rank = extreme && !/哪|谁|which/.test(norm) ? undefined : askedRank(norm);
  // …and so do the words asking a change (比上一届, 提高了多少): what changed is the previous measure.
  rest = withoutPhrases(rest, [...grammar.cross, ...grammar.rank.max, ...grammar.rank.min, ...grammar.qualifiers.change.ask]);
  // 谁便宜, 哪个更高: the comparative only orders the answer; no passage says 便宜.
  // Only the comparative closing a clause (…谁便宜？, 哪个更高一些): 高职 or 多人间 inside the question stay.
  if (COMPARATIVE.test(norm)) rest = rest.replace(COMPARATIVE_END, ' ');
  // 哪所…最多 compares figures: a figure question even without 多少.
  const asked = intentOf(withoutPhrases(norm, grammar.cross), crossHit || hits.length > 1, rank);
  // One institution named, "哪家单位…最多" asks which employer (a thing in its report), not which institution.
  // "在哪个城市", "which city is it in": the institution's location, answered by its address (…市…路1号).
  const locating = ASKS_LOCATION.test(norm);
  const which = hits.length === 1 && !locating ? WHICH_THING.exec(norm) : null;
  if (locating) rest = rest.replace(LOCATION_WORDS, ' ');
  const { intent, unit } = locating ? { intent: 'where' as Intent, unit: undefined } : which && !asked.unit ? { intent: 'name' as Intent, unit: undefined } : asked;
  // Read without the institutions' names: 东淮师大前年 is 前年 at 东淮师大, not 大前年.
  // …nor the period a change is measured from (比上年快了多少 asks the report's own change, not last year).
  // (Read in simplified characters: 2021屆 is 2021届.)
  const time = parseTime(
    [...hits, ...ambiguousSchools].reduce((t, h) => t.split(h.alias).join(' '), norm).replace(CHANGE_FROM, ' '),
    ctx.today,
  );

  const terms: Term[] = [];
  const add = (term: string, weight: number, source: string) => {
    const existing = terms.find((t) => t.term === term);
    if (existing) {
      // A word the user typed is its own topic, even if it also came in as part of a longer word
      // (信息 in 信息公开专栏 … 多少条信息): otherwise any 信息 would satisfy 信息公开专栏.
      if (weight > existing.weight && source === term) existing.source = source;
      existing.weight = Math.max(existing.weight, weight);
    } else terms.push({ term, weight, source });
  };
  // Single characters left over (年, 人, 条, 走) are units or glue, but for a verb naming an act (借, 住, 退);
  // the lexicon covers the rest (招多少人).
  // A follow-up's opening 那 (那大三大四呢) is a discourse word: left on, jieba reads 那大 as a word.
  rest = rest.replace(/^\s*(?:那么|那)(?=[\u4e00-\u9fa5])/, ' ');
  // 本科专业 is a level and 专业, not one topic a passage must name as such.
  rest = rest.replace(/(本科|专科|高职|研究生)(专业)/g, '$1 $2');
  // (多少分录的: left run on, jieba reads 分录 as a word.)
  rest = rest.replace(/(多少|几)分/g, ' $1分 ');
  // 主校区, 校本部: the default campus, which a document's general lines are about without naming it.
  rest = rest.replace(/主校区|校本部|主校园/g, ' ');
  // "去县里要带哪些材料": a place word and 里 (县里, 市里) says where to go, no thing a passage must name.
  rest = rest.replace(/(?<=[去到在回])([县市省区乡镇村])里(?![面头程])/gu, ' ');
  // "151篇推文里，新闻占几条": a locative closing a clause (里, 里面, 当中) only marks where to look; the thing is the topic.
  rest = rest.replace(/([\u4e00-\u9fa5]{2})(?<![哪这那公千英邻故乡家心夜手城村县海万])(?:里面|里头|里|当中)(?=[，,。；;？?\s]|$)/gu, '$1 ');
  // 学生管理方面的规定: 方面 only marks the field; the field is the topic.
  rest = rest.replace(/([\u4e00-\u9fa5]{2})方面/g, '$1 ');
  // "体检查哪些项目": jieba cuts 体|检查; the reports' word 体检 (used far more than 检查) is what was typed.
  if (ctx.frequency) rest = resegmented(rest, ctx.frequency, (w) => ctx.lexicon.has(w));
  // A modal run into its verb (能转, 可以申请) asks whether; the verb alone is the topic.
  const topical = withOfficeSuffix(joinedNames(words(rest, false)), rest)
    .map((w) => (MODAL.test(w) && tag(w).length === 1 && tag(w)[0]!.tag === 'x' ? w.replace(MODAL, '') : w))
    // …and a preposition run into a name jieba does not know (从凤栖): the name is the topic.
    .map((w) => (LEADING_PREPOSITION.test(w) && w.length >= 3 && tag(w).length === 1 && tag(w)[0]!.tag === 'x' ? w.slice(1) : w))
    .filter((w) => !NON_TOPIC.test(w) && !ASKING.test(w) && !INSTITUTION_WORDS.test(w) && ([...w].length > 1 || topicalVerb(w)));
  const byKind = new Set<string>();
  // 高校专项计划, 学校奖学金: an institution word right before a noun names the kind of that thing (学校奖学金 is no
  // 国家奖学金); it counts as a scene word, so no document need use it.
  const cutRest = words(rest, false);
  for (const [i, w] of cutRest.entries()) {
    const next = cutRest[i + 1];
    if (INSTITUTION_WORDS.test(w) && next && next.length >= 2 && tag(next).every((t) => /^n/.test(t.tag)) && rest.includes(w + next) && ctx.known(w))
      terms.push({ term: w, weight: INSTITUTION_KIND_WEIGHT, source: w, scene: true });
  }
  for (const w of topical) {
    // A Latin word no report uses (official, account) is either translated by the lexicon or noise…
    // …or a name in pinyin (Huangjiahu campus): capitalised as typed, it is the reports' word it spells.
    if (!ctx.known(w) && !/[\u3400-\u9fff]/.test(w)) {
      const zh = w.length >= ROMANIZED_MIN && capitalised(q, w) ? ctx.romanized?.(w) : undefined;
      // (A word of an institution's name named in English, Ligong of Hechuan Ligong, is that name's.)
      if (zh && !hits.some((h) => h.school.includes(zh))) add(zh, 1, zh);
      continue;
    }
    // Glue (收到, 达到, 共有) says how, not what: it weighs like an unknown word.
    // 基准, 执行: words choosing a column of a fee table (省定基准学费, 学校执行学费) select, they are no topic a passage must name.
    // 打哪个电话: the number answers 电话 (its kind), whatever words stand beside it.
    const answeredByKind = unit === 'phone' && PHONE_WORDS.test(w);
    if (answeredByKind) byKind.add(w);
    add(w, ctx.known(w) && !GLUE.has(w) && !answeredByKind && w.length > 1 ? (COLUMN_SELECTORS.has(w) ? 0.5 : 1) : 0.3, w);
    // A contraction no report uses (公务车) stands for the reports' word it leaves characters out of (公务用车).
    const spelled = ctx.known(w) ? undefined : ctx.spelledOut?.(w);
    if (spelled) add(spelled, SYNONYM_WEIGHT, w);
    // 馆里, 校里: a place with 里 is written with 内 (馆内, 校内) in documents.
    const inside = /^([\u4e00-\u9fa5]{1,3})(?:里面|里头|里)$/.exec(w)?.[1];
    if (inside && !ctx.known(w) && ctx.known(`${inside}内`)) add(`${inside}内`, SYNONYM_WEIGHT, w);
    // Sub-words of long words (学工网站 → 学工, 网站) help partial matches, counted with their word.
    if (w.length >= 3) for (const sub of words(w, true)) if (sub !== w && !NON_TOPIC.test(sub) && !ASKING.test(sub) && !OFFICE_END.test(sub)) add(sub, ctx.known(sub) ? 0.5 : 0.15, w);
  }
  // 非师范, 非定向: jieba cuts the prefix 非 off; the negated kind is a thing of its own (非师范类 is no 非公费师范类).
  for (const t of tag(rest).map((x, i, all) => (x.tag === 'h' && x.word === '非' && all[i + 1] && /^n/.test(all[i + 1]!.tag) ? `非${all[i + 1]!.word}` : '')).filter(Boolean))
    add(t, 1, t);
  // 没落实, 还没有就业: a verb the asker negates is what reports write with 未 (未落实, 未就业), a thing of its own.
  for (const t of negatedVerbs(rest)) add(t, 1, t);
  // The name before 专业 is one thing (预防医学专业, not 预防 + 医学): it is a term as typed.
  for (const name of majorsNamed(rest)) add(name, 1, name);
  // A number with its measure word names a row or a kind (6人间, 2017级, 3号楼): it tells rows of a
  // table apart, so it is a term as typed, not dropped with the other digits.
  // "a 6-person room", "four-bed dorm": the numbered row in English is the same row (6人间).
  // (A dorm stays a dorm: "4-person dorm" asks the dorm's fee of the 4人间 row.)
  // "students who enrolled in 2023": the cohort as reports write it (2023级).
  const cohort = ENGLISH_COHORT.exec(rest);
  if (cohort) rest = `${rest} ${cohort[1] ?? cohort[2]}级 `;
  // "Lot 2" of a tender is its 第2包.
  if (/\b(?:bid|bids|bidder|tender|procurement)\b/i.test(rest)) rest = rest.replace(/\blot\s*(\d{1,2})\b/gi, ' 第$1包 ');
  rest = rest.replace(EN_ROOM, (_, n: string, room: string) => ` ${EN_NUMBERS[n.toLowerCase()] ?? n}人间 ${/^dorm/i.test(room) ? room : ''} `);
  // "before Sept 30": a day named in English is the day as reports write it (9月30日), a term of its own.
  for (const m of rest.matchAll(EN_DAY)) add(`${EN_MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1}月${Number(m[2])}日`, 1, m[0].trim());
  // A place typed with its level (岫川省, 汀州市) is the place a table keys its rows by (省份：岫川): the name alone
  // is the same place.
  for (const t of [...terms]) {
    const bare = /^([\u4e00-\u9fa5]{2,3})(?:省|市)$/.exec(t.term)?.[1];
    if (bare && t.term === t.source && !terms.some((o) => o.term === bare)) terms.push({ ...t, term: bare });
  }
  if (extreme) add(`${extreme[1]}分`, 1, `${extreme[1]}分`);
  // A named campus (北岬校区) is one name, whatever jieba makes of its place (北|岬): a term as typed.
  for (const name of campusNames(rest)) {
    add(`${name}校区`, 1, `${name}校区`);
    for (let k = terms.length - 1; k >= 0; k--) if (terms[k]!.source === '校区' && terms[k]!.term === '校区') terms.splice(k, 1);
  }
  for (const m of rest.matchAll(NUMBERED)) {
    // 6人间 is written 六人间 and 6人一间 too: every form is a term of the one typed.
    // (A grade written the other way, 二等 for 二档, weighs less: a document may use both for different things.)
    for (const form of numberedForms(m[0])) add(form, form.slice(-1) !== m[0].slice(-1) && /[档等]$/.test(form) ? OTHER_GRADE_WEIGHT : NUMBERED_WEIGHT, m[0]);
    // Its measure word alone (人间, 号楼) names nothing.
    // (A lettered row, C区, keeps its letter: 区 alone is its measure word.)
    const word = m[0].replace(/^第?(?:[\d一二两三四五六七八九十单双]+|[a-z])/i, '');
    // …nor the pieces jieba cut it into (双人, 人间 of 双人间).
    const forms = numberedForms(m[0]);
    for (let k = terms.length - 1; k >= 0; k--) if (terms[k]!.source === m[0] && !forms.includes(terms[k]!.term)) terms.splice(k, 1);
    for (let k = terms.length - 1; k >= 0; k--) if (terms[k]!.term === word && terms[k]!.source === word) terms.splice(k, 1);
  }
  // A quantity typed with its unit (超过180天, 考了425分) is likely written so in the passage on it: a light term, never
  // a thing a document could lack (the asker's own number may be in none).
  for (const m of rest.matchAll(TYPED_QUANTITY)) add(m[0], TYPED_QUANTITY_WEIGHT, m[0]);
  // Words as typed, in order: a run of them (国家 奖学金) may spell one thing (国家奖学金), a run's
  // middle (通知 公告栏 → 通知公告) never does.
  const typed = words(rest, false);
  const typedRun = (s: string) => typed.some((_, i) => {
    let run = '';
    for (let j = i; j < typed.length && run.length < s.length; j++) run += typed[j];
    return run === s;
  });
  // An English key inside a longer one matched (salary in starting salary) is that phrase's word, not a topic of its own.
  const expansions = expand(ctx.lexicon, rest);
  const latin = (k: string) => /^[a-z][a-z -]*$/i.test(k);
  // (…and a Chinese key that a one-character prefix makes another key, 教授 of 副教授, is that key's: 副教授 is no 正高.)
  // (…but not a verb's object, 老师 of 招老师, whose entry names the same thing: 教师招聘 is about 教师.)
  const entryOf = (k: string) => expansions.find((e) => e.key === k);
  const namesSameThing = (longer: string, k: string) =>
    (entryOf(longer)?.terms ?? []).some((t) => [k, ...(entryOf(k)?.terms ?? [])].some((s) => s.length >= 2 && t.includes(s)));
  const within = (k: string) =>
    (latin(k) && expansions.some((e) => e.key !== k && latin(e.key) && e.key.includes(k))) ||
    (/^[\u4e00-\u9fa5]+$/.test(k) &&
      expansions.some(
        (e) => e.key.length === k.length + 1 && e.key.endsWith(k) && /^[\u4e00-\u9fa5]+$/.test(e.key) && !rest.split(e.key).join(' ').includes(k) && !namesSameThing(e.key, k),
      ));
  for (const { key: matched, terms: syn, weight } of expansions.filter((e) => !within(e.key) && !intendsAct(rest, e.key))) {
    // A key inside a longer typed word (公众号, 微信 in 微信公众号) widens that word's group: one
    // typed word is one topic, however many keys it holds.
    // …unless the key is a typed word of its own too (单招 in "单招软件技术专业", also read alone).
    const own = terms.some((t) => t.source === matched && t.term === matched);
    const host = own ? undefined : terms.find((t) => t.source === t.term && t.term.length > matched.length && t.term.includes(matched));
    const key = host ? host.source : matched;
    // A colloquial key no report uses (质量年报) counts little itself; its synonyms carry the group.
    // Words the user typed that the entry names join its group, so a word and its synonyms count once.
    for (const t of host ? [] : terms) {
      // Only words of their own (typed, or a key's own term) join; another group's synonym stays there.
      if (t.source === key || ((t.term === key || syn.includes(t.term)) && t.source === t.term)) {
        t.source = key;
        if (weight < 1) t.weight = Math.min(t.weight, weight);
      }
    }
    // A kind of the key the question itself spells in its words (国家 奖学金 for 奖学金): the user said
    // which kind, so the key's other kinds (励志奖学金) are no synonyms of it.
    // (A kind ends with its head word: 国家奖学金 is a 奖学金, 采购公告 no 采购.)
    const typedKind = syn.find((s) => s !== matched && s.endsWith(matched) && typedRun(s));
    // A key the question spells across words (就业 比例 for 就业比例) stands for its group as typed too:
    // a passage writing it (省内就业比例为…) is about it, whatever synonyms the entry lists.
    if (!syn.includes(matched) && !host && typedRun(matched) && !typed.includes(matched)) add(matched, weight * SYNONYM_WEIGHT, key);
    for (const s of syn) {
      if (typedKind && s !== typedKind && s !== matched && s.endsWith(matched)) continue;
      // The key itself inside a longer typed word its entry lists as a kind of it (经费 → 三公经费) is a piece of
      // that word, weighed as one, no synonym of it.
      // (Only its head: 抖音 of 抖音号 is the same account, not a kind.)
      if (host && s === matched && syn.includes(host.term) && host.term.endsWith(matched)) continue;
      // (A word the number asked answers, 咨询 of 打哪个电话咨询, stays light as its own key too.)
      // (…and so do its synonyms: 咨询热线 is no thing the asker required.)
      const w = byKind.has(key) ? weight * 0.3 : weight * (s === key ? (ctx.known(s) ? 1 : 0.3) : SYNONYM_WEIGHT);
      // A synonym two entries share (稿件 for 稿子 and for 外面媒体) belongs to both groups.
      const other = terms.find((t) => t.term === s && t.source !== key && t.source !== t.term);
      if (other && !terms.some((t) => t.term === s && t.source === key)) terms.push({ term: s, weight: w, source: key });
      else add(s, w, key);
    }
  }
  if (which) {
    add(which[1]!, 1, which[1]!);
    for (const kin of WHICH_KIN[which[1]!] ?? []) add(kin, SYNONYM_WEIGHT, which[1]!);
  }
  const placeKind = intent === 'where' ? ASKED_PLACE_KIND.exec(norm) : null;
  // (Read as the scene, not a topic: no passage must hold it.)
  if (placeKind) for (const t of terms) if (t.source === placeKind[1] || t.term === placeKind[1]) Object.assign(t, { weight: Math.min(t.weight, 0.3), scene: true });
  if (intent === 'where' && (ASKS_PLACE.test(norm) || locating || placeKind)) for (const w of PLACE_WORDS) add(w, SYNONYM_WEIGHT, PLACE_WORDS[0]!);
  if (locating) for (const w of ['位于', '坐落']) add(w, SYNONYM_WEIGHT, PLACE_WORDS[0]!);
  // 哪些人能报: a list of people is headed 测试对象 or 报名范围 in the documents; those words find it.
  const listedThing = listedOf(norm);
  if (listedThing) for (const w of (grammar.listedAlso as Record<string, string[]>)[listedThing] ?? []) add(w, SYNONYM_WEIGHT, listedThing);
  // "录取后逾期不报到…": an event the question opens with and then goes past (X后) sets the time, it is no topic
  // a passage must name.
  const opening = OPENING_EVENT.exec(norm.replace(/^\s+/, ''));
  if (opening && tag(opening[1]!).every((t) => t.tag === 'v' || t.tag === 'vn')) for (const t of terms) if (t.source === opening[1]) t.weight = Math.min(t.weight, 0.3);
  // "复试是线上还是线下": the alternatives offered are what the answer chooses between; a document states one of
  // them (现场复试), so neither is a thing it must name.
  const choice = choiceOf(norm);
  // (Read as the scene, not a topic: no passage must hold them.)
  if (choice) for (const t of terms) if (choice.includes(t.source) || t.source === '还是') Object.assign(t, { weight: Math.min(t.weight, CHOICE_WEIGHT), scene: true });
  // "调档（提档）比例": a word in brackets right after another is another name for it, one topic with it.
  for (const m of norm.matchAll(ALTERNATE_NAME)) {
    const host = terms.filter((t) => t.source === t.term && m[1]!.endsWith(t.term)).sort((a, b) => b.term.length - a.term.length)[0];
    // (Only a name of the same thing, sharing a character: 软件工程（中外合作） is a kind of program, not another name.)
    // (Same length too: 学费（住宿费） shares only the head 费 of two different fees.)
    if (!host || host.term.length !== m[2]!.length || ![...m[2]!].some((c) => host.term.includes(c))) continue;
    for (const t of terms) if (t !== host && (t.source === m[2] || t.term === m[2])) t.source = host.source;
  }
  // "调档/提档比例": words either side of a slash are alternatives, one topic (the word after it as long as the one
  // before, sharing a character: 提档 of 提档比例); a document writing either answers.
  for (const m of norm.matchAll(SLASHED)) {
    const host = terms.filter((t) => t.source === t.term && m[1]!.endsWith(t.term)).sort((a, b) => b.term.length - a.term.length)[0];
    const alt = host ? m[2]!.slice(0, host.term.length) : '';
    if (!host || alt.length !== host.term.length || alt === host.term || ![...alt].some((c) => host.term.includes(c))) continue;
    for (const t of terms) if (t !== host && (t.source === alt || t.term === alt || (t.source === t.term && t.term.startsWith(alt)))) t.source = host.source;
  }
  // "就业率是多少？不是去向落实率那个": the thing set aside is no term (nor a synonym's), and a passage on it is less the answer.
  // "除了学费住宿费，还有哪些费用": what is excepted is set aside the same way.
  // (A clause that would set aside the whole question, 补考成绩算不算, sets aside nothing: there is nothing else asked.)
  const SET_ASIDE = [NOT_THAT, EXCEPT, MIXED_UP, NOT_COUNTED].filter((re) => norm.replace(re, ' ').replace(/[\s\p{P}]/gu, '').length >= 2);
  const withoutSetAside = (s: string) => SET_ASIDE.reduce((acc, re) => acc.replace(re, ' '), s);
  const setAside = SET_ASIDE
    .flatMap((re) => [...norm.matchAll(re)].map((m) => m[1]!))
    .flatMap((w) => w.split(/的|那个|那些|那块|这个/).filter((x) => x.length >= 2))
    .filter((w) => !withoutSetAside(rest).includes(w));
  // (A word the question also says outside what it sets aside, 预决算 of "预决算除了在省级…平台，还在哪公开", stays.)
  const outside = withoutSetAside(norm);
  // (…and so are the clause's own words, 弄混 of 别跟…弄混, 不算 of …的不算.)
  const aside = [...setAside, ...SET_ASIDE.flatMap((re) => [...norm.matchAll(re)].map((m) => m[0]))];
  if (setAside.length)
    for (let k = terms.length - 1; k >= 0; k--) {
      const t = terms[k]!;
      if (!aside.some((x) => t.term.includes(x) || x.includes(t.source) || x.includes(t.term))) continue;
      if (!outside.includes(t.term)) terms.splice(k, 1);
      // (A word typed outside it that joined a set-aside word's group, 官网 of 网站 in 二级网站, is its own again.)
      else if (t.source !== t.term && aside.some((x) => x.includes(t.source)) && !outside.includes(t.source)) t.source = t.term;
    }
  const elliptical = ELLIPTICAL.test(q) && topical.length <= 1;
  const cross = (hits.length === 0 && crossHit) || hits.length > 1;
  return {
    question: q,
    schools: hits.map((h) => h.school),
    aliases: hits.map((h) => h.alias),
    ambiguousSchools,
    unknownSchools,
    time,
    intent,
    unit,
    unitWord: askedUnitWord(withoutPhrases(norm, grammar.cross))?.unit,
    measure: inReportWords(measureWords(withoutSetAside(rest), !!rank && COMPARATIVE.test(norm)), expansions),
    qualifier: askedQualifier(norm),
    rank,
    cross,
    elliptical,
    terms,
    ...(which ? { asksWhich: [which[1]!, ...(WHICH_KIN[which[1]!] ?? [])] } : {}),
    ...(ASKS_TITLES.test(norm) ? { asksTitles: true } : {}),
    ...(sequenceEndAsked(norm) ? { sequenceEnd: sequenceEndAsked(norm) } : {}),
    ...(setAside.length ? { contrast: setAside } : {}),
    ...(listedOf(norm) ? { listed: listedOf(norm) } : {}),
  };
}

/** Words negating a verb in speech (没, 没有, 还没, 尚未): reports write the negated verb with 未. */
const SPOKEN_NEGATION = /^(?:没|没有|还没|还没有|尚未|未|仍未)$/;

/** The verbs a text negates, as reports write them (没落实去向 → 未落实). */
export function negatedVerbs(text: string): string[] {
  const ts = tag(text);
  return ts.flatMap((x, i) => {
    const next = ts[i + 1];
    // (落没落实, 落实没落实: a verb asked yes or no is not negated.)
    const yesOrNo = next !== undefined && (ts[i - 1]?.word.at(-1) === next.word[0] || ts[i - 1]?.word === next.word);
    return SPOKEN_NEGATION.test(x.word) && next && !yesOrNo && /^(?:v|vn|a|ad)$/.test(next.tag) && next.word.length >= 2 ? [`未${next.word}`] : [];
  });
}
