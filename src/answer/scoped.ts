// Comparisons that give each institution its own words: "澄理工软件工程和澄江财经学院会计学，哪个学费贵？"
// asks 软件工程 of the first and 会计学 of the second; "杭州市政府办公厅2022年和西湖区2023年，谁…更多"
// asks each for its own year. Each institution is asked the words up to the next one, with the
// question's opening and closing words; when an institution has no words of its own, every word is everyone's.

import grammar from '../retrieve/question-words.json' with { type: 'json' };

export interface Mention {
  school: string;
  start: number;
  end: number;
}

/** Joiners between the institutions' parts. */
const JOINER = /(?:和|与|跟|及|以及|还是|或|、|，|,|的|\s)+$/u;
/** Words that ask: shared by every institution of the question. */
const ASKS = /多少|几|哪|什么|吗|是否|呢|怎么|如何|谁/;

/** Where the shared asking words start when no punctuation closes the last part. */
const SHARED_ASK = /分别|各自|各是|各有|各要|各多少|各为/;

/** A comparison's ask closing the question (哪个贵, 谁的更高). */
// (…or asks whether they are the same: 是不是一样, 相同吗.)
const COMPARING_ASK =
  /(?:(?:哪个|哪所|哪家|哪一个|谁)(?:的)?(?:更|最|比较|要)?(?:贵|便宜|高|低|多|少|大|小|长|短)(?:一些|一点|些)?|(?:是不是|是否|是)(?:一样|相同)|(?:一样|相同)(?:吗|不|么|嘛))[？?。！!\s]*$/u;

/**
 * Kinds of detail that a last part may end with for every part: "A学生资助中心和B后勤热线电话分别是多少" asks
 * A's 电话 too when A's own words name no detail of their own.
 */
const SHARED_KINDS = [...grammar.contactKinds, '学费', '住宿费', '收费标准', '费用'].sort((a, b) => b.length - a.length);
const KIND_TAIL = new RegExp(`(?:${SHARED_KINDS.join('|')})$`, 'u');

/** Where the closing words start: the first punctuation after the last institution's part. */
const CLOSING = /[，,；;？?。！!]/;

/** True when every part names one same measure (学费 of 理工类学费 and 非师范专业学费), not only a same people (本科生). */
function parallelParts(parts: string[]): boolean {
  const first = parts[0] ?? '';
  for (let i = 0; i + 2 <= first.length; i++) {
    const w = first.slice(i, i + 2);
    if (/^[\u4e00-\u9fa5][费率额数金]$/.test(w) && parts.every((p) => p.includes(w))) return true;
  }
  return false;
}

/** Each institution's own words in its question (without its name and the shared words). */
function ownParts(out: Map<string, string>, ms: Mention[], opening: string, closing: string): string[] {
  return [...out.values()].map((q, i) => q.slice(opening.length + (ms[i]!.end - ms[i]!.start), q.length - closing.length).replace(JOINER, '').replace(/^的/, ''));
}

/**
 * True when each part names a different thing of its own (补修 / 重修, 软件工程 / 会计学): none holds another's
 * words. "2024届 / 2024届本科" is one cohort with a scope added that the question may mean for both.
 */
function distinctParts(parts: string[]): boolean {
  const bare = parts.map((p) => p.replace(/[\s\p{P}]/gu, ''));
  if (bare.some((p) => p.length < 2)) return false;
  return bare.every((a, i) => bare.every((b, j) => i === j || (!a.includes(b) && !b.includes(a))));
}

/** The question as asked of each institution, or undefined when they share all their words. */
export function scopedQuestions(text: string, mentions: Mention[]): Map<string, string> | undefined {
  const ms = [...mentions].sort((a, b) => a.start - b.start);
  if (ms.length < 2 || new Set(ms.map((m) => m.school)).size !== ms.length) return undefined;
  // The question's own closing mark closes the last part unless that leaves the ask inside it: then
  // "…资助中心分别在哪间办公室？" closes at 分别, as it would without the mark.
  return split(text, ms, false) ?? split(text, ms, true);
}

function split(text: string, ms: Mention[], pastFinalMark: boolean): Map<string, string> | undefined {
  const last = ms.at(-1)!;
  // Without punctuation, the shared words start at a word that distributes the ask over the institutions
  // (…溪师招生咨询邮箱分别是啥: 分别, 各); a bare question word (…本科的落实率哪个高) leaves them apart.
  // (The last institution needs two characters of its own before 分别, or it has no words of its own.)
  // (…or at the comparison closing the question: …澜师非师范专业学费哪个贵.)
  const comparing = !CLOSING.test(text.slice(last.end).replace(/[？?。！!\s]+$/, '')) && !SHARED_ASK.test(text.slice(last.end)) && COMPARING_ASK.test(text.slice(last.end));
  const shared = SHARED_ASK.exec(text.slice(last.end)) ?? COMPARING_ASK.exec(text.slice(last.end));
  // "…和云农大官网的网址是什么": with nothing else closing the last part, its 的 does when the words after it
  // ask and the words before it do not.
  const ofClose = /^([^的]{2,}?)的(.*)$/u.exec(text.slice(last.end));
  const ofCloses = !!ofClose && !ASKS.test(ofClose[1]!) && ASKS.test(ofClose[2]!);
  // (A closing comparison, …重修哪个贵？, closes the last part before its question mark does.)
  const close = (comparing && shared && shared.index >= 2 ? shared : null) ?? CLOSING.exec(pastFinalMark ? text.slice(last.end).replace(/[？?。！!\s]+$/u, '') : text.slice(last.end)) ?? (shared && shared.index >= 2 ? shared : null) ?? (ofCloses ? { index: text.length - last.end } : null);
  if (!close) return undefined;
  const closingStart = last.end + close.index;
  let closingAt = closingStart;
  // "…和东淮师大信息公开办的咨询电话分别是多少": the last institution's words end at its 的 when the
  // words after it ask; those are everyone's (咨询电话分别是多少).
  const lastOwn = text.slice(last.end, closingStart);
  const of = lastOwn.indexOf('的');
  if (ASKS.test(lastOwn) && of >= 2 && !ASKS.test(lastOwn.slice(0, of)) && ASKS.test(lastOwn.slice(of + 1))) closingAt = last.end + of + 1;
  // "南海科大研究生和临职院的国家奖学金各是多少": the last institution's 的 opens the words everyone is asked;
  // the last has no words of its own, the ones before it do.
  const sharedAfterLast = of === 0 && ASKS.test(lastOwn.slice(1));
  if (sharedAfterLast) closingAt = last.end + 1;
  // The detail kind ending the last part (…后勤热线电话) is everyone's when no earlier part names a kind.
  const tail = KIND_TAIL.exec(text.slice(last.end, closingAt).replace(/的$/, ''));
  const earlierKinds = ms.slice(0, -1).some((m, i) => SHARED_KINDS.some((k) => text.slice(m.end, ms[i + 1]!.start).includes(k)));
  if (tail && tail.index >= 2 && !earlierKinds) closingAt = last.end + tail.index;
  const opening = text.slice(0, ms[0]!.start);
  const closing = text.slice(closingAt);
  const out = new Map<string, string>();
  // "四人间住宿费哪家最便宜：澜理工研究生公寓、汀川师院、云溪职院？": with the shared words all asked before
  // the names, one name's own words (研究生公寓) are its own, and a bare name is asked the shared words only.
  const sharedFirst = /[\u4e00-\u9fa5]{2,}/.test(opening) && ASKS.test(opening) && /[：:]\s*$/.test(opening);
  let owners = 0;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const end = i + 1 < ms.length ? ms[i + 1]!.start : closingAt;
    if (end < m.end) return undefined;
    const part = text.slice(m.start, end).replace(JOINER, '');
    // Another name for it in brackets (WIT (武工程)) is no word of its own; a year in brackets (（2016）) is.
    const own = part
      .slice(m.end - m.start)
      .replace(/^\s*[（(][^）)\d]*[）)]/u, '')
      .replace(/^的/, '');
    const bare = own.replace(/[\s\p{P}]/gu, '').length < 2;
    if (bare && !(sharedAfterLast && i === ms.length - 1) && !sharedFirst) return undefined;
    if (!bare) owners++;
    // The ask inside the last part ("…滨江学院住宿费差多少") is everyone's: the words cannot be told apart.
    if (i === ms.length - 1 && ASKS.test(own)) return undefined;
    out.set(m.school, `${opening}${part}${closing}`);
  }
  if (sharedFirst && owners === 0) return undefined;
  // Split before the question's closing mark, a number in a part (2017级4人间) is a scope the question may
  // mean for all: "甲本部和乙学院2017级4人间住宿费各多少？" stays one question.
  if (pastFinalMark && ownParts(out, ms, opening, closing).some((p) => /[\d一二三四五六七八九十两]/u.test(p))) return undefined;
  // Split at a closing comparison only when every part names the measure itself (理工类学费 / 非师范专业学费):
  // "甲职院2024届和乙大学2024届本科的落实率哪个高" leaves 落实率 everyone's.
  if (comparing && !parallelParts(ownParts(out, ms, opening, closing)) && !distinctParts(ownParts(out, ms, opening, closing))) return undefined;
  return out;
}
