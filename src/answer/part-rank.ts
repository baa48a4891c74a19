// "哪个二级学院发稿最多", "职能处室里谁发文最多": the row of a breakdown stated in running text
// (其中党政办公室57篇，…，安全工程学院100篇，信息工程学院210篇) that ranks first, read from the figures
// index's parts. The breakdown is the one whose measure the question asks; the kind of row asked
// (part-kinds.json) narrows the rows by their name endings; a tie names every row at the top.
import type { ParsedQuery } from '../retrieve/query.js';
import { unitFamily } from '../text/figures.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { FigureRecord } from '../types.js';
import { Cites, type FigureEnv, type FigureReply, recordScore, wanted } from './figures-answer.js';
import data from './part-kinds.json' with { type: 'json' };

const KINDS = Object.entries(data.kinds as Record<string, string[]>).sort((a, b) => b[0].length - a[0].length);
const ENGLISH = Object.entries(data.english as Record<string, string>).sort((a, b) => b[0].length - a[0].length);

/** A breakdown needs this many rows of the kind asked before one of them can rank first. */
const LEAST_ROWS = 3;
/** The least score (figures-answer.ts recordScore) a breakdown's measure takes: the question's measure or phrase. */
const LEAST_SCORE = 2;

/** What each of the question's words said in a breakdown's sentence adds to its score. */
const SAID_WEIGHT = 0.1;

/** Two things joined in the question (A和B, A还是B, A or B). */
const PAIR_NAMED = /[\u4e00-\u9fa5a-z](?:和|与|跟|还是|或者?)[\u4e00-\u9fa5a-z]|\bor\b/;

/** Asks which one (哪个, 谁, which), not how much the top one is. */
const ASKS_WHICH = /哪|谁|which|who/i;

/** The kind of row asked (二级学院 of 哪个二级学院), the longest named, and the name endings of its rows. */
export function askedPartKind(question: string, names: string[] = []): { kind: string; endings: string[] } | undefined {
  // (Without the institution's names: 学院 of 安全工程学院 is no kind asked.)
  const q = names.reduce((t, n) => t.split(normalizeForMatch(n)).join(' '), normalizeForMatch(question));
  // The kind stands by the ask (哪个二级学院, 职能处室里…谁, which of … secondary colleges): a kind elsewhere is a name's
  // (安徽职业技术学院哪个部门: 部门, not 学院).
  const english = ENGLISH.find(([k]) => new RegExp(`\\bwhich\\s+(?:of\\s+[^,?]*?)?(?:\\w+\\s+){0,2}?${k}(?:e?s)?\\b`, 'i').test(question))?.[1];
  // (…or right before it, across a comma: 那四个二级学院，哪个…)
  const hit = KINDS.find(([k]) => k === english || new RegExp(`哪(?:一)?(?:个|些|家|所|几个)?${k}|${k}(?:里|中|当中)?[，,]?[^，。？?]{0,12}(?:谁|哪)`).test(q));
  return hit ? { kind: hit[0], endings: hit[1] } : undefined;
}

/** True when a row's name is of the kind asked. */
const ofKind = (part: string, endings: string[]) => endings.length === 0 || endings.some((e) => part.endsWith(e));

/**
 * The top row of the breakdown that best states what the question measures, among the documents
 * given (the institution's, of the time asked). Undefined when the question ranks nothing, asks no
 * which, or no breakdown of the measure has enough rows of the kind asked.
 */
export function rankedPart(q: ParsedQuery, env: FigureEnv, docIds: Set<string>, firstCitation: number): (FigureReply & { unit: string }) | undefined {
  if (!q.rank || !ASKS_WHICH.test(q.question)) return undefined;
  // (An English question is measured by the words it reads as: website, articles → 官网, 文章.)
  const w = wanted(/[\u4e00-\u9fa5]/.test(q.question) ? q : { ...q, question: q.terms.map((t) => t.term).join(' ') }, env.lexicon);
  const kind = askedPartKind(q.question, q.aliases ?? []);
  // (Two things named and compared, 抖音和官微哪个发得多, are not the rows of one breakdown: each is asked of itself.)
  if (!kind && PAIR_NAMED.test(normalizeForMatch(q.question))) return undefined;
  // Breakdowns: the parts stated in one sentence for one metric.
  const groups = new Map<string, FigureRecord[]>();
  for (const r of env.records) {
    if (!r.part || !docIds.has(r.docId)) continue;
    const key = `${r.docId}\u0000${r.metric}\u0000${r.quoteStart}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  let best: { rows: FigureRecord[]; score: number } | undefined;
  for (const rows of groups.values()) {
    const text = env.documentsById.get(rows[0]!.docId)?.text ?? '';
    // The breakdown's measure, scored as its whole would be (a part's name is not asked).
    const first = rows[0]!;
    const score = recordScore(w, { ...first, part: undefined }, text.slice(first.quoteStart, first.start), text.slice(first.end, first.end + 4));
    if (score === undefined || score < LEAST_SCORE) continue;
    const ofAsked = rows.filter((r) => ofKind(r.part!, kind?.endings ?? []));
    if (ofAsked.length < LEAST_ROWS) continue;
    // Of breakdowns of one measure (官网 发文 by office, 门户网站 posts by column), the one whose sentence says more of
    // the question's own words (门户网站) is the one asked.
    const sentence = normalizeForMatch(text.slice(first.quoteStart, first.quoteEnd));
    const said = w.words.filter((x) => sentence.includes(normalizeForMatch(x))).length;
    const total = score + SAID_WEIGHT * said;
    if (!best || total > best.score) best = { rows: ofAsked, score: total };
  }
  if (!best) return undefined;
  const dir = q.rank === 'min' ? -1 : 1;
  const top = Math.max(...best.rows.map((r) => dir * r.value));
  const tops = best.rows.filter((r) => dir * r.value === top);
  const r0 = tops[0]!;
  const cites = new Cites(firstCitation, env.documentsById);
  const quotes = tops.map((r) => cites.quote(r)).join('；');
  const doc = env.documentsById.get(r0.docId)!;
  // (No count of the rows: every digit in a reply is a cited figure.)
  // (The metric as words: 官网发布信息, not the index's 官网·发布信息.)
  const head = `${doc.school}《${doc.title}》中${r0.metric.replace(/·/g, '')}${dir === 1 ? '最多' : '最少'}的${kind?.kind ?? '一项'}：`;
  return { text: `${head}${tops.map((r) => r.part).join('、')}，${quotes}`, found: true, citations: cites.list, school: doc.school, period: doc.period.label, unit: r0.unit };
}

/** A part asking only how many or how much, with no words of its own (发了多少篇, 几篇, 是多少). */
// (Not 一共, 总共: a total asked is the whole's; nor 占: a share.)
const FIGURE_ONLY = /^(?:(?:那|它|其|他们|它们)?(?:发了|发|有|是|达到?|为)?(?:多少|几)([个条篇次项名人件份门所位家元万]?)(?:呢|啊|呀)?|(?:and)?howmany(?:articles|posts|times)?|(?:and)?howmuch)$/i;

/**
 * True when a part, after the part before it, asks only the figure (发了多少篇 after 哪个学院发稿最多):
 * the words it shares with the part before (the message's context) are set aside.
 */
export function asksOnlyTheFigure(previous: string, part: string, unit?: string): boolean {
  let k = 0;
  while (k < previous.length && k < part.length && previous[k] === part[k]) k++;
  const m = FIGURE_ONLY.exec(normalizeForMatch(part.slice(k)).replace(/[\s\p{P}]/gu, ''));
  if (!m) return false;
  // (…of the kind the top one's figure counts: 有多少人 after 哪个专业落实率最高 asks another measure.)
  const classifier = m[1];
  return !classifier || !unit || classifier === unit || (unitFamily(classifier) !== undefined && unitFamily(classifier) === unitFamily(unit));
}
