// Which figure of a passage answers a figure question: each figure is read with its label (the words
// that name what it counts, "阅读量达到" in "…，阅读量达到12.5万次，…") and its qualifier (新增, 目前共有,
// 单篇最高…), and scored against the measure, qualifier and unit the question asks for.
import { PERIOD_TOKEN, periodOf } from '../ingest/period.js';
import { PEOPLE_NOUN, type Qualifier, QUALIFIERS, type ParsedQuery, isDepartmentName, isGenericHead, majorsNamed, roomSizeCovered } from '../retrieve/query.js';
import { shiftYears } from '../retrieve/time.js';
import { type Figure, isAmount, recognise, unitFamily } from '../text/figures.js';
import { cut, tag } from '../text/jieba.js';
import { normalizeForMatch } from '../text/normalize.js';
import { campusNames } from '../text/org-names.js';
import { askedBound, statedBound } from './bounds.js';
import { caseNotAsked } from './cases.js';
import { type Group, coverage } from './coverage.js';
import { isTableRow, rowKey } from './table-row.js';
import { isDefaultPart, ownStatement, partsNamed, sectionOwnsPart, siblingAsked, statementBefore, unaskedPart } from './population-parts.js';

/** Punctuation that ends the stretch of words naming a figure. */
/** Quotation marks and title marks stay inside: 《信息公开事项清单》共列出45项 counts the list's items. */
const LABEL_STOP = /[，,；;：:。！？!?、（）()|\n]/;
/** Longest label read after a figure ("120篇文章" names its thing after the number). */
const TAIL_MAX = 8;

export interface FigureMatch {
  figure: Figure;
  /** A table cell in the column of the period asked ("2022—2023学年：2318" for 2022-2023学年). */
  column?: 'asked';
  /** The words naming the figure, normalised. */
  label: string;
  qualifier?: Qualifier;
  /** Share of the question's weight in the label. */
  labelCoverage: number;
  /** Share of the measure's weight (the words next to the ask: 阅读量, 办结, 关注者) in the label. */
  measureCoverage: number;
  /** How well unit and qualifier fit what is asked (negative: they contradict it). */
  fit: number;
  /** Rank among the passage's figures: label, unit and qualifier together. */
  score: number;
  reasons: string[];
}

/** The figures a question can be answered with: phone numbers for 电话, dates for 什么时候, else amounts. */
export function answersAsked(q: Pick<ParsedQuery, 'unit'>, f: Figure): boolean {
  if (q.unit === 'phone') return f.kind === 'phone';
  if (q.unit === 'date') return f.kind === 'date' || f.kind === 'date-range';
  if (q.unit === 'time' && f.kind === 'clock') return true;
  // A fee or a rate is never answered by a count (三类, 5个), nor a count by a rate or a fee:
  // money and percentages stand apart from every other kind.
  const apart = (c: string | undefined) => c === 'money' || c === 'percent';
  if (q.unit && f.unitClass && f.unitClass !== q.unit && (apart(q.unit) || apart(f.unitClass))) return false;
  return isAmount(f);
}

/** The header of the table cell a figure opens ("2022届：86.92%" → 2022届), if it opens one. */
function headerOf(text: string, f: Figure): string | undefined {
  if (!text.includes(' | ')) return undefined;
  const cellStart = Math.max(text.lastIndexOf('|', f.start), text.lastIndexOf('\n', f.start)) + 1;
  const header = text.slice(cellStart, f.start);
  return /^[^：:，。；]{1,30}[：:]\s*$/.test(header) ? header.replace(/[：:]\s*$/, '').trim() : undefined;
}

/** Events of the school year that a span is counted from (开学后两周内, 报到前3天). */
/** A calendar day asked (几号, 哪天, 几月几日). */
const ASKS_DAY = /几号|哪天|哪一天|几月几[号日]|哪几天/;
const COUNTED_FROM_EVENT = /(?:开学|入学|报到|注册|放假|毕业|离校|录取)(?:后|前|之后|之前|以后|以前)(?:第)?\s*$/;

/** A time of day asked (几点, what time). */
const ASKS_CLOCK = /几点|what time|what hours|which hours|什么时[间候]?(?:开门|关门|开放|熄灯)|几时几分/i;

/** The label of each figure: the words since the previous figure or stop, plus a short tail after it. */
export function labels(text: string, figures: Figure[]): string[] {
  return figures.map((f, i) => {
    // A table cell is named by its header: "学校执行学费标准（按学年）：6325".
    if (f.kind === 'cell') {
      const from = Math.max(text.lastIndexOf('|', f.start), text.lastIndexOf('\n', f.start)) + 1;
      const header = text.slice(from, f.start).replace(/[：:]\s*$/, '');
      return normalizeForMatch(`${sideItem(text, from, header)}${header}`);
    }
    // A figure right after a table header ("毕业去向落实率：88.96%") is named by that header.
    const header = headerOf(text, f);
    if (header !== undefined) return normalizeForMatch(`${sideItem(text, Math.max(text.lastIndexOf('|', f.start), text.lastIndexOf('\n', f.start)) + 1, header)}${header}`);
    let from = i > 0 ? figures[i - 1]!.end : 0;
    for (let k = f.start - 1; k >= from; k--) {
      if (LABEL_STOP.test(text[k]!)) {
        from = k + 1;
        break;
      }
    }
    let to = f.end;
    const nextStart = figures[i + 1]?.start ?? text.length;
    while (to < nextStart && to - f.end < TAIL_MAX && !LABEL_STOP.test(text[to]!)) to++;
    return normalizeForMatch(text.slice(from, f.start) + text.slice(f.end, to));
  });
}

/**
 * A two-sided table (收入项目 | 决算数 | 支出项目 | 决算数) repeats a header in each row: a cell under it is named by
 * the item in the cell before it too (年末结转和结余 | 决算数：32,747.23), as each side lists its own items.
 */
function sideItem(text: string, cellStart: number, header: string): string {
  const lineStart = text.lastIndexOf('\n', cellStart - 1) + 1;
  const lineEnd = text.indexOf('\n', cellStart);
  const cells = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).split(' | ');
  const headers = cells.map((c) => c.replace(/[：:].*$/, '').trim());
  if (!header.trim() || headers.filter((h) => h === header.trim()).length < 2) return '';
  // (Back past numeric cells, 行次：12, to the item the side's row names.)
  const before = text.slice(lineStart, cellStart).replace(/\s*\|\s*$/, '').split(' | ').map((c) => c.replace(/^[^：:]*[：:]/, ''));
  const item = [...before].reverse().find((c) => !/^[\d\s.,%-]*$/.test(c)) ?? '';
  return item ? `${item} ` : '';
}

/** An office named in a question (培训教育部, 财务处, 招生就业处, 网络信息中心), not a head or leader of one. */
// (团委 of 共青团委员会 is no short body; 团委书记 is a person.)
const OFFICE_NAMED = /[\u4e00-\u9fa5]{2,6}?(?:部|处|办公室|中心)(?![长员])|(?<!共青)(?:团委|党委|工会)(?![书长员])/g;
/** Bodies short enough to be named in two characters (团委, 党委, 工会). */
const SHORT_BODY = /^(?:团委|党委|工会)$/;

/** The offices a question names, read from its text without the institutions' names (安全职院培训教育部 → 培训教育部). */
/** True when the text gives the office a figure of its own, right after its name (培训教育部146篇, 财务处：11篇). */
export function ownsFigure(text: string, office: string): boolean {
  return new RegExp(`${office}[：:（(）)\\s]{0,2}\\d`).test(text);
}

export function officesNamed(q: { question?: string; aliases?: string[] }): string[] {
  const text = (q.aliases ?? []).reduce((t, a) => t.split(normalizeForMatch(a)).join(' '), normalizeForMatch(q.question ?? ''));
  return [...text.matchAll(OFFICE_NAMED)].map((m) => m[0]).filter((o) => o.length >= 3 || SHORT_BODY.test(o));
}

/** The qualifier a report's label states (新增粉丝 → new, 目前共有粉丝 → total). */
export function qualifierOf(label: string): Qualifier | undefined {
  let best: { q: Qualifier; at: number } | undefined;
  for (const [name, words] of Object.entries(QUALIFIERS) as [Qualifier, { report: string[] }][]) {
    for (const w of words.report) {
      const at = label.indexOf(w);
      // 提高至6000元 states the new level, not a change.
      if (name === 'change' && at >= 0 && /^[至到为]/.test(label.slice(at + w.length))) continue;
      // 民办高校（含独立学院）：1500 names the scope of a whole: a bracket opened by 含 and closed before the figure.
      if (w === '含' && at > 0 && /[（(]/.test(label[at - 1]!) && /[）)]/.test(label.slice(at))) continue;
      // The word nearest the figure (the end of the label before it) decides.
      if (at >= 0 && (!best || at > best.at)) best = { q: name, at };
    }
  }
  return best?.q;
}

/** A label that names only a time (截至2024年12月31日为): the measure is the figure's before it. */
const ELIDED_LABEL = /^(?=[^]*(?:截至|截止|年|月|底|末))[，,\s]*(?:截至|截止到?|到|至)?[\d\s年月日号底末]+(?:为|是|达|达到)?\s*$/;
/** …or only a head count (总值63,726.5万元，生均2.07万元): the measure is the figure's before it, per head. */
const PER_HEAD_LABEL = /^[，,\s]*(?:生均|人均|户均|每生|每人|平均每[生人])(?:为|是|达|达到|约)?\s*$/;

/** How far a figure stated as of the month asked (截至12月31日 for 年底) rises, and one as of another month falls. */
const AS_OF_FIT = 0.25;
/** A month asked as the time a figure stands at: 年底, 年末 (12), 8月底, 截至6月30日. */
const ASKED_AS_OF = /(年底|年末|年终)|(?:截至|截止到?|到)?(\d{1,2})月(?:底|末|\d{1,2}[日号])/;
/** The month a statement gives its figure as of: 截至2024年12月31日, 截止到8月底. */
// (截至 or 截止 only: 9月至次年8月 is a span, not a time a figure stands at.)
const STATED_AS_OF = /(?:截至|截止到?)(?:\d{4}年)?(\d{1,2})月(?:底|末|\d{1,2}日)?[^，。；]{0,12}$/;

/** +1 when a statement gives its figure as of the month the question asks, −1 as of another, 0 when either says none. */
export function asOfFit(question: string, statement: string): number {
  const a = ASKED_AS_OF.exec(question);
  const st = STATED_AS_OF.exec(statement);
  if (!a || !st) return 0;
  const asked = a[1] ? 12 : Number(a[2]);
  return Number(st[1]) === asked ? 1 : -1;
}

/** How far a figure falls that is counted by another family of classifier than the thing asked (场 for 多少家单位). */
const COUNTED_MISFIT = 0.5;
/** 几个 or 多少个 closing its clause after a verb of taking people in: the classifier counts nothing named. */
// (Only after a verb of taking people in, 招几个, 录几个, 要几个: 校区有几个 counts campuses, not people.)
const BARE_GE = /(?:招|录|收|要|缺|聘|选|取)了?(?:几|多少)个(?=[？?，,。！!；;\s]|呢|啊|吗|呀|$)/;
/** Classifiers that count anything (个, 项). */
const GENERIC_COUNTER = /^(?:个|项)$/;

/** The noun a question counts right after its ask and classifier (用人单位 of 多少家用人单位), if any. */
export function askedCountedNoun(question: string): string | undefined {
  return /(?:多少|(?<![哪那这])几)[个家所名位项条篇场次件份门种类期](?!是|为)([\u4e00-\u9fa5]{2,6}?)(?=[？?，,。、！!]|呢|啊|吗|$)/.exec(question)?.[1];
}

/** True when a text names the thing counted, or a word of it that is no generic head (干部任免 of 干部任免信息). */
function namesThing(text: string, thing: string): boolean {
  return text.includes(thing) || cut(thing).some((w) => w.length >= 2 && !isGenericHead(w) && text.includes(w));
}

/** True when a figure's unit and the classifier asked both count, but things of different families (场 for 家). */
function otherCounter(asked: string | undefined, unit: string | undefined): boolean {
  if (!asked || !unit || GENERIC_COUNTER.test(asked)) return false;
  const a = unitFamily(asked);
  const b = unitFamily(unit);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * How well a figure's unit fits the one asked: the very unit (多少篇 → 151篇) best, then one
 * counting the same things (条 for 篇), then the same class (次 for 篇: both counts, not the same);
 * another class (人 for 篇, 元 for 次) is not an answer.
 */
function unitFit(q: Pick<ParsedQuery, 'unit' | 'unitWord'> & { question?: string }, f: Figure, reasons: string[]): number {
  // 几点 asks a time of day (8:30—11:30), not a duration (5个工作日).
  // (…or round the clock: 全天24小时值班 answers 几点有人值班.)
  if (q.unit === 'time' && ASKS_CLOCK.test(q.question ?? '')) {
    const fits = f.kind === 'clock' || (f.unit === '小时' && f.value === 24);
    reasons.push(fits ? 'a time of day as asked' : 'not a time of day, asked 几点');
    return fits ? 0.2 : -0.35;
  }
  // A bare number in running text (可放宽至2.00) is no count of people or money asked for.
  if (q.unit && f.kind === 'quantity' && !f.unit && !f.unitClass) {
    reasons.push(`a number without a unit, asked ${q.unit}`);
    return -0.35;
  }
  if (!q.unit || !f.unitClass) return !q.unit && f.unitClass ? 0.05 : 0;
  // 招几个, 有几个: the bare classifier 个, nothing counted after it, counts people as well as things.
  if (f.unitClass === 'people' && q.unit === 'items' && q.unitWord === '个' && BARE_GE.test(q.question ?? '')) {
    reasons.push(`a count of people, asked 个 of nothing named`);
    return 0.03;
  }
  if (f.unitClass !== q.unit) {
    reasons.push(`unit ${f.unit} is ${f.unitClass}, asked ${q.unit}`);
    return -0.35;
  }
  // A table cell whose header says its kind (学费标准：6325) fits like one with the unit written.
  if (!q.unitWord || f.unit === q.unitWord || !f.unit) {
    reasons.push(`unit ${f.unit} as asked`);
    return 0.2;
  }
  const same = unitFamily(f.unit) !== undefined && unitFamily(f.unit) === unitFamily(q.unitWord);
  reasons.push(same ? `unit ${f.unit} counts what ${q.unitWord} counts` : `unit ${f.unit} is a ${q.unit} unit but not ${q.unitWord}`);
  return same ? 0.12 : 0.03;
}

/** Words saying an amount is paid out to someone (给予安家费, 发放补贴), not collected from students. */
const GIVEN_TO_ONE = /给予|发放|奖励|资助|补助|补贴|安家/;
/** How far before a figure those words are read. */
const GIVEN_REACH = 16;

/** How far a figure the question itself states falls: it is no answer to what the question asks of it. */
const STATED_MISFIT = 0.6;

/** How far the extreme asked (最低一档) of a text's parallel figures rises over the others. */
export const RANK_FIT = 0.1;

/**
 * 最低一档, 最高的那一等, 最少的一类: an extreme asked among items the text lists side by side — not a bound (一周最多干几小时)
 * nor a comparison of institutions (哪所最高).
 */
const EXTREME_ITEM = /最(?:高|低|多|少|大|小|贵|便宜)(?:的)?(?:那)?(?:一)?(?:档|等(?![几多待])|级|类|种|个档次)/;
/** A figure stated as a whole (共发放1200万元, 合计…, 全年…): no tier among the others. */
const TOTAL_BEFORE = /(?:共|合计|总计|总额|累计|全年|总共)[^，。；,;\d]{0,6}$/;
export const totalsAmong = (text: string, figures: readonly Figure[]) => new Set(figures.filter((f) => TOTAL_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start))));
export const asksExtremeItem = (question: string) => EXTREME_ITEM.test(question);

/** +RANK_FIT for the highest (or lowest) of the figures of its unit, -RANK_FIT for another; 0 with one value only. */
export function rankedFit(rank: 'max' | 'min', figure: Figure, figures: readonly Figure[], totals: ReadonlySet<Figure> = new Set()): number {
  if (figure.value === undefined || !figure.unit) return 0;
  const values = [...new Set(figures.filter((f) => f.unit === figure.unit && f.value !== undefined && !totals.has(f)).map((f) => f.value!))];
  if (values.length < 2 || totals.has(figure)) return 0;
  const extreme = rank === 'min' ? Math.min(...values) : Math.max(...values);
  return figure.value === extreme ? RANK_FIT : -RANK_FIT;
}

/** How much a table column of the period asked (or, with none asked, the latest) leans over the others. */
const PERIOD_COLUMN_FIT = 0.25;

/** How far a figure that only qualifies other things (100%的专业) falls. */
const THRESHOLD_MISFIT = 0.5;

/** Headers of a column of old values (原收费标准, 调整前), and the words that ask for them. */
const SUPERSEDED = /^(?:原|调整前|旧|上年)/;
const ASKS_OLD = /原来|原先|以前|之前|调整前|旧|过去|上年|原收费|原标准/;
const SUPERSEDED_MISFIT = 0.4;
/** Headers of a column of reference values (省定基准学费) beside the one charged (学校执行学费), and the words that ask for them. */
const REFERENCE = /基准|指导|省定|上限|限额/;
const ASKS_REFERENCE = /基准|指导|省定|上限|限额|最高|baseline|benchmark|reference|cap/i;
const REFERENCE_MISFIT = 0.15;

/** The header of the table cell a figure stands in ("原收费标准" of "原收费标准：…88元/学分"), if any. */
function cellHeaderOf(text: string, f: Figure): string | undefined {
  if (!text.includes(' | ') && !/^[^：:|]{1,20}[：:]/.test(text)) return undefined;
  const cellStart = Math.max(text.lastIndexOf('|', f.start), text.lastIndexOf('\n', f.start)) + 1;
  return /^\s*([^：:|]{1,20})[：:]/.exec(text.slice(cellStart, f.start))?.[1]?.trim();
}

/** A question asking a yearly figure (每年学费, annual tuition), and how far a total falls or a yearly figure rises. */
// (那一学年, 这一年, 上一年 name a year, not a rate per year.)
const PER_YEAR_ASKED = /每年|(?<![那这哪上下前去同当])一年|每学年|(?<![那这哪上下前去同当])一学年|per year|annual|a year|yearly/i;
const PER_YEAR_MISFIT = 0.4;
/** …and one per a credit or a course (每学分150元) for a fee asked per year: out of the running whatever names it. */
const PER_OTHER_MISFIT = 0.5;
const EXPLICIT_TOTAL = /一共|总共|合计|共计|总计|总学费|总费用|累计|全程|in total/;
const PER_YEAR_FIT = 0.15;
/** How far a level falls when a change is asked (比上年高了多少), and a change when a level is. */
const CHANGE_MISFIT = 0.3;
/** How far a plain level falls when what was added (新增, 新涨) is asked. */
const NEW_MISFIT = 0.6;
/** Words asking what was added. */
const ADDED_ASKED = /新增|新涨|新加|涨了|增加了|新开通|新关注/;
/** How far a figure stating the change asked (提高30元) rises. */
const CHANGE_FIT = 0.35;
/** Labels of what someone wishes, expects or offers (期望薪资, 愿意给出): not the value reported. */
/** What someone offers (单位愿意给出的薪资) and what someone wishes (毕业生期望的薪资): neither is the value itself. */
const OFFERED = /愿意|offer/i;
const EXPECTED = /期望|预期|希望|expect|wish/i;

/** True when a statement of an offer or a wish does not answer the question: it asks neither, or only the other. */
export function wishMisfits(statement: string, question: string): boolean {
  const offered = OFFERED.test(statement);
  const expected = EXPECTED.test(statement);
  if (!offered && !expected) return false;
  const asksOffer = OFFERED.test(question);
  const asksWish = EXPECTED.test(question);
  if (!asksOffer && !asksWish) return true;
  return (expected && !offered && !asksWish) || (offered && !expected && !asksOffer);
}
const WISHED_MISFIT = 0.6;

/** Words setting a goal (力争, 争取, 目标) before the figure of their clause. */
// (争取 alone also means obtained, 争取到…资金3,000万元: only 争取 before a reaching verb sets a goal.)
const GOAL = /力争|争取(?:达到|实现|突破|完成|超过)|奋斗目标|目标(?:是|为)?$|目标[^，,；;。]{0,12}(?:达到|突破|不少于|不低于)/;
/** How far a goal set (力争…突破5,000万元) falls below the value reached. */
const GOAL_MISFIT = 0.6;
/** A question asking a goal or a plan (目标, 计划, 打算, target). */
const ASKS_GOAL = /目标|力争|争取|计划|打算|预计|准备|\b(?:target|goal|plan)/i;

/** True when the clause stating a figure sets a goal (力争…突破5,000万元) and the question asks no goal. */
export function goalMisfits(statement: string, question: string): boolean {
  const clause = normalizeForMatch(statement).split(/[，,；;。]/).at(-1) ?? '';
  return GOAL.test(clause) && !ASKS_GOAL.test(question);
}
/**
 * A worked example (例如：某本科生…每学年学费5800元, 如某项目直接费用800万元): its figures illustrate a rule, they
 * state no one's value. Read from the sentence the figure stands in.
 */
// (Not a header naming examples, 包含专业（举例）：…: its row states the fee of every 专业 it lists.)
const EXAMPLE = /(?:^|[。；;：:\s（(])(?:例如|比如|譬如|举例(?:来说|说明)?[：:，,]|举个例子|示例[：:]|例[：:]|如[：:]|以[^，。；]{0,6}为例|假设|假如|某(?:本科生|专科生|研究生|学生|同学|新生|教师|老师|职工|项目|学院|单位|考生|人|生))/;
/** A question asking an example or a hypothetical case (举个例子, 假如, 按…算, 比如我). */
// (…or one stating its own amount, 到账120万, 直接费用800万的项目: a case to work out.)
const ASKS_EXAMPLE = /例子|举例|比如|假如|假设|如果|要是|按[^，。？?]{1,12}算|\d+(?:\.\d+)?\s*(?:万|元|块)|\bexample\b|\bif\b/i;
// (Larger than any fit a label earns: an example matches the words of a plain question exactly.)
const EXAMPLE_MISFIT = 1.5;

/** A paragraph that opens as a worked example (例：某本科生…). */
const EXAMPLE_PARAGRAPH = /^\s*(?:例|例如|举例|示例|比如)\s*[\d一二三四五六七八九十]*\s*[：:]/;
/** A sentence going on with the case before it (其…, 该生…, 按就高原则，…, 则…): still the example. */
const GOES_ON = /^\s*(?:其|该生|该|则|即|故|因此|所以|合计|共计|按[^，。；]{0,8}(?:原则|计算|规定))/;

/** True when every sentence of a paragraph opening as an example, up to the figure, goes on with that example. */
function inExampleParagraph(paragraph: string): boolean {
  const sentences = normalizeForMatch(paragraph).split(/[。；;]/);
  return EXAMPLE_PARAGRAPH.test(sentences[0]!) && sentences.slice(1).every((x) => GOES_ON.test(x));
}

/** True when the sentence stating a figure is a worked example and the question asks no hypothetical. */
// (…or its paragraph opens as one and goes on with it: 例：某本科生…；其…本金12000元…。按就高原则，该生…12186元; a rule
// stated after it, 补偿金额每生每年最高不超过16000元, is no longer the example.)
export function exampleMisfits(statement: string, question: string, paragraph = ''): boolean {
  const sentence = normalizeForMatch(statement).split(/[。；;\n]/).at(-1) ?? '';
  return (EXAMPLE.test(sentence) || inExampleParagraph(paragraph)) && !ASKS_EXAMPLE.test(question);
}

/** A price asked per a thing (多少钱一度, 一科多少钱, 每次多少钱, how much per credit): that thing. */
function perThingAsked(question: string): string | undefined {
  const norm = normalizeForMatch(question);
  const m = new RegExp(`(?:多少钱|几块钱?|多少元|收多少|交多少)(?:一|每)(${PER_THINGS})|(?:每|一)(${PER_THINGS})(?:要|需要|得)?(?:多少钱|几块钱?|多少元|收多少|交多少)`).exec(norm);
  return m ? (m[1] ?? m[2]) : undefined;
}
/** Things a price is asked per (a year or a month is asked by PER_YEAR_ASKED and PER_MONTH_ASKED). */
const PER_THINGS = '学期|学年|个月|小时|度|吨|科|门|次|张|件|套|人|间|床|天|年|月';
/** A comparison opening a condition clause (低于5元时, 超过30分钟的): the figure is its threshold. */
const CONDITION_BEFORE = /(?:低于|高于|超过|不足|少于|多于|达到|满)\s*$/;
const CONDITION_AFTER = /^\s*(?:时|的时候|以后|后)/;
/** A threshold asked (低于多少元时, 满几年后). */
const ASKS_THRESHOLD = /(?:低于|高于|超过|不足|少于|多于|达到|满|欠到|攒到)[^，。？?]{0,4}(?:多少|几)|(?:多少|几)(?:分|元|块钱?)(?:才|就)?(?:能|可以|算)|(?:多少|几)(?:分|元|块钱?)?就(?!业|读|医|餐)|(?:多少|几)(?:分|元|块钱?)以下/;
/** Heads of measures that name one kind among several of the same head (落实率/就业率, 奖学金/助学金). */
const KIND_HEADS = ['率', '金'];
/** Words with those heads that name no kind (资金 of any money, 现金). */
const GENERIC_KIND = /^(?:资金|现金|基金|金额|比率|效率)$/;

/**
 * The rate or award a figure's label names right before it when it is another than the measure asked
 * (and than the question's words for it: 就业率 → 毕业去向落实率), else undefined.
 */
export function otherKindNamed(label: string, measure: string[], words: string[], kinds: string[] = []): { named: string; asked: string } | undefined {
  for (const head of KIND_HEADS) {
    const asked = measure.find((m) => m.length >= 3 && m.endsWith(head));
    if (!asked) continue;
    // (The last word of its kind in the label: 国家奖学金 of 研究生国家奖学金奖励标准为…每生每年.)
    // (jieba may leave the head apart, 自主创业|率: it joins the word before it.)
    const read = cut(label).reduce<string[]>((out, w) => (w === head && out.length ? [...out.slice(0, -1), out.at(-1)! + w] : [...out, w]), []);
    const at = read.findLastIndex((w) => w.length >= 2 && w.endsWith(head));
    // (jieba may cut the kind off the award, 国家|奖学金: the noun before it names the kind.)
    const bare = at > 0 && /^(?:奖学金|助学金|奖金)$/.test(read[at]!) && /^[\u4e00-\u9fa5]{2,4}$/.test(read[at - 1]!) && !/^(?:每|各|其中|以及|设立|设有|发放|获得)/.test(read[at - 1]!);
    const named = at < 0 ? undefined : bare ? read[at - 1]! + read[at]! : read[at]!;
    if (!named || GENERIC_KIND.test(named.slice(-2))) continue;
    const own = [asked, ...words.filter((w) => w.length >= 3 && w.endsWith(head))];
    // (Two awards of one head whose kinds differ, 企业奖学金 and 国家奖学金, are two awards.)
    const kindOf = (w: string) => w.replace(/(?:奖学金|助学金|奖金)$/, '');
    // (Only kinds the question types, 企业奖学金: the lexicon's 奖学金 → 国家奖学金 names no kind asked.)
    const ownKinds = kinds.filter((r) => r.endsWith(head) && kindOf(r) && kindOf(r) !== r);
    // (…and only a kind of two characters or more: 奖助学金 is every award.)
    if (kindOf(named).length >= 2 && kindOf(named) !== named && ownKinds.length && ownKinds.every((r) => !kindOf(r).includes(kindOf(named)) && !kindOf(named).includes(kindOf(r))))
      return { named, asked };
    if (!own.some((r) => r.endsWith(named.slice(-3)) || named.endsWith(r.slice(-3)))) return { named, asked };
  }
  return undefined;
}

/** How a result is reckoned asked (怎么算, 如何折算, 各占多少, 权重): a formula's weights answer it. */
const ASKS_RECKONING = /(?:怎么|怎样|如何)(?:算|计算|折算)|各占|权重|how (?:is|are) .{0,40}(?:calculated|weighted|computed)/i;

/** A maximum asked (最多能贷多少, 最高多少, 上限). */
const ASKS_MAX = /最多|最高|最长|上限|至多|封顶|maximum|at most|up to|longest/i;

/** The rate a label names (毕业率) when the question asks the share of a thing (学位、比例) the rate does not name. */
// (The thing is read with its synonyms: 就业的比例 is 毕业去向落实率's.)
function rateOfOther(label: string, measure: string[], terms: ParsedQuery['terms']): string | undefined {
  if (!measure.some((m) => /^(?:比例|占比|比重|百分比)$/.test(m))) return undefined;
  const things = measure.filter((m) => !/^(?:比例|占比|比重|百分比)$/.test(m) && m.length >= 2);
  if (things.length === 0) return undefined;
  const of = [...things, ...terms.filter((t) => things.includes(t.source) && t.term.length >= 2).map((t) => t.term)];
  const rate = cut(label).reduce<string[]>((out, w) => (w === '率' && out.length ? [...out.slice(0, -1), out.at(-1)! + w] : [...out, w]), []).filter((w) => w.length >= 2 && w.endsWith('率')).at(-1);
  return rate && !of.some((m) => label.includes(m)) ? rate : undefined;
}
/** How far a rate named for another thing than the share asked falls. */
const SHARE_OF_OTHER_MISFIT = 0.3;

/** Awards the question types with their kind (企业奖学金, 启航助学金), whatever jieba makes of them. */
function typedAwards(typed: string, aliases: readonly string[]): string[] {
  // (The institution's name before it, 澜川师院助学金, is whose award, not its kind.)
  const question = aliases.reduce((t, a) => (a ? t.split(normalizeForMatch(a)).join('，') : t), typed);
  // (奖助学金 is every award: no kind of one.)
  return [...question.matchAll(/奖助学金|(奖学金|助学金)/g)].flatMap((m) => {
    if (!m[1]) return [];
    // (The words right before it, back to a particle, a pointer or a verb: 河牧院的企业奖学金 → 企业, 全年发放助学金 → none.)
    const kind = /[\u4e00-\u9fa5]{2,4}$/.exec(question.slice(0, m.index).split(/[的了吗呢和与及、，,？?\s]|每|各|哪|这|那|发放|发|领取|领|获得|拿|给|有|是|年|月/).at(-1) ?? '')?.[0];
    // (A grade or a time is no kind: 一等奖学金, 今年国家奖学金 read from 国家.)
    const own = kind?.replace(/^(?:今年|去年|前年|明年|本年|每年|一年)/, '');
    return own && own.length >= 2 && !/[一二三四五特]等|[一二三四五]档|等级/.test(own) ? [own + m[1]] : [];
  });
}

/** How far a rate or an award named as another (合同就业率 for 落实率, 奖学金 for 助学金) falls: out of the running. */
const OTHER_RATE_MISFIT = 0.8;
/** How far a figure falls beside the own figure of the department asked. */
export const DEPARTMENT_MISFIT = 0.3;
/** How much a figure that sets off what follows (12分及以上的，取消…) gains when that threshold is asked. */
const THRESHOLD_FIT = 0.1;
/** How far a figure that only sets off a condition falls. */
const CONDITION_MISFIT = 0.2;
/** How far a price that is not per the thing asked falls, and how far one per it leans. */
const PER_THING_MISFIT = 0.2;
const PER_THING_FIT = 0.3;

/** A label saying its price is per a thing that is no period (每学分, 每门课, 每次). */
const PER_OTHER_LABEL = /每(?:个)?(?:学分|课时|门课?|科|次|小时|人次|张|件|页)$/;
/** …and a unit per such a thing (元/学分, 元/课时), not per person (元/生). */
const PER_OTHER_UNIT = /^(?:学分|课时|门|科|次|小时|人次|张|件|页)$/;

/** A question asking a monthly figure, and a label saying its figure is one. */
const PER_MONTH_ASKED = /每月|每个月|一个月|月均|per month|a month|monthly/i;
const PER_MONTH_LABEL = /每月|月均|按月|每个月/;

/** A figure changed from (由5000元提高至6000元): 由/从 before it, a verb of change and 至/到 after it. */
const CHANGED_FROM = /[由从][^，。；由从]{0,6}$/;
const CHANGED_TO = /^[^，。；]{0,6}?(?:提高|提升|调整|增加|上调|下调|降低|减少|调高|调低)(?:至|到|为)/;
/** Awards a question asks the standard of, totals it asks instead, and how labels say each. */
const AWARD = /奖学金|助学金|补助|补贴|津贴|资助标准|award|scholarship|grant|stipend/i;
const ASKS_PAID_OUT = /一共|总共|合计|共计|总额|发放了|发了多少|花了|total/i;
const PER_PERSON = /每生|每人|人均|每名/;
const PAID_OUT = /发放|共计|合计|总额/;
const AWARD_FIT = 0.15;

/** Words of charging that name no kind of fee. */
const GENERIC_FEE = /(?:收|缴|交|付|免|花|经|消)费$|费用$/;
/** Sections and documents about one fee: what a generic 收费标准 in them charges. */
const SECTION_FEES: [RegExp, string][] = [
  [/住宿|宿舍|公寓/, '住宿费'],
  [/学费/, '学费'],
];
/** How far a figure labelled by another fee (住宿费 for 电费) falls. */
const FEE_MISMATCH = 0.8;
/** A payment asked: what the asker pays (医保交多少, 自己交了多少). */
const PAY_ASKED = /交多少|缴多少|交了多少|缴了多少|要交|自己交|个人交|交钱|缴纳多少|缴费多少/;
/** Money paid back or to the asker: no payment of theirs. */
const PAID_BACK = /报销|限额|补助|补贴|资助|退还|返还|退费/;
const PAID_BACK_MISFIT = 0.6;
/** Heads that make a measure their object (学费资助, 学费减免, 住宿费补助): another thing than the measure. */
const OBJECT_HEADS = ['资助', '减免', '补偿', '代偿', '返还', '退还', '补助'];

/** The head right after the measure in the label (资助 of 学费资助). */
function headOf(label: string, measure: string): string {
  const at = label.indexOf(measure);
  return OBJECT_HEADS.find((h) => label.startsWith(h, at + measure.length) || label.slice(Math.max(0, at - h.length), at) === h) ?? '';
}

/** True when every occurrence of the measure in the label is the object of a head the question does not ask. */
function headedElsewhere(label: string, measure: string, question: string): boolean {
  if (measure.length < 2 || !label.includes(measure)) return false;
  for (let i = label.indexOf(measure); i >= 0; i = label.indexOf(measure, i + 1)) {
    // 学费资助 (a head after it) or 减免学费 (a verb before it, 共减免学费57人).
    const head = OBJECT_HEADS.find((h) => label.startsWith(h, i + measure.length) || label.slice(Math.max(0, i - h.length), i) === h);
    if (!head || question.includes(head)) return false;
  }
  return true;
}

/** How far a figure whose label holds only the head of a compound measure of people (人员 of 专职人员) falls. */
const OTHER_HEAD_MISFIT = 0.6;
/** Shortest compound measure read as a modifier and a head. */
const COMPOUND_MIN = 4;

/**
 * The head a label shares with a compound measure asked when it lacks the measure's modifier (实验实训人员 for
 * 专职人员, 学业奖学金 for 国家奖学金) in every writing the question's words give it (收费标准 for 学费标准).
 */
function otherHead(label: string, measure: string[], terms: { term: string; source: string }[]): string | undefined {
  for (const m of measure) {
    if (m.length < COMPOUND_MIN || !/^[\u4e00-\u9fa5]+$/.test(m) || label.includes(m)) continue;
    // (By words: 专职|工作人员, not by characters, 本科毕|业生.)
    // (A compound jieba keeps whole, 专职人员, splits after its first two characters.)
    const cutWords = cut(m).filter((w) => w.trim());
    const words = cutWords.length >= 2 ? cutWords : [m.slice(0, 2), m.slice(2)];
    const head = words.at(-1)!;
    const modifier = words[0]!;
    // (People only, where the kind counted is in the name: 专职人员, 辅导员, not 信息公开申请 written 依申请公开申请.)
    // (…or another noun of people, 专任教师 for 专职人员: another kind of people counted.)
    const people = label.includes(head) || cut(label).some((w) => w.length >= 2 && PEOPLE_NOUN.test(w));
    if (!PEOPLE_NOUN.test(m) || !people) continue;
    const writings = [modifier, ...terms.filter((t) => t.source.includes(modifier) && t.term !== head).map((t) => t.term)];
    if (!writings.some((w) => w.length >= 2 && label.includes(w))) return head;
  }
  return undefined;
}

/** How far a figure whose label names the rest of a measure (其他社会组织捐赠 for 捐赠) falls: a part, not the whole. */
const UNASKED_KIND_MISFIT = 0.05;

/**
 * 其他 (其余) before the measure in a label when the question does not say it: the rest of a breakdown; and, after 其中,
 * any word before it the question does not say (其中校友捐赠…，社会企业捐赠…): a part of the whole stated before.
 */
function unaskedKind(label: string, measure: string[], question: string, afterWhole: boolean): { measure: string; modifier: string } | undefined {
  const text = normalizeForMatch(label);
  const asked = normalizeForMatch(question);
  for (const m of measure) {
    const at = m.length >= 2 ? text.lastIndexOf(m) : -1;
    if (at <= 0) continue;
    // (A noun before it, 社会公众来信, may name the whole as well as a part: only 其他, or 其中 before, says it is a part.)
    const rest = /其他|其它|其余/.exec(text.slice(0, at))?.[0];
    if (rest && !asked.includes(rest)) return { measure: m, modifier: rest };
    const before = afterWhole ? tag(text.slice(0, at)).filter((t) => t.word.trim()).at(-1) : undefined;
    if (before && before.word.length >= 2 && /^n/.test(before.tag) && !asked.includes(before.word)) return { measure: m, modifier: before.word };
  }
  return undefined;
}

/** How far a figure stated for a sibling of the thing named (明湖校区 for 北山校区) falls. */
const SIBLING_MISFIT = 0.8;
/** Things named by a name and a head several share: campuses, colleges, parks. */
const SIBLING_HEADS = /([\u4e00-\u9fa5]{2,4}?)(校区|园区|书院)/g;

/**
 * The name of a sibling the statement gives (明湖校区) when the question names another of the same head
 * (北山校区) and the statement names none of the question's.
 */
function siblingNamed(question: string, statement: string): string | undefined {
  // Rooms by their number of people (四人间 = 4人间) are siblings of one head.
  const rooms = (t: string) =>
    [...normalizeForMatch(t).matchAll(/([一二两三四五六七八九十单双]|\d{1,2})人(?:间|一间)/g)].map((m) => ({
      name: String('一二三四五六七八九十'.indexOf(m[1]!) + 1 || ({ 两: 2, 双: 2, 单: 1 } as Record<string, number>)[m[1]!] || Number(m[1])),
      head: '人间',
    }));
  // (Campuses as the institution names read them, one-character ones too: 南校区, and 南校区（湖滨校区） names both.)
  const names = (t: string) => [
    ...[...normalizeForMatch(t).matchAll(SIBLING_HEADS)].filter((m) => m[2] !== '校区').map((m) => ({ name: m[1]!, head: m[2]! })),
    ...campusNames(normalizeForMatch(t)).map((name) => ({ name, head: '校区' })),
    ...rooms(t),
  ];
  const asked = names(question);
  if (asked.length === 0) return undefined;
  // Head by head, the clause nearest the figure that names one of that head decides (四人间…1500元，
  // 六人间…1000元 states 1000元 for 六人间); commas inside brackets end no clause.
  const clauses = statement.replace(/[（(][^）)]*[）)]/g, (m) => m.replace(/[，,；;]/g, '、')).split(/[，,；;]/);
  const stated = [...new Set(asked.map((a) => a.head))].flatMap((head) => {
    for (let i = clauses.length - 1; i >= 0; i--) {
      // (A bound holding the room asked, 6人间以上 for 8人间, names that room.)
      const bounded = head === '人间' ? asked.filter((a) => a.head === head && roomSizeCovered(`${a.name}人间`, normalizeForMatch(clauses[i]!))) : [];
      if (bounded.length) return bounded;
      const here = names(clauses[i]!).filter((n) => n.head === head);
      if (here.length) return here;
    }
    return [];
  });
  // Names are read greedily from the left (鹿师北山 of 鹿师北山校区): one ending the other is the same.
  const same = (a: string, b: string) => a.endsWith(b) || b.endsWith(a);
  // Head by head: the statement names another of a head asked (明湖 of 校区 for 北山) and not the one asked.
  for (const head of new Set(asked.map((a) => a.head))) {
    const mine = asked.filter((a) => a.head === head);
    const theirs = stated.filter((t) => t.head === head);
    const other = theirs.find((t) => !mine.some((a) => same(a.name, t.name)));
    if (other && !theirs.some((t) => mine.some((a) => same(a.name, t.name)))) return other.name + other.head;
  }
  return undefined;
}

/** A level written before what it grades (博士学位, 硕士点, 本科课程): a degree or a subject, not people. */
const DEGREE_OF_LEVEL = /(?:博士|硕士|本科|专科|研究生)(?=学位|学科|点|授权|课程|专业学位)/g;

/** The parts of the population a question types by their own names (研究生, not the 研究生 a 博士 is one of). */
const typedParts = (question: string) => partsNamed(question).filter((p) => normalizeForMatch(question).includes(p));

/** How far a figure stated for a 专业 whose name only holds the one asked (大数据与会计 for 会计) falls. */
const LONGER_NAME_MISFIT = 0.5;
/**
 * The longer 专业 name (大数据与会计) a statement names the one asked (会计专业) inside, when it names it nowhere on
 * its own: another name joined to it by 与/和 (大数据与会计), or a table row's key holding it (会计信息管理 33 7 …).
 */
function longerMajorNamed(q: { terms?: ParsedQuery['terms']; question?: string }, statement: string): string | undefined {
  const text = normalizeForMatch(statement);
  const asked = new Set((q.terms ?? []).map((t) => t.source));
  const question = normalizeForMatch(q.question ?? '');
  const named = [...asked].filter((w) => question.includes(`${w}专业`) && majorsNamed(` ${w}专业`).includes(w));
  // (技术 of 电梯工程技术专业 is the longer name's end, not a name asked.)
  const majors = named.filter((w) => text.includes(w) && !named.some((o) => o !== w && o.includes(w)));
  const rowKey = /^\s*([\u4e00-\u9fa5（）()]{2,20})(?=\s|\s*[|｜])/.exec(text)?.[1];
  for (const name of majors) {
    const joined = new RegExp(`[\\u4e00-\\u9fa5]{2,8}[与和及]${name}`).exec(text)?.[0];
    const alone = new RegExp(`(?<![\\u4e00-\\u9fa5]{2}[与和及])${name}`).test(text.replace(rowKey && rowKey !== name ? rowKey : '\u0000', ' '));
    if (alone) continue;
    if (joined) return joined;
    if (rowKey && rowKey !== name && rowKey.includes(name)) return rowKey;
  }
  return undefined;
}

/** A question leaving something out of the figure (不算助学贷款的话, 不含贷款), and how far the fit moves. */
const EXCLUDES = /(?:不算|不含|不包括|不包含|除去|除了|扣除|去掉|刨除)([\u4e00-\u9fa5]{2,8}?)(?:的话|以外|之外|外|在内|呢|，|,|？|\?|$)/;
const EXCLUSION_FIT = 0.3;

/** A question asking both ends of a period (从几号到几号, 起止时间), and how far a range leans over one date. */
const ASKS_RANGE = /(?:几号|几月几[号日]|哪天|哪一天|什么时候|啥时候)(?:开始)?(?:到|至)(?:几号|几月几[号日]|哪天|哪一天|什么时候|啥时候)|起止|起讫|from when to when/;
const RANGE_FIT = 0.2;

/** How far a bound (55%以上) falls below a stated value. */
const BOUND_MISFIT = 0.15;
/** How much a stated floor or ceiling of the direction asked gains (不低于2.50 for 最低要多少). */
const BOUND_FIT = 0.2;
/** How far a figure stated for a case the question does not name (申请转入师范类专业的，…) falls. */
const CASE_MISFIT = 0.4;

/** How far a figure that belongs to a part the question does not name (体育学院（…98.51%）) falls. */
const PART_MISFIT = 0.3;

/** The name right before the open bracket a figure stands in, if it stands in one. */
function bracketOwner(text: string, f: Figure): string | undefined {
  const before = text.slice(0, f.start);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0 || Math.max(before.lastIndexOf('）'), before.lastIndexOf(')')) > open) return undefined;
  const name = /[\u4e00-\u9fa5“”"]{2,12}$/.exec(before.slice(0, open))?.[0];
  return name?.replace(/[“”"]/g, '') || undefined;
}

/** How far a figure that counts something else (六个部分) falls. */
const COUNTED_MISMATCH = 0.4;

/** The noun a count is followed by ("六个部分" → 部分, "5个医学类专业" → 医学类专业), if any. */
function countedNoun(text: string, f: Figure): string | undefined {
  if (f.kind !== 'quantity' || !f.unit || f.unitClass === 'money' || f.unitClass === 'percent') return undefined;
  const after = /^[\u4e00-\u9fa5]{1,6}/.exec(text.slice(f.end))?.[0];
  // (10日内, 3年以上: a word of position closes the span or the bound; it counts nothing.)
  if (!after) return undefined;
  const first = tag(after)[0];
  if (first && /^(?:以?[内外上下前后]|之[内外前后间])$/.test(first.word)) return undefined;
  return first && /^n/.test(first.tag) ? after : undefined;
}

/** The measure asked (采购公告) that a counted noun shares its stem with but not its head (采购意向), if any. */
function siblingHead(counted: string, measure: string[]): string | undefined {
  // (Only a noun compound read after the count, 采购|意向: 录取|新生|按时 runs into the next clause.)
  const read = tag(counted);
  if (read.length < 2 || !/^n/.test(read.at(-1)!.tag) || read.some((t) => /^[dpcuy]/.test(t.tag))) return undefined;
  const noun = normalizeForMatch(counted);
  // (A measure headed by a count, 录取人数 or 阅读量, counts whatever noun follows.)
  return measure.find((m) => m.length >= 4 && !/(?:数|量|率)$/.test(m) && noun.length >= 4 && noun.startsWith(m.slice(0, 2)) && !noun.includes(m.slice(-2)) && !m.includes(noun.slice(2, 4)));
}

/** Qualifiers that say the opposite of each other: carried in from last year (上年结转) and carried on to the next (结转下年度). */
const CONTRARY: [Qualifier, Qualifier][] = [['carried', 'forward']];
const CONTRARY_MISFIT = 0.5;

/** Qualifiers a plain question ("粉丝有多少") does not mean: a part, a peak, an average, an increase. */
const NARROWING = new Set<Qualifier>(['new', 'part', 'max', 'average', 'carried', 'forward']);
/** How far an unasked qualifier lowers a figure: a carried-over count (上年结转) is never a plain question's answer. */
const NARROWING_COST: Partial<Record<Qualifier, number>> = { carried: 0.25, forward: 0.25 };
/** …and a part after 其中 whose whole the same statement gives before it (浏览量1821743人次，…其中…当天…132190次): out of the running. */
const PART_OF_STATED_COST = 0.35;

/** A heading of a breakdown by parts (分困难生类别, 按性别, 各学院, 分布): no one part's section. */
// (A breakdown by place or programme, 分省录取情况, splits no population: its title's 普通本科 is the whole.)
const BREAKDOWN = /分(?![省市区地])|按(?![省市区地])|各(?![省市区地])|类别|对比|比较|和|与|及/;

/** How far a figure stated for a part of the population the question does not name (其中，本科毕业生…) falls. */
const UNASKED_PART_MISFIT = 0.4;
/** …and how far one stated for the part most questions mean (本科) falls. */
const DEFAULT_PART_MISFIT = 0.25;
/** How far a figure stated for the part a 其中 question names rises over the whole beside it. */
const ASKED_PART_FIT = 0.2;
/** …and one stated for a different part than the question names: never its answer. */
const OTHER_PART_MISFIT = 0.8;

/** Least weight of a question word to be read as the measure a figure's label must name. */
const MEASURE_WEIGHT_MIN = 0.5;

/** A cell that is a period and nothing else (2022届, 2023年, 2022—2023学年). */
export const WHOLE_PERIOD = new RegExp(`^(?:${PERIOD_TOKEN})$`);

/** True when two periods overlap. */
export const periodsMeet = (a: { start: string; end: string } | undefined, b: { start: string; end: string }) => !!a && a.start <= b.end && b.start <= a.end;

/**
 * Scores every figure of a passage for the question; the best first. `lead` is the text of the
 * passage's sentence before the passage: the subject a clause leaves out ("男生…，落实率为98.06%");
 * `cell` the header of the table cell the passage stands in, when it is part of one.
 */
export function matchFigures(
  asker: Pick<ParsedQuery, 'unit' | 'unitWord' | 'qualifier' | 'measure'> & {
    time?: ParsedQuery['time'];
    question?: string;
    terms?: ParsedQuery['terms'];
    aliases?: string[];
    rank?: ParsedQuery['rank'];
  },
  text: string,
  figures: Figure[],
  groups: Group[],
  lead = '',
  cell?: string,
  /** The document's title and the heading of the section the text stands in (本科新生入学须知, 1.本科生国家助学金): a part they name is the section's own. */
  section?: string,
  /** The text's paragraph before it (例：某研究生…；): a worked example's paragraph goes on with the example. */
  opening = '',
): FigureMatch[] {
  // The question as its words are matched (國家助學金 reads as 国家助学金 in every wording cue below).
  const q = { ...asker, question: asker.question === undefined ? undefined : normalizeForMatch(asker.question) };
  // 什么时候申请: a span counted from an event of the school year (开学后两周内) says when.
  // (Not 几号, 哪天: a day of the calendar is asked, which a span from an event does not give.)
  const fromEvent = (f: Figure) =>
    q.unit === 'date' && !ASKS_DAY.test(q.question ?? '') && f.unitClass === 'time' && f.kind === 'quantity' && COUNTED_FROM_EVENT.test(text.slice(Math.max(0, f.start - 8), f.start));
  const asked = figures.filter((f) => answersAsked(q, f) || fromEvent(f));
  const named = labels(text, asked);
  // A group is measured when its word is (part of) a measure word: 阅读 of 阅读量.
  // (A light verb as the measure, 发了 of 网站发了多少条, names no measure: its synonyms are in every label.)
  const measured = groups.filter((g) => Math.max(...g.terms.map((t) => t.weight)) >= MEASURE_WEIGHT_MIN && g.terms.some((t) => q.measure.some((m) => m.includes(t.source) || m.includes(t.term))));
  // Tables with a column per period (2022—2023学年 | 2023—2024学年, 2021届 | 2022届 | 2023届).
  const periods = asked.map((f, i) => (f.kind === 'cell' || headerOf(text, f) !== undefined ? periodOf(named[i]!) : undefined));
  // …and rows keyed by one (届别：2022届 | 去向落实率：92.41% | …): each row's cells are its period's.
  const key = isTableRow(text) ? rowKey(text).trim() : '';
  const rowPeriod = key && WHOLE_PERIOD.test(key) ? periodOf(key) : undefined;
  if (rowPeriod && q.time?.kind === 'interval') asked.forEach((_, i) => (periods[i] ??= rowPeriod));
  // Figures the question itself writes with their units and points back to (那5起).
  // (Only one the question points back to, 那5起投诉: 哪家是24小时都能打的 asks which has the 24小时 it names.)
  const statedInQuestion = q.question
    ? recognise(q.question).filter(
        (f) =>
          f.unit &&
          f.value !== undefined &&
          // (…and a distance or weight naming what is measured, 1000米跑及格要多少: the event, not its result.)
          (/(?:那|这|那些|这些)\s*$/.test(q.question!.slice(0, f.start)) || (f.unitClass === 'length' && /^(?:跑|游|泳|栏|接力|往返|走|赛跑|长跑)/.test(q.question!.slice(f.end)))),
      )
    : [];
  // 最低一档: the extreme asked among the text's parallel figures (totals aside).
  const extremeAsked = !!q.rank && !!q.unit && asksExtremeItem(q.question ?? '');
  const totals = extremeAsked ? totalsAmong(text, asked) : new Set<Figure>();
  // Figures whose own clause opens with the year asked (（2024年为150名）).
  const ownYearAsked = asked.map((f) => q.time?.kind === 'interval' && statesYearAsked(q.time, lead + text.slice(0, f.start)));
  const datedOtherwise = (f: Figure) => {
    const stated = statedPeriod(lead + text.slice(0, f.start));
    return !!stated && q.time?.kind === 'interval' && !periodsMeet(stated, q.time);
  };
  const latest = periods.reduce<string | undefined>((m, p) => (p && (!m || p.end > m) ? p.end : m), undefined);
  const phrases = adjacentPhrases(q.question ?? '');
  // (Whether the question names any figure's column at all: then a total column is no default.)
  // (Under a spanning header, 分省计划数（名）·筠川, only a column's own part names it: the span is every column's.)
  const columnNamed = named.some((l) => coverage(groups, l.split('·').at(-1)!) > 0);
  // A department asked (机电工程学院) whose own figure stands in the text: the whole's figure beside it is another row's.
  // (…and so does a university named as where people went, 考上武汉理工大学, whose figure stands in brackets after it.)
  // (…and an office the question names, 培训教育部, 财务处, which jieba may cut in two: read from its text.)
  const departments = [
    ...(q.terms ?? []).filter((t) => t.source === t.term && (isDepartmentName(t.term) || (t.weight >= 1.5 && /(?:大学|学院)$/.test(t.term)))).map((t) => t.term),
    ...officesNamed(q).filter((o) => ownsFigure(text, o)),
  ];
  const owners = asked.map((f) => normalizeForMatch(bracketOwner(text, f) ?? ''));
  const ownDepartment = departments.filter((d) => named.some((l) => l.includes(d)) || owners.some((o) => o.includes(d)));
  return asked
    .map((figure, i) => {
      const own = named[i]!;
      // "省内就业比例为78.63%，比2023届提高1.71个百分点": a change is of what the sentence measured before it.
      // (Only its own sentence's: 学费…提高300元；住宿费… — the change is 学费's.)
      let from = i;
      while (from > 0 && !/[；;。]/.test(text.slice(asked[from - 1]!.start, figure.start))) from--;
      const setsOff = /^(?:及?以上|及?以下|左右)?的/.test(text.slice(figure.end));
      const thresholdAsked = ASKS_THRESHOLD.test(q.question ?? '');
      // A threshold asked is named by what it sets off too (12分及以上的，取消住宿资格).
      const consequence = setsOff && thresholdAsked ? (/^[^。；;！？!?\n]*?[，,][^，,。；;！？!?\n\d]*/.exec(text.slice(figure.end))?.[0] ?? '') : '';
      // "…落实率为91.05%，截至12月31日为93.62%": a label naming only a time states the measure of the figure before it.
      const elided = i > 0 && (ELIDED_LABEL.test(own) || PER_HEAD_LABEL.test(own)) && !/[；;。\n]/.test(text.slice(asked[i - 1]!.end, figure.start));
      const label = `${elided ? `${named[i - 1]} ` : ''}${qualifierOf(own) === 'change' && from < i ? `${named.slice(from, i).join(' ')} ${own}` : own}${consequence}`;
      const reasons: string[] = [];
      let labelCoverage = coverage(groups, label);
      // (A row may name the measure of its cells: 项目：2023年预算数 | 合计：186.00 | 公务接待费：56.00 — a table set on
      // its side, whose headers are the things asked of.)
      const sideways = !!key && figure.kind === 'cell' && coverage(groups, label) > 0;
      let measureCoverage = measured.length ? Math.max(coverage(measured, label), sideways ? coverage(measured, normalizeForMatch(key)) : 0) : 0;
      if (labelCoverage > 0) reasons.push(`label “${label}” holds ${(100 * labelCoverage).toFixed(0)}% of the question`);
      if (measureCoverage > 0) reasons.push(`and the measure asked (${q.measure.join('、')})`);
      // "拟招收1650人，其中学术学位620人，专业学位1030人": asked for the whole (一共), every figure after
      // 其中 in its sentence is a part.
      // (…and so is one after 其中 when the statement gave the measure's own figure before it: "PV浏览量1821743人次，
      // …，其中…当天，招生网PV浏览量132190次" — the day's figure is a part of the year's.)
      const partOfStated = measuredBeforeQizhong(statementBefore(lead + text, lead.length + figure.start), measured);
      // (较2023届（4172元）增长214元: growth its clause measures against an earlier value is a change, not a new count.)
      // (A table's total row, 包号：合计 | 预算金额（万元）：486.50, states the total whatever its column's header says.)
      const stated = qualifierOf(label) ?? (figure.kind === 'cell' && TOTAL_ROW.test(rowKey(text).trim()) ? ('total' as const) : undefined);
      const grownAgainst = stated === 'new' && /(?:增加|增长|净增)\s*$/.test(text.slice(0, figure.start)) && /(?:较|比|同比|相比)[^，,；;。]*$/.test(text.slice(0, figure.start));
      const qualifier =
        (grownAgainst ? ('change' as const) : stated) ??
        // (…unless the part is the thing the question names: “新闻资讯”栏目一共发了多少条 asks that column's whole.)
        (q.qualifier === 'total' && /其中/.test(lead + text.slice(0, figure.start)) && !partNamed(q, lead + text, lead.length + figure.start, label) ? 'part' : undefined) ??
        (partOfStated ? 'part' : undefined);
      const unitScore = fromEvent(figure) ? (reasons.push('a time counted from an event, as asked'), 0.1) : unitFit(q, figure, reasons);
      let fit = unitScore;
      // "那5起投诉查实了几起": a figure the question itself states (5起) is what it knows, not what it asks.
      if (statedInQuestion.some((f) => f.value === figure.value && f.unit === figure.unit)) ((fit -= STATED_MISFIT), reasons.push('the question states it'));
      // "来了多少家用人单位": the noun after the classifier is what is counted; a figure counted by a classifier of
      // another family (大型招聘会1场) whose label does not name that noun counts something else.
      const askedThing = askedCountedNoun(q.question ?? '');
      if (askedThing && otherCounter(q.unitWord, figure.unit) && !namesThing(`${label} ${normalizeForMatch(statementBefore(lead + text, lead.length + figure.start))}`, askedThing))
        ((fit -= COUNTED_MISFIT), reasons.push(`counts ${figure.unit}, not the ${askedThing} asked`));
      const partWithWhole = ownPartNamed(q, lead + text, lead.length + figure.start, label, figure.unit);
      if (ownDepartment.some((d) => !label.includes(d) && !owners[i]!.includes(d))) ((fit -= DEPARTMENT_MISFIT), reasons.push(`not the figure of ${ownDepartment.join('、')}`));
      // (…and the office's own figure counts what its statement counts: 发文2273篇，其中…培训教育部146篇.)
      else if (ownDepartment.some((d) => label.includes(d))) {
        const statement = normalizeForMatch(statementBefore(lead + text, lead.length + figure.start));
        if (measured.length) measureCoverage = Math.max(measureCoverage, coverage(measured, statement));
        labelCoverage = Math.max(labelCoverage, coverage(groups, statement));
      }
      // (…and so does a part after 其中 the question names in the figure's own label: 项目523项，其中国家级45项 asked
      // 国家级的有几项 counts 项目 too.)
      else if (partWithWhole !== undefined) {
        const statement = partWithWhole;
        if (measured.length) measureCoverage = Math.max(measureCoverage, coverage(measured, statement));
        labelCoverage = Math.max(labelCoverage, coverage(groups, statement));
        reasons.push('a part after 其中 the question names: it counts what its whole counts');
      }
      // 落实率 asked, 合同就业率20.25% stated (助学金 asked, 国家奖学金 stated): a rate or an award its label names
      // as another is not the one asked.
      // (Read over the figure's statement: 国家奖学金…硕士…20000元、博士…30000元 are both 奖学金.)
      const kindOfPeople = otherHead(normalizeForMatch(label), q.measure, q.terms ?? []);
      // (An award typed with its kind, 企业奖学金, is that kind however jieba cut it.)
      const awards = typedAwards(q.question ?? '', q.aliases ?? []);
      const other = otherKindNamed(normalizeForMatch(statementBefore(lead + text, lead.length + figure.start)), q.measure, (q.terms ?? []).map((t) => t.term), awards);
      if (other) ((fit -= OTHER_RATE_MISFIT), reasons.push(`${other.named}, another than ${other.asked}`));
      // "几个专职人员": 实验实训人员 holds the measure's head (人员) and not what makes it the one asked (专职).
      else if (kindOfPeople) ((fit -= OTHER_HEAD_MISFIT), reasons.push(`another kind of ${kindOfPeople}`));
      // "收到多少捐赠": 其他社会组织捐赠 is the rest of a breakdown, not the measure itself.
      else {
        const kind = unaskedKind(label, q.measure, q.question ?? '', /其中/.test(normalizeForMatch(statementBefore(lead + text, lead.length + figure.start))));
        if (kind) ((fit -= UNASKED_KIND_MISFIT), reasons.push(`a kind of ${kind.measure} not asked (${kind.modifier})`));
      }
      // 拿到学位的比例 asked (measure 学位、比例), 毕业率98.06% stated: a rate named for another thing is another share.
      const otherShare = rateOfOther(normalizeForMatch(label), q.measure, q.terms ?? []);
      if (otherShare) ((fit -= SHARE_OF_OTHER_MISFIT), reasons.push(`${otherShare}, not the share of ${q.measure.join('')} asked`));
      // 咨询电话 asked, 举报电话0731-… stated: a line of another kind (complaints, fax) is not the one asked.
      if (figure.kind === 'phone') {
        // (Asked, the first kind listed wins: 投诉招生问题 asks a complaints line about admissions.)
        const question = normalizeForMatch(q.question ?? '');
        const asked = PHONE_KINDS.find(([, words]) => words.test(question))?.[0];
        // (Every kind the number's own label names: 招生咨询及监督电话 is both lines.)
        const segment = phoneLabel(statementBefore(lead + text, lead.length + figure.start));
        const stated = PHONE_KINDS.filter(([, words]) => words.test(segment)).map(([kind]) => kind);
        if (asked && stated.length && !stated.includes(asked)) ((fit -= OTHER_RATE_MISFIT), reasons.push(`a ${stated.join('/')} line, asked a ${asked} one`));
      }
      // "分为六个部分": the noun right after a counted figure is what it counts; one the question
      // does not ask about (部分 for 申请有几件) makes it no answer.
      // "落实率达到100.00%的专业有…": a figure followed by 的 qualifies a set of things; it is not the
      // measure's own value.
      // (…unless the question asks that threshold: 多少分能认定为特别困难 → 70分及以上的.)
      const bounded = /(?:达到|超过|满|低于|高于|不足|少于)\s*$/.test(text.slice(Math.max(0, figure.start - 3), figure.start));
      if (setsOff && thresholdAsked) ((fit += THRESHOLD_FIT), reasons.push('the threshold asked'));
      else if (setsOff) ((fit -= THRESHOLD_MISFIT), reasons.push('a threshold describing others, not the value'));
      // (A plain value, 满分为20分, is no threshold when one is asked.)
      else if (thresholdAsked && !bounded) ((fit -= THRESHOLD_FIT), reasons.push('a value, asked a threshold'));
      // "申请转入师范类专业的，…前30%": a figure stated for a case the question names nothing of is that case's.
      // "到年底的落实率": a figure stated as of another month (截至8月31日) is not the one asked (截至12月31日).
      const asOf = asOfFit(q.question ?? '', statementBefore(lead + text, lead.length + figure.start));
      if (asOf) ((fit += asOf * AS_OF_FIT), reasons.push(asOf > 0 ? 'as of the time asked' : 'as of another time than asked'));
      const unaskedCase = caseNotAsked(
        statementBefore(lead + text, lead.length + figure.start),
        q.question ?? '',
        // (A numbered line read as its own heading names its case: only the headings above it are context.)
        normalizeForMatch(section ?? '').split(normalizeForMatch(lead + text)).join(' '),
        (q.terms ?? []).map((t) => t.term),
      );
      if (unaskedCase.length) ((fit -= CASE_MISFIT), reasons.push(`stated for a case not asked (${unaskedCase.join('、')})`));
      // 绩点最低要多少 / 最多能转出百分之多少: the floor or ceiling a rule states (不低于2.50, 不超过…20%) answers, not
      // a figure beside it (同年级前30%, 笔试成绩占60%); a bound of the other direction is not the one asked.
      const boundAsked = askedBound(q.question ?? '');
      const boundStated = boundAsked ? statedBound(lead + text, lead.length + figure.start, figure.text) : undefined;
      if (boundAsked && boundStated)
        boundStated === boundAsked ? ((fit += BOUND_FIT), reasons.push(`a ${boundAsked} bound, as asked`)) : ((fit -= BOUND_FIT), reasons.push(`a ${boundStated} bound, asked a ${boundAsked}`));
      // "留市就业率=留市就业人数/单位就业人数*100%": a constant of a formula, not a value.
      // (…unless how it is reckoned is asked: 怎么算, 比例 of 文化课成绩×40%＋专业成绩×60%.)
      if (/[*×÷/]\s*$/.test(text.slice(Math.max(0, figure.start - 2), figure.start)) && !ASKS_RECKONING.test(normalizeForMatch(q.question ?? '')))
        ((fit -= THRESHOLD_MISFIT), reasons.push('a constant of a formula'));
      // "始终保持在55%以上": a bound, not the value; one the question asks for (以上) is what it asks.
      else if (
        (/^(?:及?以上|及?以下)/.test(text.slice(figure.end)) || /(?:以上|以下)$/.test(figure.text)) &&
        !/以上|以下|至少|最少|超过|最多|最高|最低|上限|下限|至多|max|min|up to|at most|at least/i.test(q.question ?? '') &&
        !ASKS_THRESHOLD.test(q.question ?? '')
      )
        ((fit -= BOUND_MISFIT), reasons.push('a bound, not the value'));
      // "体育学院（毕业人数67人，落实率98.51%）": a figure in brackets belongs to the name before them;
      // one the question does not name is a part, not the whole asked about.
      const owner = bracketOwner(text, figure);
      // (Owned by the thing measured: 国家奖学金9人（每人1万元） names 国家 but is no 助学金's.)
      // (…unless it is the thing the question names: "武汉理工大学”（78人）" for 考上武汉理工大学的有多少人.)
      // (Only a university the question names as where people went, 考上武汉理工大学: a part in brackets, 其中…/含…,
      // stays a part whatever it names.)
      const ownerAsked =
        !!owner &&
        !/[（(]\s*(?:其中|含|包括)/.test(text.slice(Math.max(0, text.lastIndexOf('（', figure.start), text.lastIndexOf('(', figure.start)), figure.start)) &&
        (q.terms ?? []).some((t) => t.weight >= 1.5 && /(?:大学|学院)$/.test(t.term) && normalizeForMatch(owner).includes(t.term));
      if (owner && !ownerAsked && coverage(measured.length ? measured : groups, normalizeForMatch(owner)) === 0) ((fit -= PART_MISFIT), reasons.push(`belongs to ${owner}`));
      else if (ownerAsked) {
        // (The name it belongs to labels it: it holds the question's words as a label would.)
        labelCoverage = Math.max(labelCoverage, coverage(groups, normalizeForMatch(`${owner} ${label}`)));
        // (…and it counts what its statement counts: 升学进入…高校…“武汉理工大学”（78人）.)
        if (measured.length) measureCoverage = Math.max(measureCoverage, coverage(measured, normalizeForMatch(statementBefore(lead + text, lead.length + figure.start))));
        fit += PART_MISFIT;
        reasons.push(`belongs to ${owner}, as asked`);
      }
      const counted = countedNoun(text, figure);
      if (counted && measured.length && coverage(groups, normalizeForMatch(counted)) === 0)
        ((fit -= COUNTED_MISMATCH), reasons.push(`counts ${counted}, not what is asked`));
      // …and one of the same stem with another head (5次采购意向 for 采购公告): a sibling kind, not the one asked.
      // (Read whatever its part of speech: 采购 tags as a verb.)
      else {
        const words = figure.kind === 'quantity' && figure.unitClass !== 'money' && figure.unitClass !== 'percent' ? /^[\u4e00-\u9fa5]{4,6}/.exec(text.slice(figure.end))?.[0] : undefined;
        // (An English measure, procurement announcements, by the words it reads as: 采购公告.)
        const measureWords = [...q.measure, ...(q.terms ?? []).filter((t) => t.weight >= 0.7 && /[a-z]/i.test(t.source) && q.measure.some((m) => m.includes(t.source))).map((t) => t.term)];
        // (A measure the words name as asked, 采购意向 for 采购意向, is no sibling of another.)
        const sibling = words && !q.measure.some((m) => normalizeForMatch(words).startsWith(m)) && siblingHead(words, measureWords);
        if (sibling) ((fit -= COUNTED_MISMATCH), reasons.push(`counts ${words}, not ${sibling}`));
      }
      // "退役士兵学费资助：6800元" for 学费: the measure asked is only the object of another head (资助, 减免):
      // the figure is that aid's, not the measure's own.
      // (A table row's key cell names its thing: the text up to the figure is read, not only the header.)
      const stating = normalizeForMatch(`${label} ${lead}${text.slice(0, figure.start)} ${section ?? ''}`);
      const headed = q.measure.find((m) => headedElsewhere(stating, m, normalizeForMatch(q.question ?? '')));
      if (headed) ((fit -= FEE_MISMATCH), reasons.push(`${headed} only as the object of ${headed}${headOf(stating, headed)}, not ${headed} itself`));
      // "学费收入13562.40万元" for 学费一年多少: a fee is paid per student; an amount in 万元 or 亿元 is a total
      // collected, unless a total is what is asked (收入, 总额, 一共).
      if (
        figure.unitClass === 'money' &&
        (/[万亿]元/.test(figure.text) || /^[万亿]/.test(figure.unit ?? '')) &&
        q.measure.some((m) => /[^收缴交付免花经消家稿]费$/.test(m) && m !== '经费') &&
        !/收入|总额|总计|合计|一共|总共|共计|累计|多少万|几万|资金|金额/.test(q.question ?? '') &&
        // (…an amount paid out to one person, 给予安家费20万元, is no fee collected.)
        !GIVEN_TO_ONE.test(label.slice(-GIVEN_REACH))
      )
        ((fit -= FEE_MISMATCH), reasons.push(`${figure.text} is a total collected, not a fee per student`));
      // "住宿费为900元" for 空调电费: a fee the label names right before the figure that is not the fee asked.
      const labelFee = figure.unitClass === 'money' ? /([\u4e00-\u9fa5]{1,4}费)[^，。；费]{0,6}$/.exec(normalizeForMatch(label.replace(/[：:]\s*$/, '')))?.[1] : undefined;
      // (…or the fee an English question's word stands for: tuition → 学费.)
      const askedFees = [
        ...(normalizeForMatch(q.question ?? '').match(/[\u4e00-\u9fa5]{0,3}费/g) ?? []),
        ...(/[a-z]{3}/i.test(q.question ?? '') ? (q.terms ?? []).filter((t) => t.weight >= 0.7 && /费$/.test(t.term)).map((t) => t.term) : []),
      ].filter((f) => f.length >= 2);
      // (收费, 费用, 缴费 name no kind of fee.)
      // (Named by a word typed, a piece of one or a fee it stands for, not by another synonym: 宿舍 reads 住宿, yet
      // 宿舍空调电费 asks no 住宿费; 报名 of 报名费 names 报名考核费.)
      const typed = groups.map((g) => ({ ...g, terms: g.terms.filter((t) => t.source.includes(t.term) || /费$/.test(t.term)) }));
      if (labelFee && !GENERIC_FEE.test(labelFee) && askedFees.length && !askedFees.some((f) => f.includes(labelFee) || labelFee.includes(f.slice(-2))) && coverage(typed, labelFee) === 0)
        ((fit -= FEE_MISMATCH), reasons.push(`states ${labelFee}, not the fee asked`));
      // A generic label (收费标准) in a section or document about another fee (宿舍…收费 for 学费): that fee's.
      const fees = [...askedFees, ...groups.flatMap((g) => g.terms).filter((t) => t.weight >= 0.75 && /^(?:学费|住宿费)$/.test(t.term)).map((t) => t.term)];
      // (…unless the figure's own statement names its fee: "2. 住宿费：…四人间每生每学年1000元" under a 学费 heading.)
      const statedFee = /([\u4e00-\u9fa5]{1,4}费)[：:]/.exec(normalizeForMatch(statementBefore(lead + text, lead.length + figure.start)).replace(/[：:]$/, ''))?.[1];
      const sectionFee =
        section && (!labelFee || GENERIC_FEE.test(labelFee)) && !(statedFee && !GENERIC_FEE.test(statedFee)) ? SECTION_FEES.find(([re]) => re.test(section))?.[1] : undefined;
      if (figure.unitClass === 'money' && section && sectionFee && fees.length && !fees.some((f) => f.includes(sectionFee.slice(0, 2))) && !fees.some((f) => /住宿|学费/.test(f) && section.includes(f)))
        ((fit -= FEE_MISMATCH), reasons.push(`a ${sectionFee} of its section, not the fee asked`));
      // 北山校区 asked, "明湖校区…六人间…900元" stated: a sibling of the named thing (another 校区) is not it.
      const sibling = siblingNamed(q.question ?? '', statementBefore(lead + text, lead.length + figure.start));
      if (sibling) ((fit -= SIBLING_MISFIT), reasons.push(`stated for ${sibling}, another than asked`));
      // 会计专业 asked, "大数据与会计（…升学率54.84%）" stated: the name asked only inside a longer one names another 专业.
      const longer = longerMajorNamed(q, statementBefore(lead + text, lead.length + figure.start));
      if (longer) ((fit -= LONGER_NAME_MISFIT), reasons.push(`stated for ${longer}, a longer name than asked`));
      // "原收费标准：…88元 | 调整后标准：…132元": the old value is not what a plain question asks.
      const cellHead = cellHeaderOf(text, figure) ?? cell;
      if (cellHead && SUPERSEDED.test(cellHead) && !ASKS_OLD.test(q.question ?? ''))
        ((fit -= SUPERSEDED_MISFIT), reasons.push(`in the column of the old value (${cellHead})`));
      // "学院：数学与统计学院 | 一等：34 | … | 合计：162": a row's total cell is the row's whole, what a question
      // naming none of its columns (分到几个名额) asks.
      // (Under a spanning header, 分省计划数（名）·小计, the column's own last part says it totals.)
      else if (cellHead && ROW_TOTAL_HEAD.test(cellHead.split('·').at(-1)!.trim()) && q.qualifier !== 'part' && !columnNamed && isTableRow(text))
        ((fit += ROW_TOTAL_FIT), reasons.push(`the row's total (${cellHead.trim()})`));
      // "省定基准学费标准：5500 | 学校执行学费标准：6325": a plain 学费 question asks what is charged.
      else if (cellHead && REFERENCE.test(cellHead) && !ASKS_REFERENCE.test(q.question ?? ''))
        ((fit -= REFERENCE_MISFIT), reasons.push(`in the column of a reference value (${cellHead})`));
      // "学院：合计 | 接收计划（人）：132": the table's total row is what 一共, 加起来 ask.
      if (q.qualifier === 'total' && TOTAL_ROW_KEY.test(key)) ((fit += ROW_TOTAL_FIT), reasons.push(`the table's total row (${key}), asked a total`));
      // A table's figure is stated by its header (its row's key cells are weighed as the row's topic);
      // a sentence's figure by its statement up to the figure.
      const statement = figure.kind === 'cell' || text.includes(' | ') ? label : ownStatement(statementBefore(lead + text, lead.length + figure.start));
      const part = q.question === undefined ? undefined : unaskedPart(q.question, statement);
      // Another part than the one the question names (硕士 for 博士研究生) is the contrary of what is asked.
      const otherPart = !!part && siblingAsked(q.question ?? '', part);
      // A part the whole section is about (本科生 under 1.本科生国家助学金) is where the question led: no part of it.
      // (A breakdown's heading, 分困难生类别 or 按性别, names parts side by side: its figures stay parts.)
      const sectionsOwn = !!part && !otherPart && section !== undefined && !BREAKDOWN.test(section) && sectionOwnsPart(unaskedPart(q.question ?? '', section) ?? '', part);
      // A section about another level than the one asked ((2)研究生毕业生… for 本科落实率): another part's figures.
      // (…unless the figure's own statement names the part asked: 研究生4645人 under a 本科新生 title.)
      const statesAsked = partsNamed(q.question ?? '').some((p) => normalizeForMatch(statement).includes(p));
      const sectionPart = !part && !statesAsked && section ? unaskedPart(q.question ?? '', section) : undefined;
      // (A total asked, 总共录了多少, is never a part its statement takes out of a whole: 录取新生中男生1881人.)
      const takenOut = !!part && q.qualifier === 'total' && new RegExp(`中${part}`).test(normalizeForMatch(statement));
      // (The part a question naming none most likely means, 本科, falls less: below the whole, above another part.)
      if (part && !sectionsOwn)
        ((fit -= otherPart || takenOut ? OTHER_PART_MISFIT : isDefaultPart(part) ? DEFAULT_PART_MISFIT : UNASKED_PART_MISFIT),
          reasons.push(`stated for ${part}, ${otherPart ? 'another part than asked' : 'not asked'}`));
      else if (sectionPart && siblingAsked(q.question ?? '', sectionPart))
        ((fit -= OTHER_PART_MISFIT), reasons.push(`in a section on ${sectionPart}, another part than asked`));
      // "其中本科生有多少": the figure stated for the part asked, not the whole it is part of.
      // (…and so is one a question names outright, 研究生的相关度, over the whole's, 毕业生…相关度90.29%, when it is of the
      // kind asked; the part most questions mean, 本科, is no sign.)
      else if (!part && ((q.qualifier === 'part' && asked.length > 1) || (unitScore >= 0 && fit >= 0 && typedParts(q.question ?? '').some((p) => !isDefaultPart(p))))) {
        // (A level naming a degree or a subject, 博士学位授权…，现有在校研究生6800余人, names no people.)
        const said = statement.replace(DEGREE_OF_LEVEL, ' ');
        const own = (q.qualifier === 'part' ? partsNamed(q.question ?? '') : typedParts(q.question ?? '')).find((p) => normalizeForMatch(said).includes(p));
        if (own) ((fit += ASKED_PART_FIT), reasons.push(`stated for ${own}, as asked`));
      }
      // Words the question writes together (国家|奖学金) written together in the label, not apart
      // around another word (国家励志奖学金).
      const together = phrases.filter((ph) => normalizeForMatch(label).includes(ph));
      if (together.length) ((fit += Math.min(PHRASE_FIT_MAX, PHRASE_FIT * together.length)), reasons.push(`label writes ${together.join('、')} as asked`));
      // 每年学费: a total over the years (总学费72000元) is not the yearly figure; one stated per year is.
      // (现在, 目前 read as a whole asked; only 一共, 总共… ask the total over the years.)
      const perYear = PER_YEAR_ASKED.test(q.question ?? '') && !EXPLICIT_TOTAL.test(q.question ?? '');
      // …and a monthly figure (每月440元) is not the yearly one (每年4400元), nor the other way round.
      const monthly = (figure.per !== undefined && /月/.test(figure.per)) || PER_MONTH_LABEL.test(label.slice(-6));
      const yearly = (figure.per !== undefined && /年/.test(figure.per)) || /每学?年|按学?年/.test(label);
      // …and a price per a credit, a course or a time (每学分150元, 120元/学分) is none per year either.
      const perOther = !yearly && !monthly && ((figure.per !== undefined && PER_OTHER_UNIT.test(figure.per)) || PER_OTHER_LABEL.test(label.slice(-6)));
      if (perYear) {
        if (qualifier === 'total') ((fit -= PER_YEAR_MISFIT), reasons.push('a total, asked per year'));
        else if (perOther && !perThingAsked(q.question ?? '')) ((fit -= PER_OTHER_MISFIT), reasons.push('per another thing, asked per year'));
        else if (monthly && !yearly) ((fit -= PER_YEAR_MISFIT), reasons.push('per month, asked per year'));
        else if (yearly) ((fit += PER_YEAR_FIT), reasons.push('per year, as asked'));
      } else if (PER_MONTH_ASKED.test(q.question ?? '')) {
        if (monthly) ((fit += PER_YEAR_FIT), reasons.push('per month, as asked'));
        else if (yearly) ((fit -= PER_YEAR_MISFIT), reasons.push('per year, asked per month'));
        // (…and a price per an hour or a credit, 每小时24元, is none per month.)
        else if (perOther && !perThingAsked(q.question ?? '')) ((fit -= PER_OTHER_MISFIT), reasons.push('per another thing, asked per month'));
      }
      // "余额低于5元时…": a figure in a condition (…时) says when something happens, not what is asked.
      // (…unless the threshold is what is asked: 余额低于多少元时会提醒.)
      if (
        CONDITION_AFTER.test(text.slice(figure.end, figure.end + 6)) &&
        CONDITION_BEFORE.test(text.slice(Math.max(0, figure.start - 4), figure.start)) &&
        !ASKS_THRESHOLD.test(q.question ?? '')
      )
        ((fit -= CONDITION_MISFIT), reasons.push('a threshold of a condition (…时)'));
      // 多少钱一度, 每科多少钱: a price per the thing asked (0.58元/度, 每科45元), not another amount beside it.
      const perAsked = perThingAsked(q.question ?? '');
      if (perAsked && !/^(?:学?年|个?月)$/.test(perAsked)) {
        const per = figure.per ?? (new RegExp(`每${perAsked}$`).test(normalizeForMatch(lead + text.slice(0, figure.start)).slice(-4)) ? perAsked : undefined);
        if (per !== undefined && per.includes(perAsked)) ((fit += PER_THING_FIT), reasons.push(`per ${perAsked}, as asked`));
        else if (figure.unitClass === 'money') ((fit -= PER_THING_MISFIT), reasons.push(`not a price per ${perAsked}`));
      }
      // "毕业生期望的平均薪资", "单位愿意给出的薪资": a wish or an offer is not the value itself, unless asked.
      // (Its sentence's: 愿意给出的平均薪资为4750元，薪资范围主要集中在… is the offer's range too.)
      if (wishMisfits(lead + text.slice(0, figure.start), q.question ?? '')) ((fit -= WISHED_MISFIT), reasons.push('a wish or an offer, not the value asked'));
      // "力争全年捐赠收入突破5,000万元": a goal set is not the value reached, unless a goal is asked.
      else if (goalMisfits(statementBefore(lead + text, lead.length + figure.start), q.question ?? '')) ((fit -= GOAL_MISFIT), reasons.push('a goal, not the value reached'));
      // "例如：某本科生…每学年学费5800元": a worked example's figure is no one's value, unless a case is asked.
      else if (exampleMisfits(statementBefore(lead + text, lead.length + figure.start), q.question ?? '', opening + text.slice(0, figure.start))) ((fit -= EXAMPLE_MISFIT), reasons.push('a worked example, not a value stated'));
      // "由每生每年5000元提高至每生每年6000元": the value before a change is no longer the standard.
      // (A time asked may be the old value's: 前年入学的 asks the 2023级 standard.)
      if (!q.time && !ASKS_OLD.test(q.question ?? '') && CHANGED_FROM.test(text.slice(Math.max(0, figure.start - 8), figure.start)) && CHANGED_TO.test(text.slice(figure.end, figure.end + 10)))
        ((fit -= SUPERSEDED_MISFIT), reasons.push('the value before a change'));
      // 国家励志奖学金多少钱: an award's standard per student, not the total paid out, unless a total is asked.
      if (q.unit === 'money' && !q.qualifier && AWARD.test(q.question ?? '') && !ASKS_PAID_OUT.test(q.question ?? '')) {
        if (PER_PERSON.test(label) || (figure.per !== undefined && /生|人/.test(figure.per))) ((fit += AWARD_FIT), reasons.push('an award per student, as asked'));
        else if (PAID_OUT.test(label)) ((fit -= AWARD_FIT), reasons.push('a total paid out, asked the award'));
      }
      // 医保交多少: a payment asked is what the asker pays, not what is paid back or to them (报销限额600元).
      if (q.unit === 'money' && PAY_ASKED.test(q.question ?? '')) {
        // (The figure's own clause only: 扣除财政补助后，个人每年缴费380元 is a payment whatever came before.)
        const clause = normalizeForMatch(`${(lead + text.slice(0, figure.start)).split(/[，,；;。]/).at(-1) ?? ''} ${label}`);
        const back = /缴费|缴纳|个人|自付|交/.test(clause) ? undefined : PAID_BACK.exec(clause)?.[0];
        if (back && !(q.question ?? '').includes(back)) ((fit -= PAID_BACK_MISFIT), reasons.push(`a sum paid back (${back}), asked a payment`));
      }
      // 不算助学贷款的话: a figure that leaves it out (不含国家助学贷款…12632.91万元), not one that holds it (含国家助学贷款).
      const excluded = EXCLUDES.exec(q.question ?? '')?.[1];
      if (excluded) {
        const around = normalizeForMatch(statementBefore(lead + text, lead.length + figure.start) + label);
        const leftOut = new RegExp(`(?:不含|不包括|不包含|除去?|扣除)[^，。；]{0,4}${excluded}`).test(around);
        const heldIn = !leftOut && new RegExp(`(?<![不除])(?:含|包括|包含)[^，。；]{0,4}${excluded}`).test(around);
        if (leftOut) ((fit += EXCLUSION_FIT), reasons.push(`leaves out ${excluded}, as asked`));
        else if (heldIn) ((fit -= EXCLUSION_FIT), reasons.push(`holds ${excluded}, asked without it`));
      } else if (q.qualifier === 'total') {
        // 一共多少: a figure its own clause says leaves something out (不含国家助学贷款，发放…1789.97万元) is no whole.
        const own = normalizeForMatch((lead + text.slice(0, figure.start)).split(/[。；;，,）)]/).at(-1) ?? '');
        const left = /(?:不含|不包括|不包含|不计)([\u4e00-\u9fa5]{2,10}?)(?=在内|的|等|$|[^\u4e00-\u9fa5])/.exec(own)?.[1];
        if (left && !(q.question ?? '').includes(left)) ((fit -= EXCLUSION_FIT / 2), reasons.push(`leaves out ${left}, asked the whole`));
      }
      // 从几号到几号: both ends asked, a range answers (9月14日至9月27日), a single date (…前提交) does not.
      if (q.unit === 'date' && ASKS_RANGE.test(q.question ?? ''))
        figure.kind === 'date-range' ? ((fit += RANGE_FIT), reasons.push('a range, as asked')) : ((fit -= RANGE_FIT), reasons.push('one date, asked a range'));
      // A date asked as a start (从什么时候开始) or an end (有效期到哪天): the date's own side.
      const side = dateSide(text, figure);
      const askedSide = askedDateSide(q.question ?? '');
      if (side && askedSide) ((fit += side === askedSide ? DATE_SIDE_FIT : -DATE_SIDE_FIT), reasons.push(`${side} date, asked ${askedSide}`));
      // (A range holds both its ends: 寒假自1月17日开始，至2月28日结束 says when it ends, asked 放到几号.)
      // (…when the thing asked names it right before: 寒假自…, not 学校于…对报名人员进行资格审查.)
      else if (askedSide && figure.kind === 'date-range' && (q.measure ?? []).some((m) => m.length >= 2 && normalizeForMatch(text.slice(Math.max(0, figure.start - 6), figure.start)).includes(m)))
        ((fit += DATE_SIDE_FIT), reasons.push(`a range of the thing asked, holding the ${askedSide} asked`));
      // (现在一年学费: 现在 reads as a whole asked, but the year asks one year's figure.)
      if (q.qualifier && !(q.qualifier === 'total' && perYear)) {
        // (A change asked is rare and specific: the figure stating one, 提高30元, is all but the answer.)
        if (qualifier === q.qualifier) ((fit += qualifier === 'change' ? CHANGE_FIT : 0.15), reasons.push(`qualifier ${qualifier} as asked`));
        else if (qualifier && CONTRARY.some(([a, b]) => (a === qualifier && b === q.qualifier) || (b === qualifier && a === q.qualifier)))
          ((fit -= CONTRARY_MISFIT), reasons.push(`qualifier ${qualifier} is the contrary of ${q.qualifier}`));
        // 比上一届高了多少: the level itself (78.63%) is not the change asked (提高1.71个百分点), whatever else
        // it is (其中个人缴费380元 is a part and a level).
        else if (q.qualifier === 'change') ((fit -= Math.max(CHANGE_MISFIT, 0.15)), reasons.push(`${qualifier ? `qualifier ${qualifier}: ` : ''}a level, asked a change`));
        // 新涨了多少粉丝: a plain level (粉丝量84301人) is not what was added.
        // (Asked in so many words, 新增, 新涨: the 新 of 新生 asks no addition.)
        else if (q.qualifier === 'new' && !qualifier && ADDED_ASKED.test(q.question ?? '')) ((fit -= NEW_MISFIT), reasons.push('a level, asked what was added'));
        else if (qualifier) ((fit -= 0.15), reasons.push(`qualifier ${qualifier}, asked ${q.qualifier}`));
      } else if (qualifier === 'change') ((fit -= CHANGE_MISFIT), reasons.push('a change, asked a level'));
      // 一年最多报多少: a maximum asked (read as a rank of the figures) is answered by the figure a report states as one (年度限额600元).
      else if (qualifier === 'max' && ASKS_MAX.test(q.question ?? '')) ((fit += 0.15), reasons.push('a maximum, as asked'));
      // (A part that is the department asked, 其中机电工程学院150篇, is what was asked.)
      // (…nor a maximum the question asks for, 每年最多能贷多少 → 最高不超过20000元.)
      // (…nor a part the question names that the whole before 其中 does not: 其中理工类专业…5800元 for 理工类的学费.)
      else if (
        qualifier &&
        NARROWING.has(qualifier) &&
        !(qualifier === 'part' && (departments.some((d) => label.includes(d)) || partNamed(q, lead + text, lead.length + figure.start, label))) &&
        !(qualifier === 'max' && ASKS_MAX.test(q.question ?? ''))
      )
        ((fit -= (partOfStated && qualifier === 'part' ? PART_OF_STATED_COST : NARROWING_COST[qualifier]) ?? 0.08), reasons.push(`qualifier ${qualifier} not asked`));
      // 最低一档: of the text's figures of one unit (一档4500元，二档3300元，三档2100元), the extreme asked.
      if (extremeAsked) fit += rankedFit(q.rank!, figure, asked, totals);
      const period = periods[i];
      let column: FigureMatch['column'];
      // A figure whose own clause opens with the year asked (计划招生180名（2024年为150名）) is that year's, beside
      // the document's own year's figure: as a table's column of the year asked is.
      // (Only to tell it from another figure of the text dated to another period, 180名 of 2025年…计划招生180名: a lone
      // figure is not made an answer by its year.)
      // (…nor one of another kind than asked, 360名 for 录取最低分: its year makes it no score.)
      if (!period && ownYearAsked[i] && unitScore >= 0 && asked.some((g, j) => j !== i && !ownYearAsked[j] && datedOtherwise(g)))
        ((fit += PERIOD_COLUMN_FIT), (column = 'asked'), reasons.push(`its clause names ${q.time!.label}`));
      else if (period) {
        const t = q.time?.kind === 'interval' ? q.time : undefined;
        // (A column over several years, 2022—2024年合计, is no one year's: it is not the column of a year asked.)
        if (t && period.start <= t.end && t.start <= period.end && !spansYears(period))
          ((fit += PERIOD_COLUMN_FIT), (column = 'asked'), reasons.push(`column ${period.label} is the period asked`));
        else if (t) ((fit -= PERIOD_COLUMN_FIT), reasons.push(`column ${period.label}, asked ${t.label}`));
        else if (period.end === latest && !spansYears(period)) ((fit += PERIOD_COLUMN_FIT / 2), reasons.push(`column ${period.label} is the latest`));
      }
      return {
        figure,
        label,
        qualifier,
        labelCoverage,
        measureCoverage,
        fit,
        // (Figures whose labels say nothing asked are told apart by their own sentence: …提供夜宵，时间为21:00—23:00.
        // A table row is every cell's "sentence": a cell whose header names nothing asked gains nothing from its row.)
        score:
          0.3 * labelCoverage +
          0.4 * measureCoverage +
          fit +
          (labelCoverage === 0 && !isTableRow(text) ? SENTENCE_SHARE * coverage(groups, normalizeForMatch(sentenceAround(text, figure))) : 0),
        reasons,
        ...(column ? { column } : {}),
      };
    })
    .sort((a, b) => b.score - a.score || a.figure.start - b.figure.start);
}

/** A table row's key naming the total of the rows above it. */
const TOTAL_ROW = /^(?:合计|总计|共计|总额|全校合计|全校)$/;

/** True for a period of more than a year (2022-2024年): a span of years, no one year's column. */
const spansYears = (p: { start: string; end: string }) => Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4)) >= 2;

/** How much a figure's own sentence counts when its label holds nothing asked: a tie-breaker. */
const SENTENCE_SHARE = 0.05;

/** The sentence (between 。！？；) that holds the figure. */
/**
 * True when the question names the part a figure is stated for (其中理工类专业每生每学年5800元 asked 理工科学费) and
 * the whole before 其中 does not name it: "官网总计发文2273篇，其中官网主站745篇" asked 官网 is the whole's.
 */
function partNamed(q: { terms?: ParsedQuery['terms']; measure: string[] }, text: string, at: number, label: string): boolean {
  const before = text.slice(0, at);
  // (A part marked otherwise, 含…, is read no further: only 其中 parts the whole before it.)
  if (before.lastIndexOf('其中') < 0) return false;
  // (The part's words run from 其中 to the figure: 其中…单招…当天，招生网PV浏览量 names 单招.)
  const part = normalizeForMatch(`${before.slice(Math.max(0, before.lastIndexOf('其中')))} ${label}`);
  // (其中 opening a sentence parts the one before it: …PV浏览量1821743人次。其中…当天，招生网PV浏览量132190次.)
  const whole = normalizeForMatch(
    before
      .slice(0, Math.max(0, before.lastIndexOf('其中')))
      .replace(/[，,。；;\s]+$/u, '')
      .split(/[。；;\n]/)
      .at(-1) ?? '',
  );
  return (q.terms ?? []).some(
    (t) => t.weight >= PART_NAME_WEIGHT && t.term.length >= 2 && !q.measure.some((m) => m.includes(t.term) || t.term.includes(m)) && part.includes(t.term) && !whole.includes(t.term),
  );
}
/** True when the question names, in a figure's own label, a part after 其中 that the whole before it does not name. */
// (Its own: from the figure of the part before it, or from 其中.)
function ownPartNamed(q: { terms?: ParsedQuery['terms']; measure: string[] }, text: string, at: number, label: string, unit: string | undefined): string | undefined {
  const before = text.slice(0, at);
  const split = before.lastIndexOf('其中');
  // (…in the figure's own sentence: 其中国家级45项。学科竞赛获国家级奖项120项 parts nothing of the 120项.)
  if (split < 0 || /[。；;\n]/.test(before.slice(split))) return undefined;
  // (…after the part before it, 其中“要闻播报”6条，“新闻资讯”429条: 429条 is no 要闻播报's.)
  const previous = recognise(before.slice(split)).at(-1);
  const from = previous ? split + previous.end : split;
  // (Only a whole stated with its figure before 其中, 项目523项，其中…: 其中包括…5次采购意向 lists things, it parts no figure;
  // …of the part's own unit: 计划招生共260人，其中组织校考的专业6个 counts majors, no part of the 260人.)
  const whole = before.slice(0, split).split(/[。；;\n]/).at(-1) ?? '';
  const of = recognise(whole).filter((f) => f.unit === unit).at(-1);
  if (!of) return undefined;
  const own = normalizeForMatch(`${before.slice(from)} ${label}`);
  const named = (q.terms ?? []).filter((t) => t.weight >= PART_NAME_WEIGHT && t.term.length >= 2 && own.includes(t.term));
  if (named.length === 0 || !partNamed({ ...q, terms: named }, text, at, label)) return undefined;
  // The whole's own clause (本学年立项…项目523项): what the part counts, without the other measures of its sentence.
  const clauseStart = Math.max(...['，', ',', '；', ';'].map((c) => whole.lastIndexOf(c, of.start))) + 1;
  return normalizeForMatch(`${whole.slice(clauseStart, of.end)} ${before.slice(from)} ${label}`);
}
/** True when a statement, before its last 其中, gives a figure right after a measured word (浏览量1821743人次，…其中…). */
function measuredBeforeQizhong(statement: string, measured: Group[]): boolean {
  const at = statement.lastIndexOf('其中');
  if (at < 0) return false;
  const whole = normalizeForMatch(statement.slice(0, at));
  return measured.some((g) => g.terms.some((t) => t.term.length >= 2 && new RegExp(`${t.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^，,。；;\\d]{0,4}\\d`).test(whole)));
}

/** Kinds of phone line that are not one another: complaints and supervision, enquiries, fax. */
// (A fax is no kind apart: 电话/传真 is one number for both.)
const PHONE_KINDS: [kind: string, words: RegExp][] = [
  ['complaint', /举报|监督|投诉|纪检|申诉/],
  ['enquiry', /咨询|招生|报名|值班/],
];
/** How far back from a number its label may name the line's kind (在纪检监察处设置了举报电话0731-…). */
const PHONE_LABEL_REACH = 12;

/** A number's own label: the words right before it, back to the last punctuation, bracket or figure. */
function phoneLabel(before: string): string {
  const text = normalizeForMatch(before).replace(/[：:\s]+$/u, '').slice(-PHONE_LABEL_REACH);
  return text.slice(Math.max(...['，', ',', '。', '；', ';', '、', '（', '）', '(', ')'].map((c) => text.lastIndexOf(c)), (/\d(?=\D*$)/.exec(text)?.index ?? -1)) + 1);
}

/** A column that totals its row's other cells, and how much it leans when no column is named. */
const ROW_TOTAL_HEAD = /^(?:合计|总计|小计|共计|总数|总人数|总名额)(?:[（(].{0,8}[）)])?$/;
const ROW_TOTAL_FIT = 0.05;
/** The key of a table's total row. */
const TOTAL_ROW_KEY = /^(?:合计|总计|共计|总体|全校|全院|汇总)$/;

/** Least weight of a question's word naming the part asked (a typed word or a close synonym of one: 理工类 of 理工科). */
const PART_NAME_WEIGHT = 0.7;

function sentenceAround(text: string, f: Figure): string {
  const stop = /[。！？!?；;\n]/g;
  let start = 0;
  for (const m of text.slice(0, f.start).matchAll(stop)) start = m.index! + 1;
  const after = stop.exec(text.slice(f.end));
  return text.slice(start, after ? f.end + after.index : text.length);
}

/** How much a date on the side asked (start or end) gains, and one on the other side loses. */
const DATE_SIDE_FIT = 0.2;

/** The side of a span a date stands for: 自2025年9月1日起 starts, 至2030年8月31日 ends. */
export function dateSide(text: string, figure: { start: number; end: number; kind: string }): 'start' | 'end' | undefined {
  if (figure.kind !== 'date') return undefined;
  const before = text.slice(Math.max(0, figure.start - 6), figure.start);
  const after = text.slice(figure.end, figure.end + 3);
  if (/(?:至|到|截至|截止|止于|不晚于|最迟|截止(?:日期|时间)?(?:为|是)|前|之前)\s*$/.test(before) || /^\s*(?:止|前|以前|之前|截止|到期)/.test(after))
    return 'end';
  if (/(?:自|从|起始于|始于)\s*$/.test(before) || /^\s*(?:起|开始|启动)/.test(after)) return 'start';
  return undefined;
}

/** Whether a question asks when something starts or when it ends. */
export function askedDateSide(question: string): 'start' | 'end' | undefined {
  // (从哪天到哪天 asks both ends: a range, no side.)
  if (ASKS_RANGE.test(question)) return undefined;
  if (/截止|截至|(?<![报收来得达])到(?:哪|什么时候|几号)|结束|有效期|期限|到期|之前|最晚|最迟|\b(?:deadline|until|expires?|ends?)\b/i.test(question))
    return 'end';
  if (/开始|从什么时候|从哪天|何时起|什么时候起|哪天起|启动|生效|执行|实施|\b(?:start|starts|begin|begins|effective)\b/i.test(question)) return 'start';
  return undefined;
}

/** What writing a question's adjacent words together in a label adds, per pair and at most. */
const PHRASE_FIT = 0.05;
const PHRASE_FIT_MAX = 0.1;

/** Pairs of adjacent content words of a question, joined (国家奖学金 from 国家|奖学金). */
let phrasesOf: { question: string; phrases: string[] } | undefined;

export function adjacentPhrases(question: string): string[] {
  // Asked once per window: the last question's phrases are kept.
  if (phrasesOf?.question === question) return phrasesOf.phrases;
  const phrases = computePhrases(question);
  phrasesOf = { question, phrases };
  return phrases;
}

function computePhrases(question: string): string[] {
  const words = cut(normalizeForMatch(question)).filter((w) => /^[\u4e00-\u9fa5]{2,}$/.test(w));
  const out: string[] = [];
  const text = normalizeForMatch(question);
  for (let i = 0; i + 1 < words.length; i++) {
    const ph = words[i]! + words[i + 1]!;
    if (text.includes(ph) && ph.length <= 8) out.push(ph);
  }
  return out;
}

const PERIOD_IN_TEXT = new RegExp(PERIOD_TOKEN, 'g');

/** A year opening the figure's own clause (2025年度个人缴费标准为…), not one mentioned earlier in the sentence. */
// (Not a year from which something holds on: 2024年秋季起学费为… still holds in 2025.)
// (…or an aside in brackets stating that year's value: 计划招生180名（2024年为150名）, not 本科生（2024年入学）人数3000人.)
export const OWN_YEAR =
  /(?:(?:^|[，。；,;：:])\s*(?:19|20)\d{2}\s*年度?(?!\s*(?:[春秋]季(?:学期)?|\d{1,2}月)?\s*(?:起|以来|开始))[^，。；,;\d]{0,16}|[（(]\s*(?:19|20)\d{2}\s*年度?\s*(?:为|是))$/;

/** A year compared with, right before its figure (比2023年的5316.8万元, 较2023年度). */
const COMPARED_YEAR = /(?:比|较|较之|相比|同比)\s*((?:19|20)\d{2}\s*年度?)\s*(?:的|同期的?)?\s*[（(]?\s*$/;
/** The period before the document's own, compared with right before its figure (比上学年（11,093条）, 较上年的…). */
const COMPARED_PREVIOUS = /(?:比|较|较之|相比|同比)\s*(?:上一?学年|上一?年度?|去年|上一?届)\s*(?:的|同期的?)?\s*[（(]?\s*$/;

/** True when the figure's own clause opens with the year asked (2025年度个人缴费标准为…). */
export function statesYearAsked(
  t: { label: string; start: string; end: string },
  before: string,
  docPeriod?: { kind: string; label: string; start: string; end: string },
): boolean {
  // "比上学年（11,093条）增长12.6%" in a 2023—2024学年 report: the figure right after the period compared with is the
  // period before the document's own.
  const relative = COMPARED_PREVIOUS.exec(before);
  // (Of the same kind as asked: a 2022年 question is no 2022-2023学年's.)
  if (relative && docPeriod && docPeriod.kind !== 'unknown') {
    const previous = shiftYears({ kind: 'interval', start: docPeriod.start, end: docPeriod.end, label: docPeriod.label }, -1);
    return previous.kind === 'interval' && (docPeriod.kind === 'academic-year') === /学年$/.test(t.label) && previous.start <= t.end && t.start <= previous.end;
  }
  if (!/年度?$/.test(t.label)) return false;
  // "比2023年的5316.8万元增长9.1%": the figure right after the year compared with is that year's.
  const base = COMPARED_YEAR.exec(before);
  if (base) {
    const year = periodOf(base[1]!);
    return !!year && year.kind === 'year' && year.start <= t.end && t.start <= year.end;
  }
  if (!OWN_YEAR.test(before)) return false;
  const stated = statedPeriod(before);
  return !!stated && stated.kind === 'year' && stated.start <= t.end && t.start <= stated.end;
}

/**
 * The period the text before a figure dates it to: the last period it names, not a year inside a
 * date (2023年4月25日当天) nor the end of a range (2021-2023届).
 */
export function statedPeriod(before: string): ReturnType<typeof periodOf> {
  const last = [...before.matchAll(PERIOD_IN_TEXT)]
    .filter((m) => !/^\s*\d{1,2}\s*月/.test(before.slice(m.index + m[0].length)))
    // "相较于2022届上升了3.77个百分点": the period compared with, not the figure's own.
    .filter((m) => !/(?:较于?|相比|比|同比|与|超过|低于|高于)\s*(?:同期)?\s*$/.test(before.slice(Math.max(0, m.index - 4), m.index)))
    // The start of a span (自2018年起, 2020年以来) and a title (《2022年…标准》) date nothing to one period.
    .filter(
      (m) => !/(?:自|从)\s*$/.test(before.slice(Math.max(0, m.index - 2), m.index)) && !/^\s*(?:起|以来|至今|开始)/.test(before.slice(m.index + m[0].length)),
    )
    .filter((m) => before.lastIndexOf('《', m.index) <= before.lastIndexOf('》', m.index))
    // A list of periods (2022届和2023届…分别为) dates each figure to one of them, not the last.
    .filter((m) => !/^\s*(?:和|、|及|与)\s*(?:19|20)?\d{2}/.test(before.slice(m.index + m[0].length)))
    .filter((m) => !/\d\s*(?:年度?|届|学年)\s*(?:和|、|及|与)\s*$/.test(before.slice(0, m.index)))
    .at(-1);
  if (!last || /\d\s*[-－—–~～至到]\s*$/.test(before.slice(0, last.index))) return undefined;
  return periodOf(last[0]);
}
