// Comparisons that give each institution its own words: "澄理工软件工程和澄江财经学院会计学，哪个学费贵？"
// asks 软件工程 of the first and 会计学 of the second; "杭州市政府办公厅2022年和西湖区2023年，谁…更多"
// asks each for its own year. Each institution is asked the words up to the next one, with the
// question's opening and closing words; when an institution has no words of its own, every word is everyone's.

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

/** Where the closing words start: the first punctuation after the last institution's part. */
const CLOSING = /[，,；;？?。！!]/;

/** The question as asked of each institution, or undefined when they share all their words. */
export function scopedQuestions(text: string, mentions: Mention[]): Map<string, string> | undefined {
  const ms = [...mentions].sort((a, b) => a.start - b.start);
  if (ms.length < 2 || new Set(ms.map((m) => m.school)).size !== ms.length) return undefined;
  const last = ms.at(-1)!;
  // Without punctuation, the shared words start at a word that distributes the ask over the institutions
  // (…溪师招生咨询邮箱分别是啥: 分别, 各); a bare question word (…本科的落实率哪个高) leaves them apart.
  // (The last institution needs two characters of its own before 分别, or it has no words of its own.)
  const shared = SHARED_ASK.exec(text.slice(last.end));
  const close = CLOSING.exec(text.slice(last.end)) ?? (shared && shared.index >= 2 ? shared : null);
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
  const opening = text.slice(0, ms[0]!.start);
  const closing = text.slice(closingAt);
  const out = new Map<string, string>();
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
    if (own.replace(/[\s\p{P}]/gu, '').length < 2 && !(sharedAfterLast && i === ms.length - 1)) return undefined;
    // The ask inside the last part ("…滨江学院住宿费差多少") is everyone's: the words cannot be told apart.
    if (i === ms.length - 1 && ASKS.test(own)) return undefined;
    out.set(m.school, `${opening}${part}${closing}`);
  }
  return out;
}
