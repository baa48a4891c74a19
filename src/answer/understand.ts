// Stage 1, understand: the question (with the previous turn and the widget's school) → a Query:
// institutions (or the names that fit several), period, question type, the figure asked for, and
// the parts of a two-part question.
import { cut, isNoun, tag } from '../text/jieba.js';
import { headerClassOf } from '../text/figures.js';
import { normalizeForMatch } from '../text/normalize.js';
import { NUMBERED, ROW_NAME, type ParsedQuery, type QueryContext, isDepartmentName, majorLike, numberedForms, parseQuery } from '../retrieve/query.js';
import grammar from '../retrieve/question-words.json' with { type: 'json' };
import { type TimeAsk, parseTime, shiftYears } from '../retrieve/time.js';
import { opensWithPlace } from '../retrieve/schools.js';
import { PLACES, PROVINCES, campusNames } from '../text/org-names.js';
import orgNames from '../text/org-names.json' with { type: 'json' };
import { type TurnContext, isFollowUp } from './context.js';
import { partsNamed } from './population-parts.js';

export interface Query extends ParsedQuery {
  /** Two questions in one message ("报了几项，批了几项？"): each answered on its own. */
  parts: ParsedQuery[];
  /** What understanding decided and why, for --explain. */
  notes: string[];
  /** The earlier question whose topic a follow-up carries on (the conversation keeps it for the next turn). */
  followed?: string;
}

export interface UnderstandOptions {
  /** The widget's or CLI's institution, used when the question names none. */
  school?: string;
  context?: TurnContext;
  today: Date;
}

/** How much the words a follow-up part carries from the part before weigh against its own. */
const CARRIED_WEIGHT = 0.7;

/** Words a follow-up typed of its own (not the previous part's): what it changes. */
function ownWords(part: ParsedQuery, previous: ParsedQuery): string[] {
  const before = new Set(previous.terms.map((t) => t.term));
  const own = new Set(part.terms.filter((t) => t.source === t.term && t.weight >= 1 && t.term.length >= 2 && !before.has(t.term)).map((t) => t.term));
  // (…with the other writings of each, 宿舍费 for 住宿费.)
  return [...new Set(part.terms.filter((t) => own.has(t.source)).map((t) => t.term))];
}

/** A question word: every part of a two-part question asks something of its own. */
const ASK =
  /多少|多大|多高|多长|多久|几[个条篇次项名人期场件份门所位家起处天年号月]?|哪|什么|啥|谁|怎么|(?<!无论|不管|不论)(?:怎样|咋)|如何|何时|是否|有没有|会不会|能不能|可不可以|要不要|是不是|多久|吗|呢|(?:发|说|讲|列|给|查)一下|告诉我|\b(?:how|what|which|where|when|who)\b/i;
/** 那几个, 这几所: a few pointed at, not a count asked. */
const DEMONSTRATIVE_FEW = /[那这]几(?=[个条篇次项名位所家种类门期场件份])/g;
/** Request forms that ask without a question word, and the words around them that name nothing. */
const REQUEST = /(?:发|说|讲|列|给|查)一下|告诉我/g;
const REQUEST_FILLER = /帮我|帮忙|请|麻烦|你们|你|也|再|给我|我/g;

/** A segment that asks only which is first: 谁最高, 哪个更多, 哪家最便宜, which is higher. */
const RANK_ONLY = new RegExp(
  `^(?:那|那么)?(?:谁|哪个|哪家|哪所|哪一个|哪一家|哪一所|哪里)(?:的)?(?:更|最)?(?:${[...grammar.rank.max, ...grammar.rank.min].map((w) => w.replace(/^最/, '')).join('|')}|多|高|低|少|贵|便宜|大|小|好)(?:一些|一点|呢|啊|吗)?$|^which(?:one)?is(?:higher|lower|more|less|bigger|larger|cheaper)$`,
  'i',
);
const CONTACT = [...grammar.contactKinds].sort((a, b) => b.length - a.length).join('|');
const CONTACT_KIND = new RegExp(CONTACT, 'g');
const NAMES_CONTACT = new RegExp(CONTACT);
const CONTACT_PAIR = new RegExp(`(${CONTACT})(?:和|跟|与|及|、|以及|还有)(${CONTACT})(?![\\u4e00-\\u9fa5]{0,2}(?:和|跟|与|及|、)(?:${CONTACT}))`);
const SPLIT = new RegExp(`[，,；;？?]|(?:${grammar.parts.join('|')})`, 'g');

/** "说几个主要的", "举几个例子就行": how much of a list to give, said after the list is asked; no question of its own. */
const HOW_MUCH_OF_LIST =
  /^(?:请|麻烦)?(?:你)?(?:说|列|举|挑|讲|写)(?:出)?(?:几|一些|两三|三五|几点)(?:个|条|项|点|样)?(?:主要的?|重要的?|典型的?|例子|代表性的)?(?:说说|讲讲)?(?:吧|就行|就好|即可|呗)?$/;

/** The message without a closing clause saying how much of a list to give (…有哪些？说几个主要的。). */
function withoutListAmount(question: string): string {
  const clauses = question.split(/(?<=[，,。；;？?！!])/);
  const last = clauses.at(-1) ?? '';
  if (clauses.length < 2 || !HOW_MUCH_OF_LIST.test(last.replace(/[\s\p{P}]/gu, ''))) return question;
  return clauses.slice(0, -1).join('');
}

/** Fewest Chinese characters on each side of a space that parts a message (…在哪办公 电话多少, not 学费 多少). */
const SPACED_PART_MIN = 4;

/** A space between Chinese clauses parts them as a comma would, as typed on a phone ("…在哪办公 电话多少"). */
function spacesAsCommas(question: string): string {
  const pieces = question.split(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/);
  const long = (p: string) => (p.match(/[\u4e00-\u9fa5]/g) ?? []).length >= SPACED_PART_MIN;
  return pieces.length > 1 && pieces.every(long) ? pieces.join('，') : question;
}

/**
 * The questions a message asks: one per segment that asks something, each with the message's
 * other segments (the institution, the topic) in front ("安全职院官微，发了几篇，阅读量多少").
 */
export function questionParts(question: string): string[] {
  const segments = withSharedAsk(
    spacesAsCommas(question)
      .split(SPLIT)
      .map((s) => s.trim())
      .filter((s) => s.replace(/[\s\p{P}]/gu, '').length > 1),
  );
  // 几家单位, 哪所学校 choose institutions; they do not ask a question of their own.
  // A request (帮我查一下, 告诉我) asks only when it names something of its own (邮箱也发一下).
  const asks = (s: string) => {
    // (那几个栏目里, 这几所学校: a pointing 几 asks nothing.)
    const t = grammar.cross.reduce((x, c) => x.split(c).join(' '), s).replace(DEMONSTRATIVE_FEW, ' ');
    if (!ASK.test(t.replace(REQUEST, '')))
      return (
        ASK.test(t) &&
        t
          .replace(REQUEST, '')
          .replace(REQUEST_FILLER, '')
          .replace(/[^\u4e00-\u9fa5]/g, '').length >= 2
      );
    return true;
  };
  // "…各是多少？谁最高？": a segment that only ranks (谁最高, 哪个更多) orders the answer of the one before.
  const ranksOnly = (s: string) => RANK_ONLY.test(s.replace(/[\s\p{P}]/gu, ''));
  const asking = withActedTopic(withElidedTopic(withSubject(segments.filter((s) => asks(s) && !ranksOnly(s)).flatMap(splitAsks))));
  if (asking.length < 2) return contactPair(question);
  const context = segments.filter((s) => !asks(s)).join('');
  return asking.map((s) => context + s);
}

/** A segment opening with its ask (几号正式上课, 哪天截止): it asks of what the segment before named. */
// (…or with when it recurs and then its ask: 每个月几号发.)
const OPENS_WITH_ASK = /^(?:每个?月|每年|每学期)?(?:从|在|是|于|要|会)?(?:几号|几月几[号日]|哪天|哪一天|什么时候|啥时候|何时|多少|几)/;
/** Words saying whom or where a question is about: a campus, a cohort, a level, a population. */
const SCOPE_WORD = /校区$|^(?:[\u4e00-\u9fa5]{2}校区|(?:19|20)?\d{2}级|新生|老生|本科生?|专科生?|高职|研究生|硕士|博士|毕业生|学生|教职工|留学生|港澳台)$/;
/** The ask a segment's own words end at: what comes before it is the segment's subject. */
const SUBJECT_END = /(?:从|在|于)?(?:几号|几月几[号日]|哪天|哪一天|什么时候|啥时候|何时|多少|几)/;

/**
 * "北岬校区新生几号报到，几号正式上课": a later part opening with its ask takes the first part's words
 * before its ask (北岬校区新生), so it asks of the same people and place.
 */
function withSubject(parts: string[]): string[] {
  const first = parts[0] ?? '';
  const ask = SUBJECT_END.exec(first);
  const at = ask?.index ?? -1;
  // Only whom and where the first part asks about (北岬校区, 新生, 2025级, 博士) carries over: its event or fee
  // (运动会, 学费, 军训) is its own.
  const before = at > 0 ? first.slice(0, at) : '';
  const campuses = campusNames(before).map((c) => `${c}校区`);
  const subject = [...campuses, ...cut(before.replace(/[\u4e00-\u9fa5]{0,3}校区/gu, ' ')).filter((w) => SCOPE_WORD.test(w))].join('');
  if (!subject) return parts;
  return parts.map((p, i) => (i > 0 && OPENS_WITH_ASK.test(p) ? subject + p : p));
}

/** A piece that counts a thing it names after its ask (多少家单位, 几个岗位). */
const COUNTED_THING = /(?:多少|几)[个条篇次项名人件份门所位家场期种类](?!是|为)([\u4e00-\u9fa5]{1,6}?)(?:呢|啊)?[？?。]?$/;

/** A later part that is only an ask and the act asked of (在哪办, 几点去, 要多少钱): it asks of the first part's topic. */
const ONLY_ASK = /^(?:那|那么)?((?:要|得|需要)?(?:在|去|到)?(?:哪里|哪儿|哪|什么地方|几点|几号|哪天|什么时候))(办理?|交|领|去|报到|考|举行|进行)?(?:呢|啊|呀)?$/;

/**
 * "…现代农业学院几号办离校？在哪办？": a later part with nothing of its own but its ask takes the first part with
 * the first part's ask put in its place (…现代农业学院在哪办离校).
 */
function withElidedTopic(parts: string[]): string[] {
  const first = parts[0] ?? '';
  const ask = SUBJECT_END.exec(first);
  if (!ask) return parts;
  return parts.map((p, i) => {
    const m = i > 0 ? ONLY_ASK.exec(p.replace(/[\s\p{P}]/gu, '')) : null;
    // (Only the first part's own act: 几号报到？在哪交？ asks of another act, 交, than 报到.)
    const after = first.slice(ask.index + ask[0].length);
    if (!m || (m[2] && !after.startsWith(m[2]))) return p;
    return `${first.slice(0, ask.index)}${m[1]}${after}`;
  });
}

/** A later part asking only how a thing will be acted on (打算怎么改, 如何解决): it acts on the first part's topic. */
const HOW_ACT = /^(?:那|那么)?(?:学校)?(?:打算|准备|计划|要|会|该|应该)?(?:怎么|如何|怎样)(?:改|改进|整改|办|处理|解决|弥补|完善)(?:呢|啊|呀)?$/;

/** "…平台的互动性怎么样？打算怎么改？": the later part takes the words before the first part's ask (…平台的互动性). */
function withActedTopic(parts: string[]): string[] {
  const first = parts[0] ?? '';
  const ask = ASK.exec(first);
  if (!ask || ask.index < 2) return parts;
  return parts.map((p, i) => (i > 0 && HOW_ACT.test(p.replace(/[\s\p{P}]/gu, '')) ? `${first.slice(0, ask.index)}${p}` : p));
}

/** "从哪天开始、哪天截止": two asks listed with 、 are two parts (a list of things, 学费、住宿费, is not). */
function splitAsks(segment: string): string[] {
  const pieces = segment.split('、');
  // "来了多少家单位、提供了多少个岗位": each piece counts a thing of its own, named after its ask.
  if (pieces.length === 2 && pieces.every((p) => COUNTED_THING.test(p))) {
    const [a, b] = pieces.map((p) => COUNTED_THING.exec(p)![1]!);
    if (a !== b) return OPENS_WITH_ASK.test(pieces[1]!) ? [pieces[0]!, `${pieces[0]!.slice(0, SUBJECT_END.exec(pieces[0]!)!.index)}${pieces[1]!}`] : pieces;
  }
  if (pieces.length === 2 && pieces.every((p) => SUBJECT_END.test(p)) && !OPENS_WITH_ASK.test(pieces[1]!)) return parallelAsks(pieces[0]!, pieces[1]!) ?? [segment];
  if (pieces.length !== 2 || !pieces.every((p) => SUBJECT_END.test(p)) || !OPENS_WITH_ASK.test(pieces[1]!)) return [segment];
  // (One clause asks both of one thing: the words before its first ask are the second's too.)
  const at = SUBJECT_END.exec(pieces[0]!)!.index;
  return [pieces[0]!, `${pieces[0]!.slice(0, at)}${pieces[1]!}`];
}

/** Longest measure word a parallel ask may put before its ask (决算 of 预算多少、决算多少). */
const PARALLEL_MEASURE_MAX = 4;

/**
 * "…2023年预算多少、决算多少": the second ask names a measure as long as the one before the first ask, in its place
 * (男生多少、女生多少): it asks the same of the first's subject.
 */
function parallelAsks(first: string, second: string): string[] | undefined {
  const ask2 = SUBJECT_END.exec(second)!;
  const measure = second.slice(0, ask2.index);
  if (!/^[\u4e00-\u9fa5]+$/.test(measure) || measure.length > PARALLEL_MEASURE_MAX || second.slice(ask2.index + ask2[0].length).replace(/[？?。！!\s]/g, '').length > 2) return undefined;
  // (Whole words of one kind: 预算 for 决算, 本科生 for 博士 — not 学费 for 清华大学, nor 计划 for 去年.)
  const at = SUBJECT_END.exec(first)!.index;
  const words = cut(first.slice(0, at)).filter((w) => w.trim());
  const own = words.at(-1) ?? '';
  // (A thing or an act, never a name: 清华大学 (nt), 湖南 (ns), 去年 (t) are no measure.)
  const kind = (w: string) => (/^(?:n|nz|vn|v)$/.test(tag(w)[0]?.tag ?? '') ? tag(w)[0]!.tag[0] : undefined);
  // (…or two words, an act and how it is taken, 实际录取 for 招生计划: what the first part counted is the scene.)
  const measureWords = cut(measure).filter((w) => w.trim());
  const last = measureWords.at(-1) ?? '';
  // (…never a time word, 今年学费 of 今年学费多少、去年学费多少: the year is what changes.)
  const timeWord = measureWords.some((w) => /^t/.test(tag(w)[0]?.tag ?? ''));
  const sameKind = measureWords.length === 1 ? kind(own) === kind(measure) : measureWords.length === 2 && !!kind(last) && !timeWord;
  if (words.length < 2 || own === measure || !/^[\u4e00-\u9fa5]+$/.test(own) || !kind(own) || !sameKind) return undefined;
  return [first, `${first.slice(0, at - own.length)}${second}`];
}

/** An English ask opening a question ("What is", "How much is"), which a later "and …" segment shares. */
const ENGLISH_ASK = /^(?:what|how much|how many|how long|when|where)(?:\s+(?:is|are|was|were|do|does|did|will))?\b/i;

/** "What is X's retest fee, and the yearly tuition…?": the segment after "and" asks the same way as the first. */
function withSharedAsk(segments: string[]): string[] {
  const ask = ENGLISH_ASK.exec(segments[0] ?? '')?.[0];
  if (!ask) return segments;
  // (Only a part naming a thing of its own, "and the yearly tuition for…": "and 6-person rooms" shares the first part's thing too.)
  const ownThing = (s: string) => /^and\s+(?:the|a|an)\s+\S+/i.test(s);
  return segments.map((s, i) => (i > 0 && ownThing(s) ? `${ask} ${s.replace(/^and\s+/i, '')}` : s));
}

/** "研招办电话跟邮箱给一下": two kinds of contact detail joined ask each (three or more are left whole). */
function contactPair(question: string): string[] {
  const pair = CONTACT_PAIR.exec(question);
  if (!pair || (question.match(CONTACT_KIND) ?? []).length !== 2) return [question];
  const before = question.slice(0, pair.index);
  const after = question.slice(pair.index + pair[0].length);
  // (The second kind's own ending, 号码 of 传真号码, is no word of an address: 邮箱和传真号码 asks 邮箱.)
  const own = /^(?:号码|号)/.test(after) && !/电话|传真|手机|热线|QQ|微信/.test(pair[1]!) ? after.replace(/^(?:号码|号)/, '') : after;
  return [`${before}${pair[1]}${own}`, `${before}${pair[2]}${after}`];
}

/**
 * Modifiers a follow-up swaps: before a head both questions share, the previous word it replaces
 * (省内 of 省内|媒体 when the follow-up says 国家级|媒体) and the follow-up's word in its place (国家级; 北山
 * of 北山校区 after 明湖校区).
 */
function modifierSwaps(previous: string, followUp: string): { replaced: Set<string>; added: Set<string> } {
  const a = cut(normalizeForMatch(previous)).filter((w) => w.trim());
  const b = cut(normalizeForMatch(followUp)).filter((w) => w.trim());
  const replaced = new Set<string>();
  const added = new Set<string>();
  for (let j = 1; j < b.length; j++) {
    const head = b[j]!;
    if (head.length < 2) continue;
    for (let i = 1; i < a.length; i++) {
      if (a[i] !== head || a[i - 1] === b[j - 1]) continue;
      if (a[i - 1]!.length >= 2) replaced.add(a[i - 1]!);
      if (b[j - 1]!.length >= 2) added.add(b[j - 1]!);
    }
  }
  return { replaced, added };
}

/** Parts of the population the previous question named that the follow-up replaces with another (本科生 → 研究生). */
function replacedPart(previous: string, followUp: string): string[] {
  const now = partsNamed(followUp);
  if (now.length === 0) return [];
  return partsNamed(previous).filter((p) => !now.includes(p));
}

const KINDS = grammar.followUpKinds;
const ONE_CHARACTER_PROVINCES = new Set(Object.keys(orgNames.provinceAbbreviations as Record<string, string>));

/** Kinds of words a follow-up swaps: names of 专业 (护理学 for 临床医学) and places of origin (外省 for 湖南). */
const SWAP_KINDS: ((w: string) => boolean)[] = [
  majorLike,
  // 北岬校区 for 主校区: a campus for another.
  (w) => /^[\u4e00-\u9fa5]{1,4}校区$/.test(w),
  // 历史类 for 物理类: one subject category for another.
  (w) => KINDS.categories.includes(w),
  (w) => {
    // 留陕, 留在西安: staying in a place is a place word too.
    const place = w.replace(/^留在?/, '');
    return KINDS.placeWords.includes(w) || PROVINCES.includes(place) || PLACES.includes(place) || (w !== place && ONE_CHARACTER_PROVINCES.has(place));
  },
];

/** Wording cues a follow-up without a measure of its own asks as the previous question did (一年多少钱 → per year). */
// (…and the side of a date asked: 放到几号 asks when it ends, 从哪天开始 when it starts.)
const CARRIED_CUES = /每学?年|一学?年|每个?月|一个月|一共|总共|合计|几点|(?:放到|到|截止到|持续到)(?:几号|哪天|什么时候)|(?:几号|哪天|什么时候)(?:开始|结束|截止)/g;
const HAS_CUE = new RegExp(CARRIED_CUES.source);

/** An amount asked per a span (一小时, 每个月, 一学年): the span. */
// (Not 2021年, 哪一天, 这一年: only a span standing alone after 一/每.)
const PER_SPAN = /(?<![\d那这哪上下前去同当第])(?:一|每|1)个?(小时|天|日|周|星期|月|学期|学年|年)(?!级|底|初|末)/;

/** A room of so many beds (六人间, 4人一间, 双人间). */
const ROOM_ROW = /[\d一二两三四五六七八单双]人(?:一)?间|[单双]人间/;

/** A follow-up of a thing and 呢 alone (那住宿费呢？): it asks the way the question before it did. */
const BARE_FOLLOW_UP = /^(?:那么?|那个|还有)?[^，,。？?多少几]{1,12}呢[？?]?$/;


/** Longest run of words right after a row's name that describe it (独卫空调 in 四人间独卫空调的住宿费). */
const DESCRIBING_MAX = 6;

/** The words right after a numbered row's name, up to 的 or the measure: what described that row. */
function describingWords(previous: string, name: string, measure: string[]): string {
  const text = normalizeForMatch(previous);
  const at = text.indexOf(normalizeForMatch(name));
  if (at < 0) return '';
  const rest = text.slice(at + name.length);
  const stops = ['的', ...measure].map((m) => rest.indexOf(m)).filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) : 0;
  return end <= DESCRIBING_MAX ? rest.slice(0, end) : '';
}

/** True when `source` is a numbered name (4人间) and the new terms hold another of its kind (6人间). */
function replacedNumbered(source: string, fresh: { term: string }[]): boolean {
  const kind = (w: string) => (ROW_NAME.test(w) ? w.replace(/^第?[\d一二两三四五六七八九十单双]+/, '').replace(/^人一间$/, '人间') : undefined);
  const k = kind(source);
  // Another writing of the same row (4人间 for 四人间) replaces nothing.
  const same = new Set(numberedForms(source));
  return !!k && fresh.some((t) => !same.has(t.term) && kind(t.term) === k);
}

/** "学费和住宿费分别是多少": one ask over two topics joined by 和/与/及, split when 分别 or 各 says so. */
function splitTopics(question: string): string[] | undefined {
  // "2021届和2022届的落实率分别是多少": two periods share every other word.
  // (Two only: a list of three, 2022届、2023届、2024届, is split as a list.)
  const p = /^(.*?)(?<![、和与及\d])((?:19|20)?\d{2}(?:届|年|级|学年))(?:和|与|及|、|跟)((?:19|20)?\d{2}(?:届|年|级|学年))(?![、和与及])(.*)$/.exec(question);
  // Only when each is asked (分别, 各): "2022届和2023届…哪个高", "…相比提高了多少" compare them.
  if (p && /分别|各/.test(p[4]!)) return [`${p[1]}${p[2]}${p[4]}`, `${p[1]}${p[3]}${p[4]}`];
  // "学校网站、省市级媒体、微信抖音分别发了多少条": three or more topics listed, each asked.
  const listed = splitList(question);
  if (listed) return listed;
  // "本科生和研究生的毕业去向落实率各是多少": two topics owning one measure after 的, each asked of it.
  const owned = JOINED_AS_ONE.test(question) ? null : /^(.*?)([\u4e00-\u9fa5]{2,8})(?:和|与|及|以及|跟)([\u4e00-\u9fa5]{2,8}?)的([\u4e00-\u9fa5A-Za-z]{2,12}?)((?:分别|各(?![自项类种位个])).*)$/.exec(question);
  if (owned) {
    const [head, first] = firstTopic(owned[1]! + owned[2]!, owned[3]!);
    return [`${head}${first}的${owned[4]}${owned[5]}`, `${head}${owned[3]}的${owned[4]}${owned[5]}`];
  }
  // "视频号和团委抖音“安院小团子”，前年各发了多少条": the pair in a clause of its own, each asked in the clause after it.
  const clause = splitClauseBefore(question);
  if (clause) return clause;
  // "专栏发的条数和官网发的新闻，哪个多？": which of the pair is more is told by each one's figure.
  const which = WHICH_MORE.exec(question);
  const each = which ? splitClauseBefore(`${which[1]}各是多少？`) : undefined;
  if (each) return each;
  // A distributive word both share may stand before 各 (国家奖学金和国家励志奖学金每年各多少钱).
  // (Latin letters may name them: UV访客数和PV浏览量.)
  // (Two listed with 、 are joined as with 和: 硕士、博士各是多少.)
  // (…and a name typed in quotes may be one of them: 学工网站和“心理小屋”公众号各发了多少.)
  const m = /^(.*?)([\u4e00-\u9fa5A-Za-z“”「」]{2,10})(?:和|与|及|以及|跟|、)([\u4e00-\u9fa5A-Za-z“”「」]{2,14}?)((?:每生)?每(?:学)?年|每月|每学期|一年|每人)?(?:分别|各(?![自项类种位个]))(.*)$/.exec(
    question,
  );
  // "最高分和最低分是多少": two measures joined and asked at once ask each, as 分别 says (not a sum, 一共; nor a comparison).
  const plain = m ? undefined : /^(.*?)([\u4e00-\u9fa5]{2,8})(?:和|与|及|以及|跟)([\u4e00-\u9fa5]{2,8}?)()((?:是|为|有)?(?:多少|几)[\u4e00-\u9fa5]{0,2}[？?。！!\s]*)$/.exec(question);
  const both = plain && !JOINED_AS_ONE.test(question) && measuresBoth(plain[2]!, plain[3]!) ? plain : undefined;
  if (m) return splitJoined(m);
  return both ? splitMeasures(both[1]! + both[2]!, both[3]!, both[5]!) : pairedParts(question);
}

/** A last clause asking which of a pair is more (，哪个多？, 谁更高): each one's figure tells it. */
const WHICH_MORE = /^(.*[，,])\s*(?:哪个|哪一个|谁)更?(?:多|少|高|低|大|小)(?:一些|一点|些)?[？?。！!]?$/;

/**
 * "安全职院的视频号和团委抖音“安院小团子”，前年那学年各发了多少条视频": two topics joined in one clause, asked each
 * (分别, 各) in the last clause; each topic takes the last clause.
 */
function splitClauseBefore(question: string): string[] | undefined {
  const t = /^(.*?)([，,][^，,]*?(?:分别|各(?![自项类种位个]))[^，,]*)$/.exec(question);
  if (!t || JOINED_AS_ONE.test(question) || /和|与|及|跟/.test(t[2]!)) return undefined;
  const pair = /^(.*?)([\u4e00-\u9fa5A-Za-z]{2,8})(?:和|与|及|以及|跟)([\u4e00-\u9fa5A-Za-z“”"「」]{2,20})$/.exec(t[1]!);
  if (!pair) return undefined;
  const second = pair[3]!;
  const before = pair[1]! + pair[2]!;
  const clauseAt = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
  // (A的X和B的Y: two phrases alike, each the whole clause's words before 和; the scene is what the clause follows.)
  if (/的/.test(second) && /的/.test(before.slice(clauseAt + 1))) return [`${before}${t[2]}`, `${before.slice(0, clauseAt + 1)}${second}${t[2]}`];
  // (本科和专科的学费，分别…: what follows 的 is both topics' measure; the rules for joined topics split it.)
  if (/的/.test(second)) return undefined;
  // (The first topic is the last word before 和: what stands before it, 安全职院, is the scene of both.)
  const words = cut(before).filter((w) => w.trim());
  const first = words.at(-1) ?? '';
  const head = words.slice(0, -1).join('');
  if (first.length < 2) return undefined;
  return [`${head}${first}${t[2]}`, `${head}${second}${t[2]}`];
}

/**
 * "计算机专业最高分和最低分是多少": the first measure is as long as the second (from a word's start), and what stands
 * before it is the scope both share.
 */
function splitMeasures(before: string, second: string, ask: string): string[] {
  let at = 0;
  for (const w of cut(before)) {
    if (before.length - (at + w.length) < second.length) break;
    at += w.length;
  }
  const head = before.slice(0, at);
  return [`${before}${ask}`, `${head}${second}${ask}`];
}

/** Most topics a list asked of (A、B、C分别…) is split into. */
const LIST_MAX = 6;

/** "A、B、C分别多少" (or "A、B和C各…"): one question per topic, each with the words before and after the list. */
function splitList(question: string): string[] | undefined {
  // (各 of 各自, 各项, 各类 is no 各 asking each.)
  const m = /^(.*?)(?:分别|各(?![自项类种位个]))(.*)$/.exec(question);
  if (!m || JOINED_AS_ONE.test(question)) return undefined;
  const pieces = m[1]!.split('、');
  const last = pieces.pop() ?? '';
  // (The last two may be joined by 和: A、B和C.)
  const joined = /^([\u4e00-\u9fa5]{2,10}?)(?:和|及|以及|与)([\u4e00-\u9fa5]{2,12})$/.exec(last);
  const items = [...pieces.slice(1), ...(joined ? [joined[1]!, joined[2]!] : [last])];
  // (Three topics at least: two are split by the 和 rules, which know pairs better.)
  if (pieces.length === 0 || items.length < 2 || items.length + 1 > LIST_MAX) return undefined;
  if (!items.every((w) => /^[\u4e00-\u9fa5A-Za-z0-9]{2,12}$/.test(w))) return undefined;
  // What all share after the last topic (保卫处、后勤处、教务处|电话): the last item's words beyond the others'.
  const words = cut(items.at(-1)!);
  let k = Math.min(words.length, Math.max(1, cut(items[0]!).length));
  while (k > 1 && SHARED_TAIL.test(words[k - 1]!)) k--;
  items[items.length - 1] = words.slice(0, k).join('');
  const tail = words.slice(k).join('');
  const [head, first] = firstTopic(pieces[0]!, items[0]!);
  if (!first) return undefined;
  return [first, ...items].map((item) => `${head}${item}${tail}${m[2]}`);
}

/** A pair asked as one figure (一共, 加起来) or against each other (哪个高, 差多少): not two parts. */
const JOINED_AS_ONE = /一共|总共|合计|共计|加起来|合起来|总和|相差|差多少|差距|哪个|哪一个|谁|之比|比例|几比几|比几|相比/;

/** Words ending in a measure read off a figure's label (最高分, 位次, 学费, 落实率): two of them joined are each asked. */
const MEASURE_END = /(?:分|位次|名次|费|率|人数|金额|时间|日期|电话|地址|邮箱)$/;
const measuresBoth = (a: string, b: string) => MEASURE_END.test(a) && MEASURE_END.test(b);

/** The two questions of "<head> A 和 B <shared> <ask>": each topic with the words both share. */
function splitJoined(m: RegExpExecArray): string[] {
  // What both share after the second topic (计算机和软件工程|专业学费|分别…): the measure, asked of each.
  const words = cut(m[3]!);
  let k = words.length;
  while (k > 1 && SHARED_TAIL.test(words[k - 1]!)) k--;
  const second = words.slice(0, k).join('');
  const tail = words.slice(k).join('');
  const [head, first] = firstTopic(m[1]! + m[2]!, second);
  return [`${head}${first}${tail}${m[4] ?? ''}${m[5]}`, `${head}${second}${tail}${m[4] ?? ''}${m[5]}`];
}

/** Words that measure what two joined topics share (专业, 学费, 人数, …率), not a topic of the second alone. */
const SHARED_TAIL = /^(?:专业|学费|住宿费|费用|收费|标准|收费标准|人数|比例|占比|金额|分数线|计划|招生计划|学分|薪资|月薪|工资|[\u4e00-\u9fa5]{1,4}率)$/;

/**
 * Where the first of two joined topics starts: at the last word it shares with the second's first
 * word (鹤川理工|国家奖学金 和 国家励志奖学金), else as many words back as the second has (学费 和 住宿费).
 */
function firstTopic(before: string, second: string): [string, string] {
  const words = cut(before).filter((w) => w.length > 0);
  const secondWords = cut(second);
  let at = words.lastIndexOf(secondWords[0] ?? '');
  // Siblings (硕士、博士研究生; 本科和专科学生): the words after the second's first are the first's too.
  const last = words.at(-1) ?? '';
  if (at < 0 && secondWords.length > 1 && siblingWords(last, secondWords[0]!)) return [words.slice(0, -1).join(''), last + secondWords.slice(1).join('')];
  if (at < 0) at = Math.max(0, words.length - secondWords.length);
  // The first topic never reaches back past a comma (录取时，|平行志愿 和 非平行志愿): the comma stays with the scope.
  const comma = words.findLastIndex((w) => /^[，,、；;：:\s]+$/.test(w));
  if (comma >= at && comma < words.length - 1) at = comma + 1;
  return [words.slice(0, at).join(''), words.slice(at).join('')];
}

/** Two words of a kind a follow-up swaps (春季/秋季, 本科/专科): as long, ending alike, nouns or time words, not measures. */
function kindred(a: string, b: string): boolean {
  const kind = (w: string) => tag(w).every((t) => /^(?:n|t)$/.test(t.tag));
  return a.length >= 2 && a.length === b.length && a !== b && a.at(-1) === b.at(-1) && kind(a) && kind(b) && !MEASURE_END.test(a);
}

/** Two words of a kind: as long, ending alike (硕士/博士, 本科/专科, 男生/女生), neither a measure. */
function siblingWords(a: string, b: string): boolean {
  return a.length >= 2 && a.length === b.length && a !== b && a.at(-1) === b.at(-1) && isNoun(a) && isNoun(b) && !MEASURE_END.test(a);
}

/** "男生女生各多少人": two parts of the population side by side, without 和, each asked. */
function pairedParts(question: string): string[] | undefined {
  const m = /^(.*?)(分别|各)(.*)$/.exec(question);
  if (!m) return undefined;
  const words = cut(m[1]!).filter((w) => w.trim());
  // jieba may read the pair as one word (男生女生): split it where both halves name a part.
  const last = words.at(-1) ?? '';
  for (let i = 2; i <= last.length - 2; i++) {
    if (partsNamed(last.slice(0, i)).length && partsNamed(last.slice(i)).length) {
      words.splice(-1, 1, last.slice(0, i), last.slice(i));
      break;
    }
  }
  const [a, b] = words.slice(-2);
  if (!a || !b || a === b || partsNamed(a).length === 0 || partsNamed(b).length === 0) return undefined;
  // Siblings only (男生 and 女生): a part and the group holding it (硕士研究生) is one part.
  if (partsNamed(a).some((p) => partsNamed(b).includes(p))) return undefined;
  const head = words.slice(0, -2).join('');
  return [`${head}${a}${m[3]}`, `${head}${b}${m[3]}`];
}

/**
 * A follow-up read against the question before it: the previous topic with what the follow-up
 * changes (another institution, period, numbered row, modifier, part of the population or measure).
 */
function asFollowUp(q: ParsedQuery, previous: string, qctx: QueryContext, prev: { school?: string; period?: string; asked?: string } = {}): ParsedQuery {
  // "…学费多少？住六人间又要多少？": a room asked after another fee asks what the room costs (住宿费).
  if (ROOM_ROW.test(q.question) && !/费/.test(q.question) && /费/.test(previous) && !/住宿费|住宿/.test(previous)) q = parseQuery(`${q.question}住宿费`, qctx);
  // (A department the previous question named, 汽车工程学院, is one of its words — unless the follow-up names another
  // body of its own in its place: 思政课部呢, 那招生信息网呢 after 信息工程学院…发了多少篇.)
  const namesBody = q.terms.some((t) => t.weight >= 1 && t.source === t.term && (isDepartmentName(t.term) || OWN_BODY.test(t.term)));
  const base = namesBody ? parseQuery(previous, qctx) : departmentsAsTerms(parseQuery(previous, qctx));
  const question = q.question;
  const schoolsNamed = q.schools.length ? q.schools : prev.school ? [prev.school] : base.schools;
  // "那点击量呢？" asks another measure of the same topic: its own words become what is measured,
  // and the previous measure (推文…多少篇) steps back.
  // A part of the population (研究生呢), another 专业 or place (护理学, 外省) selects: it does not measure.
  // So does a numbered row (三档 after 一档, 六人间 after 四人间).
  const selects = (w: string) => partsNamed(w).length > 0 || SWAP_KINDS.some((same) => same(w)) || ROW_NAME.test(w) || (qctx.columnsOf?.(w).size ?? 0) > 0;
  // …and so does a word the previous question had (校区 of 北山校区 after 明湖校区…), or one put before it in
  // place of the old one (北山 for 明湖): the follow-up swaps a modifier, the measure stays asked.
  const kept = new Set(base.terms.map((t) => t.term));
  const swaps = modifierSwaps(previous, question);
  const swappedIn = swaps.added;
  const fresh = q.terms.filter((t) => t.source === t.term && t.weight >= 1 && !selects(t.term) && !kept.has(t.term) && !swappedIn.has(t.term));
  const replacedModifiers = swaps.replaced;
  const replacedParts = replacedPart(previous, question);
  // "秋季批呢" after "春季批…": a word of the same kind as one asked before (as long, ending alike) replaces it.
  const replacedSiblings = new Set(base.terms.filter((t) => t.source === t.term && fresh.some((f) => kindred(f.term, t.term))).map((t) => t.term));
  const replacedRows = replacedValues(previous, q, qctx);
  // "那护理学呢" after "临床医学学费…", "那外省呢" after "湖南考生…": a word of the same kind replaces the old.
  const typed = q.terms.filter((t) => t.source === t.term).map((t) => t.term);
  // "那没空调的呢" after "带空调…": a word negated (没X, 无X, 不带X) replaces its positive (带X, 有X).
  const negated = [...new Set(q.terms.map((t) => t.source))].map((w) => /^(?:没有|没|无|不带|不含)(.{2,})$/.exec(w)?.[1]).filter((w): w is string => !!w);
  const swapped = new Set([
    ...base.terms
      .filter((t) => t.source === t.term && !typed.includes(t.term))
      .filter((t) => SWAP_KINDS.some((same) => same(t.term) && typed.some((w) => same(w))))
      .map((t) => t.source),
    ...base.terms.filter((t) => negated.some((x) => new RegExp(`^(?:带|有|配|含)${x}$`).test(t.source))).map((t) => t.source),
  ]);
  // "四人间独卫空调的住宿费…？六人间呢": the words that described the replaced row go with it.
  const described = base.terms
    .filter((t) => replacedNumbered(t.source, q.terms))
    .map((t) => describingWords(previous, t.source, base.measure))
    .join('');
  // "那一个月最多拿多少" after "…一小时多少钱": a span of its own (一个月) replaces the one the amount was asked per (小时).
  const perNow = PER_SPAN.exec(normalizeForMatch(question))?.[1];
  const perBefore = PER_SPAN.exec(normalizeForMatch(previous))?.[1];
  const perReplaced = perNow && perBefore && perNow !== perBefore ? perBefore : undefined;
  // "那周末呢" after "宿舍晚上几点关门": a time (周末, 寒假) says when the same measure is asked, not another measure.
  const when = fresh.length > 0 && fresh.every((t) => isTimeCondition(t.term));
  // The previous measure steps back with its synonyms (学费 and 学杂费, 收费标准).
  const measured = (t: { term: string; source: string }) => !when && base.measure.some((m) => m.includes(t.term) || m === t.source);
  // …and one thing of its own (住宿费, not 调整 of 调整之前) where a measure was asked.
  const rewritesScene =
    fresh.length >= 2 ||
    (fresh.length === 1 && base.measure.length > 0 && base.terms.some((t) => measured(t)) && tag(fresh[0]!.term).every((w) => /^n/.test(w.tag))) ||
    // (…or one asking a list of its own, 那哪些信息不予公开 after 收到过申请吗: what it lists is asked.)
    (fresh.length >= 1 && !!q.listed && q.listed !== base.listed);
  return {
    ...base,
    // A follow-up that asks no measure of its own (三档呢？) asks it the way the previous question did
    // (一年多少钱: per year): its wording cues carry over.
    // So does one that names another thing and nothing of how it is asked (国家助学金呢 after 国家励志奖学金一年多少).
    question: fresh.length && (HAS_CUE.test(question) || !BARE_FOLLOW_UP.test(question)) ? question : `${question}${(previous.match(CARRIED_CUES) ?? []).join('')}`,
    schools: schoolsNamed,
    ambiguousSchools: q.ambiguousSchools,
    unknownSchools: q.unknownSchools,
    // (再往前一年呢, 上一年呢: a year before the previous turn's, not before today.)
    time: stepsYear(question)
      ? stepped(question, (prev.asked ?? prev.period) ? parseTime((prev.asked ?? prev.period)!, qctx.today) : base.time)
      : (q.time ?? (prev.period ? parseTime(prev.period, qctx.today) : base.time)),
    cross: q.schools.length > 1 || (schoolsNamed.length === 0 && base.cross),
    terms: [
      ...base.terms
        // "那6人间呢？" after "4人间…": a numbered name of the same kind replaces the previous one.
        .filter((t) => !replacedNumbered(t.source, q.terms))
        // "那国家级媒体呢？" after "省内媒体…": a new word before the same head replaces the old one.
        .filter((t) => !replacedModifiers.has(t.source))
        // "研究生呢" after "本科生落实率…": another part of the population replaces the one asked.
        .filter((t) => !replacedParts.some((p) => t.source.includes(p) || t.term.includes(p)))
        .filter((t) => !replacedSiblings.has(t.source))
        // "财务管理呢" after "物流管理…": another value of the same table column replaces the one asked.
        .filter((t) => !replacedRows.some((v) => v.includes(t.source)))
        .filter((t) => !(described && described.includes(t.source)))
        .filter((t) => !swapped.has(t.source))
        .filter((t) => !(perReplaced && t.source === perReplaced))
        // (…and the previous question's own time, 中午 before 夜宵, gives way to the one asked now.)
        .filter((t) => !(when && t.source === t.term && isTimeCondition(t.term) && !q.terms.some((n) => n.term === t.term)))
        .map((t) => (fresh.length && measured(t) ? { ...t, weight: t.weight * 0.3 } : t))
        // A follow-up with words of its own on two things or more (毕业生…期望) rewrites the scene: the
        // previous question's other words weigh less than its own.
        // So does one that asks another measure (住宿费呢 after 单招学费…): 单招 sets the scene, 住宿费 is asked.
        .map((t) => (rewritesScene && !measured(t) && !q.terms.some((n) => n.term === t.term) ? { ...t, weight: t.weight * 0.5 } : t)),
      ...q.terms.filter((t) => !base.terms.some((b) => b.term === t.term)),
    ],
    ...(fresh.length && !when
      ? {
          measure: q.measure.length ? q.measure : fresh.map((t) => t.term),
          // "那夜宵呢" after "食堂中午几点开饭": a bare thing with no kind of figure of its own is asked as before.
          // (…nor one naming a kind of contact detail of its own: 网址呢 after 电话多少 asks no phone.)
          ...(q.unit || !BARE_FOLLOW_UP.test(question) || fresh.some((t) => headerClassOf(t.term)) || NAMES_CONTACT.test(question)
            ? { unit: q.unit, unitWord: q.unitWord }
            : { unit: base.unit, unitWord: base.unitWord }),
          qualifier: q.qualifier,
        }
      : {}),
    ...(perReplaced ? { measure: base.measure.filter((m) => m !== perReplaced) } : {}),
    // Its own qualifier (其中…, 新增…) narrows what the previous question asked.
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    // Its own extreme (最低一档呢 after 最高那一档…) replaces the previous one, and the 最高 read as a bound goes with it.
    ...(q.rank && q.rank !== base.rank
      ? { rank: q.rank, ...(!q.qualifier && base.qualifier === 'max' ? { qualifier: undefined } : {}) }
      : {}),
    // A follow-up asking a figure of its own kind (那…最长能读几年 after 可以降级吗) asks that figure.
    ...(q.intent === 'figure' && base.intent !== 'figure' && q.unit ? { intent: q.intent, unit: q.unit, unitWord: q.unitWord } : {}),
    // A follow-up asking a list (那哪些…不予公开) after a yes-or-no question asks the list.
    // (…and any follow-up asking another list, 那哪些人能申请 after 有哪些奖学金, asks that list.)
    ...(q.listed && q.listed !== base.listed ? { listed: q.listed, ...(base.intent === 'yesno' && q.intent !== 'yesno' ? { intent: q.intent } : {}) } : {}),
    // …and one asking where (转进去以后在哪个校区上课 after …接收多少人) asks where, of the same thing.
    ...(q.intent === 'where' && base.intent !== 'where' ? { intent: q.intent, unit: undefined, unitWord: undefined, measure: q.measure, qualifier: q.qualifier } : {}),
  };
}

/** 再往前一年, 再早一年, 前一年呢 (and 往后一年): the previous turn's period moved by a year. */
// (…with the words around it a user types: 换成上一年的数呢, 更早一个学年是多少, 再往前一年的情况呢.)
const STEP_LEAD = String.raw`(?:那|那么)?(?:换成|改成|看看?|说说)?(?:再|更)?`;
const STEP_TAIL = String.raw`(?:的)?(?:数|数字|数据|情况)?(?:呢|的呢|是多少|多少|是啥|是什么)?[？?。!！]*$`;
// (…by one or a few, 再往前两年, and by a graduating class too, 上一届呢: a 届 is a year.)
const STEP_COUNT = String.raw`(一|1|两|2|三|3)个?(?:年|学年|年度|届)`;
const YEAR_BACK = new RegExp(String.raw`^${STEP_LEAD}(?:往前|向前|早|前|上)(?:推)?${STEP_COUNT}${STEP_TAIL}`);
const YEAR_ON = new RegExp(String.raw`^${STEP_LEAD}(?:往后|向后|晚|后|下)(?:推)?${STEP_COUNT}${STEP_TAIL}`);
const STEP_YEARS: Record<string, number> = { 一: 1, 1: 1, 两: 2, 2: 2, 三: 3, 3: 3 };

/** How many years a follow-up steps the previous turn's time (-2 for 再往前两年), or 0 when it does not. */
function yearStep(question: string): number {
  const back = YEAR_BACK.exec(question.trim());
  if (back) return -STEP_YEARS[back[1]!]!;
  const on = YEAR_ON.exec(question.trim());
  return on ? STEP_YEARS[on[1]!]! : 0;
}
const stepsYear = (question: string) => yearStep(question) !== 0;

/** The previous turn's time, moved back or on by the years the follow-up says. */
function stepped(question: string, previous: TimeAsk | undefined): TimeAsk | undefined {
  const years = yearStep(question);
  return previous && years ? shiftYears(previous, years) : previous;
}

/** A body that publishes or acts on its own: an office (思政课部, 科研处) or a channel (招生信息网, 公众号). */
const OWN_BODY = /(?:部|处|办|办公室|中心|学院|系|网|网站|公众号|官微|平台)$/;

/** A word naming when something holds (周末, 寒假, 节假日), from the grammar's list. */
const TIME_CONDITIONS = new Set(grammar.timeConditions);
const isTimeCondition = (w: string) => TIME_CONDITIONS.has(w);

/** Longest value of a table column looked for in a previous question. */
const COLUMN_VALUE_MAX = 16;

/**
 * "财务管理呢" after "…物流管理招多少人": a word typed that stands in a table column (专业名称) replaces the
 * previous question's value of the same column; the previous value is returned.
 */
function replacedValues(previous: string, q: ParsedQuery, qctx: QueryContext): string[] {
  if (!qctx.columnsOf) return [];
  const typed = q.terms.filter((t) => t.source === t.term && t.weight >= 1 && t.term.length >= 2).map((t) => t.term);
  const norm = normalizeForMatch(previous);
  const out: string[] = [];
  for (const w of typed) {
    const columns = qctx.columnsOf(w);
    if (columns.size === 0 || norm.includes(w)) continue;
    for (let i = 0; i < norm.length; i++) {
      for (let len = Math.min(COLUMN_VALUE_MAX, norm.length - i); len >= 2; len--) {
        const v = norm.slice(i, i + len);
        if ([...qctx.columnsOf(v)].some((c) => columns.has(c))) {
          out.push(v);
          i += len - 1;
          break;
        }
      }
    }
  }
  return out;
}

/** An office or department named in a message (继续教育学院招生办, 学生资助管理中心). */
// (Its words hold no 的, 在, 是, 和: "明湖校区的招生办" names 招生办 and a campus, not one office.)
const OFFICE_NAME = /[^\s\p{P}的在是和与有了]{0,8}(?:办公室|招生办|(?<![好难长用益坏])处|中心|部)(?=[的电话邮箱地址在是，,？?\s]|$)/gu;

/** How much a lead-in's words (想去查政府信息，…) weigh against the clause that asks. */
const LEAD_IN_WEIGHT = 0.5;
/** What opens a clause of purpose. */
// (…or the problems it is about, 针对…存在的问题，下一步打算怎么改: the clause after says what is asked of them.)
const PURPOSE = /^(?:我|我们|孩子)?(?:想|想要|打算|准备|要去|想去|为了|计划)|^[^，,]{0,10}?(?:针对|对照)[^，,]*(?:问题|不足|短板|差距)/;

/**
 * "想去查政府信息，云溪县全县一共有几个查阅点": a clause before the one that asks, asking nothing itself,
 * says why; its words set the scene at a lower weight than the asking clause's own.
 */
function withLeadInScene<Q extends ParsedQuery>(q: Q, question: string): Q {
  const segments = question.split(/[，,；;]/).filter((s) => s.trim());
  if (segments.length < 2) return q;
  const asking = segments.filter((s) => ASK.test(s));
  // Only a purpose (想去查…, 打算报…, 听说…): a clause that names the topic (浙中医成人教育专升本，…) or a
  // condition (宿舍里没有独立卫生间，…) is the question's own.
  if (asking.length !== 1 || ASK.test(segments[0]!) || !PURPOSE.test(segments[0]!.trim())) return q;
  const own = normalizeForMatch(asking[0]!);
  const lead = normalizeForMatch(segments.slice(0, segments.indexOf(asking[0]!)).join(''));
  // A lead-in naming a row (带空调的四人间) or a measure states what is asked, not why.
  if (new RegExp(NUMBERED.source).test(lead) || q.measure.some((m) => lead.includes(m))) return q;
  const leadOnly = (t: { source: string }) => lead.includes(t.source) && !own.includes(t.source);
  return { ...q, terms: q.terms.map((t) => (leadOnly(t) ? { ...t, weight: t.weight * LEAD_IN_WEIGHT } : t)) };
}

/** A first clause saying who asks (我是外省户口，…; 孩子是农村户口，…). */
// (Only where one comes from, 外省户口, 河南考生, 外地人: 我是枫渡24级理工科的 names the row asked.)
const ASKER = /^(?:我|我们|我家|孩子|我孩子|我家孩子|本人)(?:是|属于)[^，,]{0,8}(?:户口|户籍|籍|人|考生|生源)的?$/;

/**
 * "我是外省户口，读浙中医中草药栽培与鉴定专业，一年学费要交多少？": a first clause saying who asks is a condition the
 * documents may not tell apart: its own words set the scene (they weigh less and need not be in any document).
 */
function withAskerScene<Q extends ParsedQuery>(q: Q, question: string): Q {
  const segments = question.split(/[，,；;]/).filter((s) => s.trim());
  if (segments.length < 2 || !ASKER.test(segments[0]!.trim()) || ASK.test(segments[0]!)) return q;
  const first = normalizeForMatch(segments[0]!);
  const rest = normalizeForMatch(segments.slice(1).join(''));
  const own = (t: { source: string }) => first.includes(t.source) && !rest.includes(t.source);
  return { ...q, terms: q.terms.map((t) => (own(t) ? { ...t, weight: t.weight * LEAD_IN_WEIGHT, scene: true } : t)) };
}

/**
 * "澧交职院汽车工程学院…", "其中信息工程学院发了多少": a 学院 without a place, beside an institution,
 * is one of its departments: a word of the question, not an institution the index lacks.
 */
function departmentsAsTerms<Q extends ParsedQuery>(q: Q): Q {
  if (q.schools.length === 0) return q;
  const departments = q.unknownSchools.filter((n) => !opensWithPlace(n));
  if (departments.length === 0) return q;
  return {
    ...q,
    unknownSchools: q.unknownSchools.filter((n) => !departments.includes(n)),
    terms: [...q.terms, ...departments.map((n) => ({ term: normalizeForMatch(n), weight: 1, source: n }))],
  };
}

/** Words by which a question names the institution it is asked of (学校, 你们, 贵校). */
const SELF_NAMED = /学校|你们|贵校|本校|咱们|学院|大学/;

/** Longest question that carries the previous turn's topic as its scene, and how much those words weigh. */
const CARRIED_SCENE_MAX = 16;
const CARRIED_SCENE_WEIGHT = 0.3;

/** The previous question's topic words (typed, of weight) the question lacks, added as a scene. */
function withPreviousScene<Q extends ParsedQuery>(q: Q, previous: string, qctx: QueryContext): Q {
  const own = new Set(q.terms.map((t) => t.term));
  // (Only a question with a word of its own the documents use: 有游泳馆吗, where none writes 游泳馆, is a new topic
  // that the scene must not answer.)
  if (!q.terms.some((t) => t.term.length >= 2 && t.weight >= 0.5 && !t.scene && qctx.known(t.term))) return q;
  const scene = departmentsAsTerms(parseQuery(previous, qctx))
    .terms.filter((t) => (t.weight >= 1 || t.scene) && t.source === t.term && t.term.length >= 2 && !own.has(t.term))
    .map((t) => ({ ...t, weight: t.weight * CARRIED_SCENE_WEIGHT, scene: true }));
  return scene.length ? { ...q, terms: [...q.terms, ...scene] } : q;
}

/** Below this weight a word is glue or unknown (最后, 成功): a question of such words only has no topic of its own. */
const THIN_WEIGHT = 0.5;

export function understand(message: string, opts: UnderstandOptions, ctx: Omit<QueryContext, 'today'>): Query {
  // (说几个主要的 after a list asked says how much of it to give: no words of the question.)
  const question = withoutListAmount(message);
  const qctx = { ...ctx, today: opts.today };
  const notes: string[] = [];
  let q = parseQuery(question, qctx);
  const prev = opts.context;
  let followed: string | undefined;
  // A question with no thing of its own to ask about (最后转成功了几个？: only light words) is one too.
  // (Only words that name no thing: 食堂几点开门 names 食堂, a new topic even where no document has it.)
  // (…nor the kind of place or thing its ask names, 哪个校区 of 转进去以后在哪个校区上课: that is what it asks, not of what.)
  // (…nor the words its ask brings in, 地点 of 在哪: only the words typed are its own.)
  const typed = q.terms.filter((t) => normalizeForMatch(question).includes(t.source));
  // (…and so is one with no word of its own at all that asks a figure or a time, 去年招了多少？: of the previous topic.)
  // (Not one naming the institution itself, 你们学校一共有多少人: that is a question of its own.)
  const bare = typed.length === 0 && !!q.time && !SELF_NAMED.test(question);
  const thin =
    q.schools.length === 0 &&
    !q.cross &&
    q.intent !== 'catalog' &&
    (bare || (typed.length > 0 && typed.every((t) => t.weight < THIN_WEIGHT && (!isNoun(t.term) || !!t.scene))));
  // "And for students who enrolled in 2023?": an English question opening with and/what about carries on the last one.
  // (Not one that asks its own way: "And what's the number to call for repairs?" is a question of its own.)
  const carriesOn = /^\s*and\s+(?:for|in|at|the|those|students|what about)\b/i.test(question) && q.schools.length === 0;
  // (…and so is one that only steps the time asked, 更早一个学年是多少: the previous topic a year back.)
  const stepOnly = stepsYear(question);
  if ((q.elliptical || isFollowUp(question) || thin || carriesOn || stepOnly) && prev?.question) {
    // A follow-up ("那去年呢？", "那安全职院呢？") keeps the previous topic and changes what it names.
    // (A message that only steps the time has no words of its own: 一个 of 更早一个学年 names nothing.)
    const own = stepOnly ? { ...q, terms: [], measure: [] } : q;
    q = asFollowUp(own, prev.question, qctx, prev);
    notes.push(`follow-up of “${prev.question}”`);
    followed = prev.question;
  } else if (q.schools.length === 0 && q.unknownSchools.length === 0 && q.ambiguousSchools.length === 0 && !q.cross && q.intent !== 'catalog') {
    const fallback = opts.school ? ctx.matcher.resolve(opts.school) : prev?.school;
    if (fallback) {
      q.schools = [fallback];
      notes.push(`no institution named: ${opts.school ? 'the widget’s' : 'the previous turn’s'} ${fallback}`);
    }
    // A short question in a conversation naming no institution (去年的计划数是多少来着？ after 榛大今年的高校专项计划一共招多少人？)
    // is still about the previous topic: its words set the scene, weighing less than the question's own.
    if (prev?.question && !opts.school && question.trim().length <= CARRIED_SCENE_MAX) {
      const carried = withPreviousScene(q, prev.question, qctx);
      if (carried !== q) {
        q = carried;
        notes.push(`scene of “${prev.question}” carried at a lower weight`);
      }
    }
  }
  const asked = questionParts(question);
  // Institutions joined (淮澜和澧阳理工在校生各有多少人) are compared, not two topics: the comparison reads them.
  const topics = q.schools.length > 1 ? undefined : splitTopics(question);
  // (…and so is one part of several that joins its own topics: 普通号和急诊号各多少？周末去算哪种？)
  // (Not when a later part follows on, 东校区和西校区各几点门禁？周末呢？: it follows the whole of the one before.)
  const followsOn = asked.some((a, i) => i > 0 && (isFollowUp(a) || parseQuery(a, qctx).elliptical));
  const nested = (a: string) => (q.schools.length > 1 || followsOn ? undefined : splitTopics(a)) ?? [a];
  const texts = asked.length > 1 ? asked.flatMap(nested) : (topics ?? [question]);
  // Parallel topics (国家奖学金和国家励志奖学金各…): each part is all its own scene; the other's topic is no part of it.
  const parallel = asked.length <= 1 && texts.length > 1;
  const parsedParts = texts.length > 1 ? texts.map((t) => parseQuery(t, qctx)) : [];
  const offices = texts.length > 1 ? [...normalizeForMatch(question).matchAll(OFFICE_NAME)].map((m) => m[0]) : [];
  const parts =
    texts.length > 1
      ? texts.map((t, i) => {
          const parsed = parsedParts[i]!;
          // "本科生落实率多少，研究生呢": a later part that only changes something follows the one before.
          const follows = i > 0 && (parsed.elliptical || isFollowUp(t));
          const p = follows ? asFollowUp(parsed, texts[i - 1]!, qctx) : parsed;
          // A part that names no institution or time is about the ones the message names; the
          // message's other words set the scene at a lower weight (官微 for "阅读量多少"). A part
          // that follows the one before already carries its scene.
          // Words another part asks about (有效期 of “…开始执行？有效期到哪天？”) are that part's, not the scene.
          // (…and so are the rows a later part names, 6人间 of “宿舍几点开门，6人间几点断电”: an earlier part's row,
          // 二等 of “二等奖学金多少钱？名额占多少比例”, is the scene of the parts after it.)
          const laterRows = (o: ParsedQuery, j: number) => (j > i ? (normalizeForMatch(o.question).match(NUMBERED) ?? []).filter((w) => !normalizeForMatch(t).includes(w)) : []);
          const othersMeasure = parsedParts.flatMap((o, j) => (j === i ? [] : [...o.measure, ...laterRows(o, j)]));
          const scene =
            follows || parallel
              ? []
              : q.terms
                  .filter((x) => !p.terms.some((y) => y.term === x.term))
                  // A part with nothing of its own to ask about (都叫啥) keeps the whole scene.
                  .filter(
                    (x) =>
                      !p.terms.some((t) => t.source === t.term && t.weight >= 1) || !othersMeasure.some((m) => m.includes(x.source) || x.source.includes(m)),
                  )
                  .map((x) => ({ ...x, weight: x.weight * 0.4, scene: true }));
          // What another part asks about and this one does not (北山校区 for “明湖校区在哪报到”): a passage
          // on both is less this part's answer than one on its own.
          // (Not the words of an office the message names, 继续教育学院招生办 of "…招生办电话多少，办公室在哪儿":
          // that office is what the later part asks about too.)
          const own = new Set(p.terms.map((t) => t.term));
          const contrast = parsedParts
            .filter((_, j) => j !== i)
            .flatMap((o) =>
              o.terms
                .filter((t) => t.source === t.term && t.weight >= 1 && t.term.length >= 2 && !own.has(t.term) && !offices.some((n) => n.includes(t.term)))
                .map((t) => t.term),
            );
          // (A follow-up's own words, 轻微伤 of 打成轻微伤呢: the earlier part's passage answers it only if it holds them.)
          const followsWith = follows ? ownWords(parsed, parsedParts[i - 1]!) : [];
          // (…and they are its main topic: the words carried from the earlier part set its scene.)
          const isOwn = (t: { source: string }) => followsWith.includes(t.source);
          const ownTerms = followsWith.length ? p.terms.map((t) => (isOwn(t) ? t : { ...t, weight: t.weight * CARRIED_WEIGHT })) : p.terms;
          return {
            ...p,
            schools: p.schools.length ? p.schools : q.schools,
            time: p.time ?? q.time,
            cross: q.cross || p.cross,
            terms: [...ownTerms, ...scene],
            ...(contrast.length ? { contrast } : {}),
          };
        })
      : [];
  if (parts.length) notes.push(`two-part question: ${texts.map((t) => `“${t}”`).join(' / ')}`);
  return {
    ...departmentsAsTerms(parts.length ? q : withAskerScene(withLeadInScene(q, question), question)),
    parts: parts.map(departmentsAsTerms),
    notes,
    ...(followed ? { followed } : {}),
  };
}
