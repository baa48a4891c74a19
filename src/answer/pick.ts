// Stage 3, pick: for one institution, the passage that answers (and why it won), or a refusal that
// says what is missing — never a neighbouring row's, topic's or period's figure as the answer.
import type { SearchIndex } from '../retrieve/hybrid.js';
import { NUMBERED, type ParsedQuery, type Term, isDepartmentName, isGenericHead, isGlue, isHandOver, withoutOpinionVerb, isPlainKind, listedWords, majorLike, numberedForms, roomSizeCovered } from '../retrieve/query.js';
import { cut, isNoun, tag } from '../text/jieba.js';
import { words } from '../text/tokenize.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { ReportDocument } from '../types.js';
import { ASKS_STREET_ADDRESS, type Passage, STREET_ADDRESS } from './candidates.js';
import { disciplineKind, focusTerms, termGroups, unitInitials } from './coverage.js';
import { isDefaultPart, isExclusivePart, partWords, partsNamed, siblingWords } from './population-parts.js';
import type { DocChoice } from './documents.js';
import { blankCellAsked } from './blank-cell.js';

export type RefusalReason =
  /** Nothing retrieved covers enough of the question. */
  | 'no-passage'
  /** The best passage is about something else (官方微信 for a 官方微博 question). */
  | 'off-topic'
  /** A figure question whose passages hold no figure of the kind asked. */
  | 'no-figure'
  /** The question names something (a 专业, a channel) that no document mentions. */
  | 'entity-missing'
  /** A figure asked for a period that no document of the institution covers. */
  | 'period-missing'
  /** The document says the place or time asked will be announced later (面试地点另行通知). */
  | 'announced-later'
  /** The table cell of what is asked is left blank (最低位次：/). */
  | 'blank-cell';

interface PickBase {
  school: string;
  doc: ReportDocument;
  /** The document's period is the one asked for (or none was asked). */
  exact: boolean;
  reasons: string[];
}

export type Decision =
  | (PickBase & { outcome: 'answer'; passage: Passage; companion?: Passage })
  | (PickBase & { outcome: 'refuse'; reason: RefusalReason; missing?: string; related?: Passage });

export interface PickEnv {
  search: Pick<SearchIndex, 'known' | 'idf'>;
  documentsById: Map<string, ReportDocument>;
  /** Least share of the question a passage must cover to count as an answer. */
  minCoverage: number;
}

/**
 * Nouns the question types that the institution's documents never use and no synonym explains (舞蹈
 * in a fee question about a table that does not list it, 心理学 asked of a medical university): what is
 * asked for is not in its reports. Pieces of the word (理学 of 心理学) do not stand for it.
 */
/** Documents' text normalised for matching, once per document (normalising is the slow part). */
const normalizedTexts = new WeakMap<ReportDocument, string>();
export function normalizedText(doc: ReportDocument): string {
  let t = normalizedTexts.get(doc);
  if (t === undefined) normalizedTexts.set(doc, (t = normalizeForMatch(doc.text)));
  return t;
}


/** Words that count or point (一个, 两类, 每个, 这些, 哪些): never a missing thing. */
const QUANTIFIER =
  /^(?:[一二两三四五六七八九十百千几每各该本某这那哪此其](?:个|类|种|项|些|所|家|位|名|门|批)?)$|^[一二两三四五六七八九十几每各该这那哪][个类种项些所家位名门批]/;

/** A best figure fitting this badly (or worse) is no answer. */
const MISFIT = -0.25;

/** Synonyms of topic groups weigh this much or more; verbs' groups weigh less. */
const TOPIC_SYNONYM_WEIGHT = 0.5;

export function missingEntities(
  q: ParsedQuery,
  search: PickEnv['search'],
  mentions?: (word: string) => boolean,
  mentionsBound?: (word: string) => boolean,
): string[] {
  const bySource = new Map<string, Term[]>();
  for (const t of q.terms) (bySource.get(t.source) ?? bySource.set(t.source, []).get(t.source)!).push(t);
  const out: string[] = [];
  const mentioned = mentions ?? ((w: string) => search.known(w));
  const typedWords = new Set(words(normalizeForMatch(q.question), false));
  for (const [source, ts] of bySource) {
    // A word of another part's scene (男生宿舍 beside 访客几点能来), weighing less than any typed word, is
    // no thing this part asks about.
    if (ts.every((t) => t.scene)) continue;
    // A lexicon key the question spells across its words (额外 要求 for 额外要求): each word is checked as its own.
    if (/^[\u4e00-\u9fa5]+$/.test(source) && ts.every((t) => t.weight < 1) && !typedWords.has(source) && typedWords.size > 0 && [...typedWords].some((w) => w !== source && source.includes(w))) continue;
    // A word of a topic group in the lexicon (读博 → 博士) is checked by its synonyms whatever its part of speech.
    const topical = ts.some((t) => t.term !== source && !source.includes(t.term) && t.weight >= TOPIC_SYNONYM_WEIGHT);
    // A name typed before 专业 is a thing whatever jieba tags it (临床医学 is an idiom to it).
    const major = normalizeForMatch(q.question).includes(`${source}专业`);
    // A level or rank (国家级, 省级: jieba's distinguishing words) narrows the thing asked like a noun.
    // (Only a word grading a kind, 国家级, 大型: 主要 is jieba's distinguishing word too, and narrows nothing a document could lack.)
    const level = tag(source).every((t) => t.tag === 'b') && /[级等型类档]$/.test(source);
    // A numbered row (六人间, 3号楼) is there in one of its forms (6人间, 六人一间) or not at all.
    if (new RegExp(`^(?:${NUMBERED.source})$`).test(source)) {
      // (…or inside a bound a row states: 8人间 in a 6人间以上 row.)
      if (!numberedForms(source).some(mentioned) && !(mentionsBound?.(source) ?? false)) out.push(source);
      continue;
    }
    // A part of the population (本科, which jieba tags as a pronoun) is a thing too.
    // (Only a word holding the part's own name, 本科生 of 本科: 妇女 holds 女 of 女生 and names no part.)
    // (…and only the parts that exclude each other, levels and sexes: 专升本 or 困难生 are words as any other, their
    // synonyms checked below.)
    const part = partsNamed(source).some((x) => source.includes(x) && isExclusivePart(x));
    // A 专业 named in English (software engineering → 软件工程) is there in one of its Chinese names or not at all.
    if (mentions && /^[a-z][a-z &-]+$/i.test(source)) {
      const names = ts.map((t) => t.term).filter((t) => /^[\u4e00-\u9fa5]+$/.test(t));
      if (names.length && names.every(majorLike) && !names.some(mentioned)) out.push(names[0]!);
      continue;
    }
    if (!/^[\u4e00-\u9fa5]{2,}$/.test(source) || !(isNoun(source) || topical || major || level || part)) continue;
    // Glue (面向, 总结) joins a question's parts: no thing a document could lack.
    if (isGlue(source)) continue;
    // …nor an opinion verb a document's row name ran a word into (毕业生觉得): the word before it is checked in its place.
    const beforeGlue = withoutOpinionVerb(source);
    if (beforeGlue !== source) {
      if (beforeGlue.length >= 2 && isNoun(beforeGlue) && !mentioned(beforeGlue)) out.push(beforeGlue);
      continue;
    }
    // A count word with 里 (篇里, 表里: "in those articles", "in the table") points into what the question names.
    if (/^[篇条个项次件份张页表单栏段]里$/.test(source)) continue;
    // A verb of handing over (发给, 交至, which jieba may tag a verbal noun) says how, never what.
    if (isHandOver(source)) continue;
    // Question forms (认不认, 算不算) are no things a document could lack.
    if (/(.)不\1/u.test(source)) continue;
    // A department's name (信息工程学院) is a name: its pieces (信息, 工程, 学院) elsewhere do not stand for it.
    if (isDepartmentName(source)) {
      if (!mentioned(source)) out.push(source);
      continue;
    }
    // 人数, 内容, 东西: nouns for any measure or thing name none a document could lack.
    // (…nor 普通 of 普通博士: the ordinary kind is there, as 其他博士 or unnamed.)
    if (isGenericHead(source) || isPlainKind(source)) continue;
    // 打哪个电话: a phone number answers it, whether or not the document writes 电话 beside it.
    // (Only its generic part: 心理咨询热线 names a kind of line the documents must have.)
    // (…nor the act a call is for, 打电话咨询: the number is for it.)
    if (q.unit === 'phone' && /^(?:(?:咨询|联系|办公|服务)?(?:电话|号码|热线|电话号码)|手机|手机号|联系方式|咨询|联系|询问|问询|打听)$/.test(source)) continue;
    // A count or a pointer (一个专业, 每个, 这些) names no thing.
    // (本科 tags as a pronoun: a part of the population is no pointer.)
    if (QUANTIFIER.test(source) || (!part && tag(source).every((t) => /^(?:m|mq|q|r)$/.test(t.tag)))) continue;
    // A part is there when the documents name it (本专科 names 本科); the part most questions mean (本科) is missing only
    // where the documents name its siblings instead (a vocational college's 高职 reports), not where they name no part.
    if (part && mentions) {
      const missingPart = (p: string) => !partWords(p).some(mentioned) && (!isDefaultPart(p) || siblingWords(p).some(mentioned));
      // (本科生 is the part 本科: a document writing 本科 names it.)
      if (!mentioned(source) && partsNamed(source).filter((x) => source.includes(x) && isExclusivePart(x)).every(missingPart)) {
        out.push(source);
        continue;
      }
      // (Named, the word itself is checked as any other, 博士生 where only 博士学位 is written; but for the part most
      // questions mean, 本科生 where 本专科学生 is written.)
      if (partsNamed(source).some((x) => source.includes(x) && isDefaultPart(x))) continue;
    }
    // Missing when the documents hold neither the word nor any synonym (a term that is not a piece
    // of it), nor every known word inside it: 申诉 and 办法 of 申诉办法 may stand apart, 男生 and 女生
    // of 男生女生 too; 心理 of 心理学 is nowhere. Character runs (生女生) are no pieces.
    const synonyms = ts.filter((t) => t.term !== source && !source.includes(t.term)).map((t) => t.term);
    const pieces = words(source, true).filter((w) => w !== source && w.length >= 2 && search.known(w));
    // Against one institution's documents only things count (心理学), not verbal nouns (自动, 复查).
    // Generic measure nouns (人数, 金额) are answered by a figure's unit, not by the word.
    const thing = (major || level || part || tag(source).every((w) => /^n[rstzw]?$/.test(w.tag))) && !isGenericHead(source);
    if (search.known(source) && (!mentions || !(thing || topical) || mentioned(source))) continue;
    // Covered by the pieces the documents use (住宿 of 住宿费; 宿费, a piece of no use, is not needed).
    const covered = new Set(pieces.filter(mentioned).flatMap((w) => [...Array(w.length).keys()].map((k) => source.indexOf(w) + k)));
    // Covered but for one trailing head or time character (专科 of 专科生, 体检 of 体检费, 录取 of 录取时):
    // the word is its piece's kind or moment; 国家 of 国家级 is not (级 narrows it).
    const trailingHead = covered.size === source.length - 1 && /[生者员人费率数量时后前中内外间期]$/.test(source);
    const whole = covered.size === source.length || (trailingHead && [...Array(source.length - 1).keys()].every((k) => covered.has(k)));
    // A kind of a thing the documents do name (咨询电话 where they write 联系电话): its head word.
    // The head is the last word of the compound as it reads (心理学 of 应用|心理学, not 理学).
    const read = cut(source);
    const head = read.length >= 2 ? read.at(-1) : pieces.filter((w) => source.endsWith(w)).sort((a, b) => b.length - a.length)[0];
    // 专业 of 法学专业 is every 专业's head: it stands for none of them.
    // …unless what narrows it is a word no document knows (心理 of 心理咨询): that kind is not there.
    const modifier = head ? source.slice(0, source.lastIndexOf(head)) : '';
    // (A 专业 jieba reads whole, 护理学, is no 护 + 理学: a one-character remainder makes no kind of the head.)
    const kindOfHead = !majorLike(source) || read.length >= 2 || modifier.length >= 2;
    if (head && kindOfHead && head !== source && head.length >= 2 && head !== '专业' && mentioned(head) && isNoun(head) && (modifier.length < 2 || search.known(modifier) || q.terms.some((t) => t.source === modifier && t.term !== modifier && search.known(t.term)))) continue;
    if ([source, ...synonyms].some(mentioned) || whole) continue;
    // A piece of a longer word typed whose synonyms the documents use (美术 of 美术类 → 艺术类): that word stands for it.
    const within = [...bySource].some(([longer, lts]) => longer !== source && longer.includes(source) && lts.some((t) => t.term !== longer && !longer.includes(t.term) && mentioned(t.term)));
    if (within) continue;
    // "单招软件技术专业": words typed before a 专业 that documents name (软件技术) are about it, not of it.
    if (major && [...source].some((_, k) => k >= 2 && source.length - k >= 3 && mentioned(source.slice(k)) && search.known(source.slice(0, k)))) continue;
    out.push(source);
  }
  // 法学专业 and 法学: the shorter says it.
  return out.filter((w) => !out.some((o) => o !== w && w.includes(o)));
}

/** The best passage that at least names the question's main topic: what the report does say. */
function relatedPassage(q: ParsedQuery, passages: Passage[], search: PickEnv['search']): Passage | undefined {
  const idf = (t: string) => Math.max(search.idf(t), 0.2);
  const main = focusTerms(termGroups(q.terms, idf), search);
  if (!main) return undefined;
  return [...passages]
    .filter((p) => main.some((t) => normalizeForMatch(p.text).includes(t.term)))
    .sort((a, b) => b.coverage - a.coverage || a.text.length - b.text.length)[0];
}

/** A second passage worth adding: close in score, from another sentence, short. */
function companion(q: ParsedQuery, passages: Passage[], minCoverage: number): Passage | undefined {
  if (q.intent === 'figure') return undefined;
  const top = passages[0]!;
  return passages.find(
    (p) =>
      p !== top &&
      p.hit.chunk.docId === top.hit.chunk.docId &&
      (p.end <= top.start || p.start >= top.end) &&
      p.score >= top.score * 0.9 &&
      p.coverage >= minCoverage &&
      p.text.length <= 60,
  );
}

/**
 * True when the text names a department the typed name leaves words out of (汽车学院 of 汽车工程学院, 计算机学院 of
 * 计算机科学与技术学院): its first word, a few characters of a name (no 由/各/的/和 of a sentence), its unit word.
 */
function elidedDepartment(text: string, name: string): boolean {
  const unit = /(?:学院|学部|系)$/.exec(name)?.[0];
  if (!unit) return false;
  const head = name.slice(0, -unit.length);
  if (head.length < 2) return false;
  return new RegExp(`${head.slice(0, 2)}[^，。；、,;\\s由各的和进在对从向]{0,6}?${head.slice(2)}[^，。；、,;\\s由各的和进在对从向]{0,6}?${unit}`).test(text);
}

/** A person asked by the title they hold (局长叫什么, 校长是谁, 负责人姓名). */
/** A title a person's name stands beside (任芳校长, 党委书记李明). */
const PERSON_TITLE = /(?:[局校院处科部厅馆所站室]长|主任|书记|老师|负责人|组长)$/;
/**
 * True when a text names a person: a name jieba knows, or a word it does not (任芳, 李明) right before or
 * after a title.
 */
export function namesPerson(text: string): boolean {
  // (Punctuation between a title and its name, 招生办主任：王晓梅, is passed over.)
  const ts = tag(text).filter((t) => /[\u4e00-\u9fa5A-Za-z0-9]/.test(t.word));
  return ts.some(
    (t, i) =>
      t.tag === 'nr' ||
      (t.tag === 'x' && /^[\u4e00-\u9fa5]{2,3}$/.test(t.word) && (PERSON_TITLE.test(ts[i + 1]?.word ?? '') || PERSON_TITLE.test(ts[i - 1]?.word ?? ''))) ||
      // …and a surname alone before 老师 or 主任 (许老师) names one.
      (/^[\u4e00-\u9fa5]{1,2}(?:老师|主任)$/.test(t.word) && !/^(?:班|副|各|老|该|本|专|外|男|女)/.test(t.word)) ||
      (/^[\u4e00-\u9fa5]$/.test(t.word) && /^(?:老师|主任)$/.test(ts[i + 1]?.word ?? '') && !/^(?:班|副|各|老|该|本|专|外|男|女|的|和|与)$/.test(t.word)),
  );
}
const ASKS_PERSON = /(?:[局校院处科部厅馆所站室]长|主任|书记|负责人|组长)(?:叫什么|叫啥|是谁|姓名|的名字|名字)/;

/** An e-mail address asked for, and one written. */
const ASKS_ADDRESS = /邮箱|电子邮件|e-?mail/i;
const E_MAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Least coverage of the question by its best passage for a missing common noun to be read as a paraphrase. */
const PARAPHRASE_COVERAGE = 0.7;

/** A word that names one thing (a 专业, a department, a numbered row, a proper or place name, a level), not a common noun. */
function namesAThing(w: string, q: ParsedQuery): boolean {
  if (new RegExp(`${w}[\u4e00-\u9fa5]{0,3}专业`).test(normalizeForMatch(q.question)) || isDepartmentName(w) || new RegExp(`^(?:${NUMBERED.source})$`).test(w)) return true;
  // A word no document uses that ends like a 专业's name (护理学 where the plan lists none) names one.
  if (majorLike(w)) return true;
  // …and so does a part of the population (本科, 博士) that the institution's documents never name: a vocational
  // college's report states no 本科 figure, its whole is no answer for the part asked.
  if (partsNamed(w).length > 0) return true;
  const tags = tag(w);
  return tags.some((t) => /^(?:nr|ns|nt|nz|x|b|eng|m)$/.test(t.tag)) || !/^[\u4e00-\u9fa5]+$/.test(w);
}

/** True when the word stands right before a noun the institution's documents use (理工科|博士): it narrows that noun. */
function modifiesMentioned(question: string, w: string, mentioned: (w: string) => boolean): boolean {
  const at = question.indexOf(w);
  if (at < 0) return false;
  const next = cut(question.slice(at + w.length).replace(/^的/, '')).find((x) => x.trim());
  return !!next && next.length >= 2 && isNoun(next) && mentioned(next);
}

/** A place or a time the document leaves to a later notice (地点另行通知, 时间待定). */
// (…or told in another paper: 报到时间以录取通知书为准.)
const PLACE_LATER = /(?:地点|地址|考场|场地|教室|楼)[^，。；,;]{0,4}(?:另行(?:通知|公布|公告|安排|告知)|待定|以[^，。；,;]{2,12}为准)/;
const TIME_LATER = /(?:时间|日期)[^，。；,;]{0,4}(?:另行(?:通知|公布|公告|安排|告知)|待定|以[^，。；,;]{2,12}为准)/;
const ASKS_PLACE = /在哪|哪栋|哪幢|哪个楼|哪间|哪个教室|什么地方|地点|地址|where/i;
const ASKS_TIME = /什么时候|啥时候|哪天|几号(?![楼室馆栋院])|几月|何时|when/i;

/** What a passage leaves to a later notice (具体招生专业另行公布, 名额待定): the words right before it. */
const THING_LATER = /([\u4e00-\u9fa5]{1,8})(?:另行(?:通知|公布|公告|确定|安排|告知)|待定|暂未确定)/g;

/** 'place' or 'time' (or the thing a list asks) when the question asks one that the passage says will be announced later. */
function announcedLater(q: ParsedQuery, text: string): 'place' | 'time' | 'thing' | undefined {
  const question = normalizeForMatch(q.question);
  if (ASKS_PLACE.test(question) && PLACE_LATER.test(text)) return 'place';
  if (ASKS_TIME.test(question) && TIME_LATER.test(text)) return 'time';
  // 招哪些专业 where the passage says 具体招生专业另行公布: the list asked is not given yet.
  const listed = q.listed && q.intent !== 'figure' ? listedWords(q) : [];
  if (listed.length && [...normalizeForMatch(text).matchAll(THING_LATER)].some((m) => listed.some((w) => m[1]!.includes(w)))) return 'thing';
  return undefined;
}

/** How much lower a passage whose figure states the change asked may score and still go before a level. */
const CHANGE_MARGIN = 0.25;
const isChange = (p: Passage) => !!p.figure?.reasons.includes('qualifier change as asked');

/** Coverage at which a passage on a part’s own topic goes before one off it however they score (the other part’s scene words lift the other). */
const FOCUSED_COVERAGE = 0.3;
/** How much lower a passage on the main topic may score and still go before one off it. */
const FOCUS_MARGIN = 0.15;

/**
 * A unit named after an institution and a unit's word (浙江中医药大学滨江学院, …分校, …校区): it publishes for a part of the
 * institution. (中国科学院大学 is no unit of 中国科学院: 大学 alone names a body of its own.)
 */
export function isUnitOf(unit: string, institution: string): boolean {
  const rest = unit.slice(institution.length);
  return unit !== institution && unit.startsWith(institution) && rest.length >= 3 && /(?:学院|分校|校区|书院)$/.test(rest);
}

/** How far below a table cell a sentence stating the same value may score and still say it. */
const SAME_VALUE_MARGIN = 0.1;
const isCell = (p: Passage) => p.figure?.figure.kind === 'cell';

/** The whole line of its chunk that a passage stands in (a table row, when the passage is part of one). */
const lineAround = (p: Passage) => p.hit.chunk.text.split('\n').find((l) => l.includes(p.text)) ?? p.text;

export function pick(q: ParsedQuery, school: string, choices: DocChoice[], passages: Passage[], env: PickEnv): Decision {
  // A figure question skips passages whose figure plainly is not of what was asked, if any other fits.
  const eligible = (p: Passage) => q.intent !== 'figure' || !p.figure || p.figure.fit > MISFIT;
  const best = passages.find(eligible) ?? passages[0];
  // A passage about the question's main topic, nearly as good, goes before a better one about something else.
  const focused = best && !best.focus ? passages.find((p) => eligible(p) && p.focus) : undefined;
  // (…and so does one covering more of the question than the best, off its topic, does: 三等 | …2800 beside 平均…3700元.)
  const first =
    focused && (focused.score >= best!.score - FOCUS_MARGIN || (focused.coverage >= FOCUSED_COVERAGE && (q.terms.some((t) => t.scene) || focused.coverage > best!.coverage)))
      ? focused
      : best;
  // A change asked (比去年涨了多少) is answered by a figure stating one (较2024年度提高30元) in the same document,
  // nearly as good, before a level (其中个人缴费380元) that names more of the question's words.
  const changed =
    q.qualifier === 'change' && first?.figure && !isChange(first)
      ? passages.find((p) => isChange(p) && p.focus && p.hit.chunk.docId === first.hit.chunk.docId && p.coverage >= env.minCoverage && p.score >= first.score - CHANGE_MARGIN)
      : undefined;
  // A table cell (全体毕业生人数：5372) and a sentence stating the same value (毕业生总人数为5372人), nearly as good:
  // the sentence says it with its unit and its words.
  // (Of the same kind and about the question's topic: 人数：2 is no 2个工作日.)
  const sameFigure = (p: Passage, f: NonNullable<Passage['figure']>) =>
    !!p.figure && p.figure.figure.value === f.figure.value && (!p.figure.figure.unitClass || !f.figure.unitClass || p.figure.figure.unitClass === f.figure.unitClass) && p.figure.measureCoverage >= f.measureCoverage;
  const said =
    !changed && first?.figure && isCell(first)
      ? passages.find((p) => !isCell(p) && eligible(p) && p.focus && p.coverage >= env.minCoverage && sameFigure(p, first.figure!) && p.hit.chunk.docId === first.hit.chunk.docId && p.score >= first.score - SAME_VALUE_MARGIN)
      : undefined;
  const top = changed ?? said ?? first;
  const docOf = (p: Passage) => env.documentsById.get(p.hit.chunk.docId)!;
  const choiceOf = (doc: ReportDocument) => choices.find((c) => c.doc.docId === doc.docId) ?? choices[0]!;
  const fallback = choices[0]!;
  // (A unit named after the institution, 浙江中医药大学滨江学院, answers in its own name.)
  const base = (doc: ReportDocument): PickBase => ({ school: isUnitOf(doc.school, school) ? doc.school : school, doc, exact: choiceOf(doc).exact, reasons: [] });
  const refuse = (reason: RefusalReason, why: string, extra: { missing?: string } = {}): Decision => {
    const related = relatedPassage(q, passages, env.search);
    const doc = related ? docOf(related) : top ? docOf(top) : fallback.doc;
    return { ...base(doc), outcome: 'refuse', reason, ...extra, ...(related ? { related } : {}), reasons: [why] };
  };

  const texts = choices.map((c) => normalizedText(c.doc));
  // A common noun the documents do not use (开学, 公务车) may be the asker's word for one they do: it
  // refuses only when no passage covers the rest of the question well. A name (a 专业, a department, a
  // numbered row, a proper noun or a level) the documents lack refuses whatever else matches.
  // (…nor a department named by its initials, 经管 of 经济与管理学院.)
  // (…nor one with a word left out, 汽车学院 of 汽车工程学院: its words in order, a short gap between.)
  const mentioned = (w: string) =>
    texts.some((t) => t.includes(w) || unitInitials(t, w) || disciplineKind(t, w) || (isDepartmentName(w) && elidedDepartment(t, w)));
  const missing = missingEntities(q, env.search, mentioned, (w) => texts.some((t) => roomSizeCovered(w, t))).filter(
    // (Only of the institution asked about: a question naming none is answered by those that use its words.)
    (w) => namesAThing(w, q) || !top || top.coverage < PARAPHRASE_COVERAGE || q.schools.length !== 1,
  ).filter(
    // A comparison's kind this institution does not tell apart (理工科 of 理工科博士, where it states one figure
    // for every 博士): its line quotes the figure for the whole, and the quote shows whom it is for.
    (w) => namesAThing(w, q) || q.schools.length < 2 || !modifiesMentioned(normalizeForMatch(q.question), w, mentioned),
  );
  if (missing.length) return refuse('entity-missing', `no document uses “${missing.join('、')}”`, { missing: missing.join('、') });
  // 最低位次是多少 of a row whose 2024年·最低位次 cell is "/": the row does not state it; its 最低分 (or another year's
  // figure, which no longer fits) is no answer. The row covering the question best, fitting or not, is the one asked.
  const asked = [top, passages[0]].filter((p): p is Passage => !!p && p.coverage >= env.minCoverage).sort((a, b) => b.coverage - a.coverage)[0];
  const blank = q.intent === 'figure' && asked ? blankCellAsked(q, lineAround(asked)) : undefined;
  if (blank && asked)
    return { ...base(docOf(asked)), outcome: 'refuse', reason: 'blank-cell', missing: `${blank.header}：${blank.value}`, related: asked, reasons: [`the cell asked, ${blank.header}, is “${blank.value}”`] };
  if (!top || top.score <= 0) return refuse('no-passage', 'nothing retrieved answers');
  if (top.coverage < env.minCoverage)
    return refuse('no-passage', `best passage covers ${(100 * top.coverage).toFixed(0)}% of the question (< ${100 * env.minCoverage}%)`);
  if (q.intent === 'figure' && !top.hasFigure) return refuse('no-figure', 'no figure of the kind asked near the topic');
  // An address asked (邮箱是什么, 邮箱地址) is answered by one: a passage that only mentions a mailbox is not.
  if (q.intent === 'name' && ASKS_ADDRESS.test(normalizeForMatch(q.question)) && !E_MAIL.test(top.text)) return refuse('no-passage', 'no passage gives an e-mail address');
  // An address asked (具体地址, 地址在哪): a passage naming the place without its street and number does not give it.
  if (ASKS_STREET_ADDRESS.test(normalizeForMatch(q.question)) && !STREET_ADDRESS.test(top.text)) return refuse('no-passage', 'no passage gives an address');
  // A person asked by title (局长叫什么名字, 校长是谁): a passage naming no person does not say who.
  if (ASKS_PERSON.test(normalizeForMatch(q.question)) && !namesPerson(top.text)) return refuse('no-passage', 'no passage names a person');
  // 跟哪个国外学校合作: a passage naming no thing of the kind asked (学校, 单位) does not say which.
  if (q.asksWhich && q.intent === 'name' && !q.asksWhich.some((k) => normalizeForMatch(top.text).includes(k)))
    return refuse('no-passage', `no passage names a ${q.asksWhich[0]}`);
  // A figure that is plainly not of what was asked (another unit's kind, a count of something else).
  if (q.intent === 'figure' && top.figure && top.figure.fit <= MISFIT)
    return refuse('no-figure', `figure ${top.figure.figure.text}: ${top.figure.reasons.join('; ')}`);
  // An answer must be about the question's main topics: 263条 of 官方微信 does not answer 官方微博,
  // and a passage on 单独招生 does not say whether there are 奖学金.
  if (!top.focus) return refuse('off-topic', 'the best passage is not about the question’s main topic');
  // "面试具体在哪栋楼": a passage saying the place will be announced later (面试地点另行通知) says it is not given yet.
  // (…or a heading that is such a sentence, （四）新生报到时间以录取通知书为准。, over the passage under it.)
  const later = announcedLater(q, top.text) ?? announcedLater(q, top.hit.chunk.section.at(-1) ?? '');
  if (later) return { ...base(docOf(top)), outcome: 'refuse', reason: 'announced-later', related: top, reasons: [`the ${later} asked is to be announced later`] };
  // A report of another period may still state the one asked in a column of its own
  // ("毕业去向落实率 | 2021届：88.04% | 2022届：86.92% | 2023届：90.69%" answers 2022届 from the 2023届 report).
  if (q.intent === 'figure' && !choiceOf(docOf(top)).exact && q.time?.kind === 'interval' && top.figure?.column !== 'asked') {
    const column = passages.find(
      (p) => p.figure?.column === 'asked' && p.figure.fit > MISFIT && p.focus && p.coverage >= env.minCoverage && !choiceOf(docOf(p)).exact,
    );
    if (column) return answer(column, [`no report for ${q.time.label}; its column in the ${docOf(column).period.label} report states it`]);
  }
  return answer(top, []);

  function answer(top: Passage, why: string[]): Decision {
    const doc = docOf(top);
    const exact = choiceOf(doc).exact;
    // (A document stating no period, a charter without a year, may be of the year asked: it answers, noted as undated.)
    // (…and so is what was new in a period, 2025年又新增了哪些专业: another period's additions are not that period's.)
    // (…and so is anything said of a cohort, 2020届去向落实情况怎么样: another 届's report is of other graduates.)
    const periodBound = q.intent === 'figure' || q.qualifier === 'new' || (q.time?.kind === 'interval' && q.time.label.endsWith('届'));
    if (periodBound && !exact && q.time?.kind === 'interval' && top.figure?.column !== 'asked' && doc.period.kind !== 'unknown') {
      return {
        ...base(doc),
        outcome: 'refuse',
        reason: 'period-missing',
        related: top,
        reasons: [`no report for ${q.time.label}; nearest is ${doc.period.label}`],
      };
    }
    const reasons = [
      ...why,
      `best passage: score ${top.score.toFixed(3)}, covers ${(100 * top.coverage).toFixed(0)}% of the question`,
      ...(top.figure ? [`figure ${top.figure.figure.text}: ${top.figure.reasons.join('; ') || 'the only figure of the kind asked'}`] : []),
    ];
    const runnerUp = passages.find((p) => p.text !== top.text);
    if (runnerUp) reasons.push(`runner-up (${runnerUp.score.toFixed(3)}): “${runnerUp.text.slice(0, 40)}”`);
    return { ...base(doc), outcome: 'answer', passage: top, companion: companion(q, passages, env.minCoverage), exact, reasons };
  }
}
