// Candidate passages for a question in chosen documents: hybrid retrieval, then every clause, pair
// of clauses and short sentence of the best chunks scored by how much of the question it covers —
// and, for figure questions, by the figure in it whose label, qualifier and unit match what is asked.
import { parseMarker } from '../ingest/markers.js';
import { PERIOD_TOKEN, periodOf } from '../ingest/period.js';
import type { Hit, SearchIndex } from '../retrieve/hybrid.js';
import { askedItems, documentLists, LISTED_SIBLING_PENALTY, namesOnlySibling } from './enumerated-siblings.js';
import { sequenceEndFit } from './sequence-end.js';
import { ASKS_LOCATION, NUMBERED, type ParsedQuery, isDepartmentName, isGenericHead, listedWords, roomSizeCovered } from '../retrieve/query.js';
import type { Fusion } from '../retrieve/hybrid.js';
import { type Figure, recognise } from '../text/figures.js';
import { normalizeForMatch } from '../text/normalize.js';
import { campusNames } from '../text/org-names.js';
import { words } from '../text/tokenize.js';
import type { Chunk, DocumentKind, ReportDocument } from '../types.js';
import { bandFit, statedValues } from './bands.js';
import { type Group, coverage, holds, requiredTopics, termGroups } from './coverage.js';
import { isNoun, tag } from '../text/jieba.js';
import { DEPARTMENT_MISFIT, type FigureMatch, WHOLE_PERIOD, answersAsked, matchFigures, officesNamed, ownsFigure, periodsMeet, statedPeriod, OWN_YEAR, statesYearAsked, rankedFit, asksExtremeItem, totalsAmong } from './figure-match.js';
import { type Span, splitClauses, splitSentences } from './sentences.js';
import { askedCellsBlank, isTableRow, namesCell, rowKey } from './table-row.js';
import { rangeHolds } from './row-range.js';
import { rowNaming } from './mentioned.js';

export interface Passage extends Span {
  hit: Hit;
  /** Share of the question's weight this passage (with its sentence and heading) covers, 0..1. */
  coverage: number;
  score: number;
  hasFigure: boolean;
  /** The passage (or its sentence, paragraph or heading) holds the question's main topic. */
  focus: boolean;
  /** Figure questions: the figure that answers, with why. */
  figure?: FigureMatch;
  /** Figure questions: the clause holding that figure, the shortest quote that answers. */
  clause?: Span;
  /** A list of long items: each item's opening sentence, what the reply shows of the cited block. */
  leads?: Span[];
  /** Run on through the items of a list it introduces: quoted as a list, all of them. */
  items?: boolean;
}

const CHANNEL =
  /网站|官网|官微|平台|公众号|微信|微博|显示屏|电子屏|广播|抖音|视频号|QQ群|微信群|专栏|栏目|系统|手册|热线|电话|邮箱|橱窗|公示栏|宣传栏|大厅|信箱|校报|学报|[\u4e00-\u9fa5]{1,8}网(?![络格点状])/i;

/** A place stated: an address, a site, a room (考试地点：…, 地址：…路9号, 位于…校区). */
const PLACE = /地点|地址|地 址|位于|坐落|[路街道]\d+号|\d+号(?:楼|院)|校区|教学楼|会议室|报告厅|体育馆|办事大厅|服务窗口/;

/** Stems of fees that name no thing of their own (管理费, 服务费, 代办费). */
const GENERIC_FEE_STEMS = /^(?:管理|服务|代办|代收|手续|其他|其它|相关|各项|有关)$/;
/** How much the lines above a contact detail count for it. */
const CONTACT_BLOCK_SHARE = 0.9;
/** Lines above a contact detail read with it. */
const BLOCK_LINES = 3;

/** The few lines right above an offset (a contact block's office and address), up to one giving a detail of the same kind. */
function linesAbove(text: string, at: number, kind: RegExp): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let out = text.slice(lineStart, at);
  let end = lineStart - 1;
  for (let k = 0; k < BLOCK_LINES && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // (A line with its own phone, for a phone, is another block's; one with another kind of detail is passed over.)
    if (kind.test(line)) break;
    if (!CONTACT_DETAIL.test(line)) out = `${line}\n${out}`;
    // (A heading opens the block: the lines above it are another section's, 门诊时间 above 联系电话.)
    if (isHeadingLine(line)) break;
    end = start - 1;
  }
  return out;
}

/** A section heading of the outer kinds (一、, （一）, 第一章, # …): where a block of lines begins. */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return /^#{1,6}\s/.test(t) || (t.length <= 30 && (parseMarker(t)?.rank ?? 9) <= 2);
}

/** The channels a text names (微信公众号, 视频号, 官网). */
function channelsIn(text: string): string[] {
  return [...text.matchAll(new RegExp(CHANNEL.source, 'gi'))].map((m) => m[0]);
}

/** True when the text names a channel (a website, a platform, a hotline…): what 在哪 questions want. */
export const mentionsChannel = (text: string) => CHANNEL.test(text);

/** Words that every report's headings use; they name no topic. */
/** An office of an institution: 纪检监察处, 党政办公室, 宣传统战部, 招生就业处. */
const ORG_UNIT = /[\u4e00-\u9fa5]{2,8}(?:处|办公室|部|委员会|中心|科)(?![\u4e00-\u9fa5]{0,1}[长员])/;

const HEADING_FILLER =
  /^(信息|公开|情况|工作|方面|主动|数量|统计|数据|相关|学校|其他|事项|报告|有关|基本|及|和|的|等|重点|领域|主要|以及|进一步|加强|推进|落实)$/;

interface PreparedWindow extends Span {
  norm: string;
  /** Figures with offsets into the window's text. */
  figures: Figure[];
  /** The whole sentence as one window (offered only when short enough for the question type). */
  whole: boolean;
  /** The sentence's text before the window: the subject a clause leaves out. */
  lead: string;
  /** The header of the table cell the window stands in (原收费标准), when its line is a table row. */
  cell?: string;
  /** Its paragraph's (line's) text before the window: a paragraph opening as a worked example (例：…) is one throughout. */
  opening: string;
  /** A Q&A page's whole answer line (答：（1）…；（2）…), read with the question above it. */
  answerLine?: boolean;
}

interface PreparedSentence {
  norm: string;
  paragraph: string;
  /** The question a Q&A answer line answers (问：…), read like a heading of its sentences. */
  asked?: string;
  windows: PreparedWindow[];
}

interface PreparedChunk {
  heading: string;
  headingWords: string[];
  sentences: PreparedSentence[];
}

/**
 * Per-chunk work that does not depend on the question, kept for the most recently used chunks.
 * Bounded: on a province-wide index an unbounded cache grows with every chunk ever read and the
 * server ends up spending its time in garbage collection.
 */
const prepared = new Map<Chunk, PreparedChunk>();
const PREPARED_MAX = 4000;

/**
 * The heading of the chunk's section when it is a statement ("19.新生入学后，学校将开展入学资格复查。",
 * "11.对江苏省的考生安排专业时，按照“先分数后等级”的办法执行。"): charters number their rules, and the
 * numbered line is the rule. Offered as a sentence of the section's first chunk.
 */
function statementHeading(chunk: Chunk, doc: ReportDocument | undefined): Span | undefined {
  if (!doc || chunk.section.length === 0) return undefined;
  const path = chunk.section.join('\u0000');
  const section = doc.sections.find((s) => s.path.join('\u0000') === path);
  if (!section || chunk.start > section.end + 2) return undefined;
  const text = doc.text.slice(section.start, section.end).trim();
  const body = text.replace(/^[（(]?[0-9一二三四五六七八九十]+[)）.、．]?\s*/, '');
  if (body.length < STATEMENT_MIN || !/[，。；]/.test(body)) return undefined;
  const start = doc.text.indexOf(text, section.start);
  return { start, end: start + text.length, text };
}
const STATEMENT_MIN = 12;
/** A short label opening a line: 住宿费：, 学费：, 联系方式： (not a sentence's own colon). */
const LINE_LABEL = /^\s*([\u4e00-\u9fa5]{2,8})[：:]/;
/** A heading that only labels what follows: "6、考试地点：", "（三）联系方式：". */
const HEADING_LABEL = /^\s*[（(]?[0-9一二三四五六七八九十]{0,3}[)）.、．]?\s*([\u4e00-\u9fa5][\u4e00-\u9fa5、]{1,14})[：:]\s*$/;

/**
 * A line's subject, defined in its first sentence ("“云岭助学金”是学校设立的…", "国家奖学金用于奖励…"):
 * what the line's later sentences ("资助标准为每生每月200元") state figures of.
 */
const SUBJECT = /^\s*[“"「]?([\u4e00-\u9fa5]{2,12}?)[”"」]?(?<![适使应作凡但就还或只都于别])(?:是|用于|系指|指的是|主要用于)(?![是])/;

/** An article heading that is only its number (第十二条): its subject is in its opening line. */
const BARE_ARTICLE = /^第[一二三四五六七八九十百零〇两\d]+条$/;

/** The subject an enclosing article's opening line defines, for a chunk of its items ('' when none). */
function articleSubject(chunk: Chunk, text: string): string {
  // (The article is the chunk's own section when its items are list lines, or an ancestor when they are headings.)
  const at = chunk.section.findLastIndex((name) => BARE_ARTICLE.test(name));
  if (at < 0) return '';
  const name = chunk.section[at]!;
  const start = text.lastIndexOf(name, chunk.start);
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return SUBJECT.exec(text.slice(start + name.length, end < 0 ? undefined : end))?.[1] ?? '';
}

/** A sentence that is a contact field: 联系电话：…, 地址：…, 邮箱：…. */
const FIELD = /^\s*(?:(?:联系|咨询|办公|监督|投诉)?(?:电话|地址|邮箱|电子邮箱|传真|网址|邮编)[：:]|(?:工作|办公|受理|开放|咨询)时间(?:为|是|[：:]))/;
/** How much of a line's opening a later contact field reads as its owner. */
const FIELD_CONTEXT = 60;

/** Headings of a block of contact details. */
const CONTACT_HEADING = /联系方式|联系我们|联系电话|咨询方式|联系办法/;
/** An office a contact block names on its own line (单位：淮澜职业技术学院招生就业处（就业指导中心）). */
const ORG_UNIT_LINE = /^\s*(?:[-*·•]\s*)?(?:(?:单位|部门|机构|名称)[：:]\s*)?([\u4e00-\u9fa5]{2,24}(?:处|办公室|部|中心|科|办)(?:[（(][\u4e00-\u9fa5]{2,12}[)）])?)\s*$/;
/** …or as its line's label or the owner of it (继续教育学院招生办公室：…, 学生资助管理中心地址：…): the lines below are its too, until another office is named. */
const ORG_UNIT_LABEL = /^\s*(?:[-*·•]\s*)?([\u4e00-\u9fa5]{2,24}(?:处|办公室|部|中心|科|办))(?:地址|电话|热线|邮箱|电子邮箱|传真|网址)?[：:]/;

/** The office of the nearest line above (or at) a contact line that names one. */
function officeAbove(text: string, lineStart: number): string {
  const lines = text.slice(0, lineStart).split('\n');
  const end = text.indexOf('\n', lineStart);
  lines[lines.length - 1] = text.slice(lineStart, end < 0 ? undefined : end);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = ORG_UNIT_LINE.exec(lines[i]!) ?? ORG_UNIT_LABEL.exec(lines[i]!);
    if (m) return m[1]!;
  }
  return '';
}

/** A label alone on its line: "4、考试地点：", "联系方式：". */
const BARE_LABEL = /^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.、．]\s*)?([\u4e00-\u9fa5]{2,10})[：:]\s*$/;
/** A line that opens a new item of a list, ending what a bare label above it labels. */
const NEW_ITEM = /^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.、．]|第[一二三四五六七八九十百\d]+[条章节])/;
/** A line that introduces the lines after it: it ends in 如下： or 以下…： . */
const INTRO_LINE = /(?:如下|以下|下列)[^。；]{0,8}[：:]\s*$/;
/** How much of an introducing line without a label of its own names its lines. */
const INTRO_LABEL_MAX = 20;
/** How far a bare label's lines run at most. */
const BARE_LABEL_SPAN = 200;

/**
 * Lines under a bare label, by line start: the label, where its line starts and where its lines end
 * (the next numbered item or label line, a table row, a blank line, or BARE_LABEL_SPAN characters).
 */
function bareLabels(text: string): Map<number, { label: string; start: number; end: number; bare: boolean }> {
  const out = new Map<number, { label: string; start: number; end: number; bare: boolean }>();
  const lines: { start: number; text: string }[] = [];
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: at, text: text.slice(at, end) });
    at = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    // A bare label (4、考试地点：), or a line introducing what follows (新生奖学金：…一次性奖励如下：): its label,
    // else its opening words, name the lines below it.
    const line = lines[i]!.text;
    const intro = !BARE_LABEL.test(line) && INTRO_LINE.test(line) ? (LINE_LABEL.exec(line)?.[1] ?? line.slice(0, INTRO_LABEL_MAX)) : undefined;
    const m = BARE_LABEL.exec(line) ?? (intro ? ([line, intro] as unknown as RegExpExecArray) : null);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() && !lines[j]!.text.includes(' | ') && !NEW_ITEM.test(lines[j]!.text) && !BARE_LABEL.test(lines[j]!.text) && lines[j]!.start - lines[i]!.start < BARE_LABEL_SPAN) j++;
    if (j === i + 1) continue;
    const last = lines[j - 1]!;
    const entry = { label: m[1]!, start: lines[i]!.start, end: last.start + last.text.length, bare: !intro };
    for (let k = i; k < j; k++) out.set(lines[k]!.start, entry);
  }
  return out;
}

function prepare(chunk: Chunk, doc?: ReportDocument): PreparedChunk {
  const cached = prepared.get(chunk);
  if (cached) {
    prepared.delete(chunk);
    prepared.set(chunk, cached);
    return cached;
  }
  const text = chunk.text;
  // A window's paragraph before it, read from the document when the chunk stands in it as it is (the paragraph may
  // open in the chunk before).
  const inDoc = !!doc && doc.text.startsWith(text, chunk.start);
  const paragraphOpening = (start: number) => {
    const [source, at] = inDoc ? [doc!.text, start] : [text, start - chunk.start];
    return source.slice(source.lastIndexOf('\n', at - 1) + 1, Math.max(at, 0));
  };
  const window = (w: Span, whole: boolean, lead = ''): PreparedWindow => {
    const cell = cellHeaderAt(text, w.start - chunk.start);
    const opening = paragraphOpening(w.start);
    return { ...w, norm: normalizeForMatch(w.text), figures: recognise(w.text), whole, lead, opening, ...(cell ? { cell } : {}) };
  };
  const statement = statementHeading(chunk, doc);
  const heading: PreparedSentence[] = statement
    ? [{ norm: normalizeForMatch(statement.text), paragraph: normalizeForMatch(statement.text), windows: [window(statement, false)] }]
    : [];
  // A heading that is a label (6、考试地点：) names what its lines state, as a line's own label does.
  const headingLabel = HEADING_LABEL.exec(chunk.section.at(-1) ?? '')?.[1] ?? '';
  const bare = bareLabels(text);
  // A contact block (联系方式) names its office once (单位：招生就业处（就业指导中心）); every line of it is that office's.
  const contact = CONTACT_HEADING.test(chunk.section.at(-1) ?? '');
  // The items of an article ((一)一档：每生每年4400元) are about the subject its opening defines (国家助学金用于…).
  const subject = doc ? articleSubject(chunk, doc.text) : '';
  const sentences = splitSentences(text, chunk.start).map((sentence): PreparedSentence => {
    // The paragraph (report line) around the sentence often names the topic the sentence leaves out.
    const local = sentence.start - chunk.start;
    const lineStart = text.lastIndexOf('\n', local) + 1;
    const lineEnd = text.indexOf('\n', local) < 0 ? text.length : text.indexOf('\n', local);
    const clauses = splitClauses(sentence);
    const leadOf = (c: Span) => sentence.text.slice(0, c.start - sentence.start);
    const windows = clauses.map((c) => window(c, false, leadOf(c)));
    for (let i = 1; i < clauses.length; i++) {
      const a = clauses[i - 1]!;
      const b = clauses[i]!;
      windows.push(window({ start: a.start, end: b.end, text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start) }, false, leadOf(a)));
    }
    if (clauses.length > 2) windows.push(window(sentence, true));
    const line = text.slice(lineStart, lineEnd);
    // A table row's paragraph is its table: the caption lines above the rows name what it lists.
    // An answer of a Q&A page (答：…) is about the question printed above it (问：…).
    // A line opening with its label (住宿费：根据学校安排统一入住。四人间：每人每年1500元。) is about that label in every sentence.
    const under = bare.get(lineStart);
    // A field later in a line (…负责解释。联系电话：0871-…) is the contact of what the line's first sentence names.
    const field = local > lineStart && FIELD.test(sentence.text) && !LINE_LABEL.test(line) ? line.slice(0, Math.min(line.length, FIELD_CONTEXT)) : '';
    const own = line.includes(' | ')
      ? ''
      : (local > lineStart ? LINE_LABEL.exec(line)?.[1] || SUBJECT.exec(line)?.[1] || field : undefined) || under?.label || headingLabel;
    const owner = contact ? officeAbove(text, lineStart) : '';
    const label = [own, owner && !line.includes(owner) ? owner : '', subject && !line.includes(subject) ? subject : ''].filter(Boolean).join(' ');
    // A label standing alone on its line (4、考试地点：) is read with the lines it labels.
    if (under?.bare && under.start === lineStart && under.end > lineEnd) {
      windows.push(window({ start: chunk.start + lineStart, end: chunk.start + under.end, text: text.slice(lineStart, under.end) }, false));
    }
    const asked = ANSWER_LINE.test(line) ? (doc ? questionAbove(doc.text, chunk.start + lineStart) : questionAbove(text, lineStart)) : label;
    // The first sentence of an answer line also offers the whole line: a list answer (报到要带哪些材料) is all of it.
    if (asked && local === lineStart && line.length <= ANSWER_LINE_MAX && line.length > sentence.text.length + 1) {
      windows.push({ ...window({ start: chunk.start + lineStart, end: chunk.start + lineEnd, text: line }, false), answerLine: true });
    }
    const paragraph = line.includes(' | ') ? `${captionAbove(text, lineStart)} ${line}` : `${asked} ${line}`;
    return { norm: normalizeForMatch(sentence.text), paragraph: normalizeForMatch(paragraph), windows, ...(asked ? { asked: normalizeForMatch(asked) } : {}) };
  });
  // (An item read as a heading that is a clause or more, 2.整合资源，优化平台。, is content: the words off the question
  // are the list heading's above it. A short title, 10.团学工作信息。, is a heading of its own.)
  const own = chunk.section.at(-1) ?? '';
  const last = /[，,]/.test(own) || own.replace(ITEM_MARKER, '').replace(/[。：:；;\s]/g, '').length > OWN_ITEM_TITLE_MAX ? listHeadingOf(chunk.section) : own;
  const result = {
    heading: normalizeForMatch(chunk.section.join(' ')),
    headingWords: words(last.replace(/^[^\u4e00-\u9fa5]+/, ''), false).filter((w) => w.length >= 2 && !HEADING_FILLER.test(w)),
    sentences: [...heading, ...sentences],
  };
  prepared.set(chunk, result);
  if (prepared.size > PREPARED_MAX) prepared.delete(prepared.keys().next().value!);
  return result;
}

/** The header of the table cell that the text at `at` stands in, when its line is a table row. */
function cellHeaderAt(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes(' | ')) return undefined;
  const cellStart = line.lastIndexOf('|', at - lineStart) + 1;
  return /^\s*([^：:|]{1,20})[：:]/.exec(line.slice(cellStart))?.[1]?.trim();
}

/** Lines of a table's caption: up to two lines without cells right above the block of rows ending at `at`. */
const CAPTION_LINES = 2;
function captionAbove(text: string, at: number): string {
  const lines = text.slice(0, at).split('\n');
  while (lines.length && lines.at(-1)!.includes(' | ')) lines.pop();
  if (lines.length && lines.at(-1) === '') lines.pop();
  while (lines.length && lines.at(-1)!.includes(' | ')) lines.pop();
  return lines.slice(-CAPTION_LINES).join(' ');
}

/** The clause of a window holding a figure (offsets into the document). */
function clauseAround(w: Span, f: Figure): Span {
  const clauses = splitClauses(w);
  const at = clauses.findIndex((c) => c.start - w.start <= f.start && f.end <= c.end - w.start);
  const clause = clauses[at];
  if (!clause) return w;
  // "2021年10月，学校启用了新版官方网站": a date standing alone as its clause dates the clause after it.
  const next = clauses[at + 1];
  const alone = (f.kind === 'date' || f.kind === 'date-range') && DATE_ONLY.test(clause.text.slice(0, f.start - (clause.start - w.start)) + clause.text.slice(f.end - (clause.start - w.start)));
  if (!alone || !next) return clause;
  // A list item's number (6.2025年9月20日…) is no part of the quote.
  const skip = /^\s*(?:\d{1,2}[.．、](?!\d{1,2}[日号])|[（(][\d一二三四五六七八九十]{1,3}[)）])?/.exec(clause.text)![0].length;
  const start = clause.start + (skip && clause.start - w.start + skip <= f.start ? skip : 0);
  return { start, end: next.end, text: w.text.slice(start - w.start, next.end - w.start) };
}

/** What may stand around a date that is its own clause: a preposition and punctuation. */
const DATE_ONLY = /^\s*(?:\d{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[)）])?[\s，,。；;：:、]*(?:于|在|自|从|截至|截止)?[\s，,。；;：:、]*(?:前|以前|之前|起|止|后|以后)?[\s，,。；;：:、]*$/;

/** How much lower a passage of an older or other-period document of the same kind ranks than a primary one. */
const SECONDARY_DOC_PENALTY = 0.08;
/** A phone number as reports write one: an area code and a number, or a mobile number. */
const EMAIL_ADDRESS_SOURCE = String.raw`[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`;
const PHONE_NUMBER = /(?<!\d)(?:0\d{2,3}\s*[-－—]?\s*(?:\d{7,8}|\d{3,4}[\s-]\d{4})|1[3-9]\d{9})(?!\d)/;
/** A phone number or an e-mail address. */
const CONTACT_DETAIL = new RegExp(`${PHONE_NUMBER.source}|${EMAIL_ADDRESS_SOURCE}`);

/** An e-mail address. */
const EMAIL_ADDRESS = new RegExp(EMAIL_ADDRESS_SOURCE);

/** A cohort by its year of entry (2025级). */
const COHORT = /^(?:19|20)\d{2}级$/;

/** How much a passage listing titles (《…办法》《…条例》) leans when documents are asked for. */
const TITLES_FIT = 0.1;
/** How much a row keyed by a range holding the number asked (第9—12周 for 第10周) gains. */
const RANGE_ROW_FIT = 0.3;
/** A row with a cell that is exactly a name the question types (专业：人工智能). */
const EXACT_CELL_FIT = 0.05;
/** How much lower a table row ranks when the question names nothing of its key cell. */
const UNNAMED_ROW_PENALTY = 0.2;
/** How much a sentence that itself names the channel asked leans over one whose paragraph does. */
const OWN_CHANNEL_BONUS = 0.1;
/** Parts of a channel (专栏, 栏目, 系统): no platform of their own. */
const CHANNEL_SECTION = /(?:专栏|栏目|板块|频道|系统)$/;
/** How far a figure falls that counts another channel than the one asked (二级网站 of 中文官网). */
const OTHER_CHANNEL_MISFIT = 0.1;
/** How much lower a row ranks whose key carries a bracketed qualifier the question does not name. */
const VARIANT_ROW_PENALTY = 0.05;
/** How far a row beyond the numbered row asked (6人间以上 for 6人间) falls. */
const BEYOND_ROW_PENALTY = 0.2;
/** A passage under (or naming) a branch campus the question does not name: the main campus's rule is the default. */
const OTHER_CAMPUS_PENALTY = 0.05;
/** How far a line of a unit's document falls that names the unit when the institution is asked. */
const SUB_UNIT_PENALTY = 0.2;
/** The idf of an unseen word in an index of some twenty passages or more: below it, no word's rarity is read. */
const MANY_PASSAGES_IDF = 3;
/** The campuses a text names that the question does not (主校区, 本部 and 各校区 are everyone's). */
export function unaskedCampuses(text: string, question: string): string[] {
  return campusNames(text).filter((c, i, all) => all.indexOf(c) === i && !question.includes(c));
}

/** True when a row key's bracketed qualifier (（校企合作）, (中外合作)) shares nothing with the question. */
function unaskedQualifier(key: string, groups: Group[]): boolean {
  const inner = /[（(]([^）)]{2,12})[）)]/.exec(key)?.[1];
  return !!inner && coverage(groups, normalizeForMatch(inner)) === 0;
}

/**
 * A row key without its bracketed notes of scope: 一级及以下（含校医院） is the 一级 row, which a question about
 * 三级医院 does not name by sharing 医院 with the note. (A bracketed alias, 工商管理（MBA）, names the row.)
 */
function outsideBrackets(key: string): string {
  const bare = key.replace(/[（(](?:含|包括|包含|不含|除|其中)[^）)]*[）)]/g, '');
  return bare.trim() ? bare : key;
}

/** The end of an organisation's name (宜昌人福药业有限责任公司): a place opening it names the body, not a place. */
const ORG_NAME_END = /(?:公司|集团|银行|研究院|研究所|设计院|医院|工厂|厂|事务所|中心)$/;

/**
 * A row key that is an organisation's name, with the places the question asks (宜昌 of 去宜昌上班) taken out:
 * 宜昌人福药业有限责任公司 is a company's row, not the 宜昌 row a question about the city asks.
 */
function withoutOwnedPlaces(key: string, question: string): string {
  if (!ORG_NAME_END.test(key)) return key;
  // (Not when the question names the organisation itself, 宜昌人福药业: then the place is part of the name asked.)
  return placesIn(question).reduce((k, p) => (k.startsWith(p) && !question.includes(key.slice(0, p.length + 2)) ? k.slice(p.length) : k), key);
}

let placesMemo: { question: string; places: string[] } | undefined;
/** The place names a question holds (jieba's ns), read once per question. */
function placesIn(question: string): string[] {
  if (placesMemo?.question !== question) {
    placesMemo = {
      question,
      places: tag(question)
        .filter((t) => t.tag === 'ns' && t.word.length >= 2)
        .map((t) => t.word),
    };
  }
  return placesMemo.places;
}

const TOTAL_ROW = /^\s*(?:总计|合计|总体|全校|全部|总数|汇总)\s*$/;

export interface CandidateOptions {
  /** How many retrieved chunks to read. */
  depth?: number;
  /** Document kinds the question's topic points to (学费 → fee notices and charters). */
  preferredKinds?: ReadonlySet<DocumentKind>;
  kindOf?: (docId: string) => DocumentKind | undefined;
  /** Documents whose period is the one asked for. */
  exactDocs?: ReadonlySet<string>;
  /** The best-fitting document of each kind; passages of the others rank lower. */
  primaryDocs?: ReadonlySet<string>;
  /** Other bodies' documents read for an institution: only their passages that name it count. */
  naming?: { docIds: ReadonlySet<string>; name: string };
  /** Documents of a unit named after the institution (浙江中医药大学滨江学院): the unit's own name in each (滨江学院). */
  subUnits?: ReadonlyMap<string, string>;
}

/**
 * The heading a chunk's lines are listed under: its own, or — when its own is an item read as a heading
 * (（二）在校期间未受过记过及以上纪律处分。) — the first heading above that is no such item (二、报考条件).
 */
export function listHeadingOf(section: readonly string[]): string {
  for (let i = section.length - 1; i >= 0; i--) if (!ITEM_HEADING.test(section[i]!.trim())) return section[i]!;
  return section.at(-1) ?? '';
}
/**
 * A list asked of one item of a list (教学质量方面公开了哪些信息): the chunk's own level is an item read as a heading
 * (6.教学质量信息公开。) naming a full topic word the heading above it (（一）信息公开的内容) does not.
 */
/** Longest title of an item that reads as a heading of its own (教学质量信息公开). */
const OWN_ITEM_TITLE_MAX = 12;
const ITEM_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[①-⑩])\s*/;
// (Only a word that singles the item out: 信息公开 of every item under 存在的问题 names them all.)
export function ownItemAsked(q: Pick<ParsedQuery, 'listed' | 'terms'>, section: readonly string[], siblings: readonly string[]): boolean {
  const own = section.at(-1) ?? '';
  const head = listHeadingOf(section);
  // (Only an item titled as a heading is (6.教学质量信息公开。); a sentence read as one, 3. 家庭经济困难学生可在…, is not.)
  if (own === head || own.replace(ITEM_MARKER, '').replace(/[。：:；;\s]/g, '').length > OWN_ITEM_TITLE_MAX) return false;
  const listed = new Set(listedWords(q));
  const [item, above] = [normalizeForMatch(own), normalizeForMatch(head)];
  const others = siblings.filter((s) => s !== own).map(normalizeForMatch);
  return q.terms.some(
    (t) => t.weight >= 1 && !t.scene && !listed.has(t.term) && item.includes(t.term) && !above.includes(t.term) && !others.some((o) => o.includes(t.term)),
  );
}
/** An item of a list read as a heading: a marker, then a sentence (ending in 。 or ；, or long). */
const ITEM_HEADING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[①-⑩]).{2,}(?:[。；;]$|.{24,})/;

/** Ranks candidate passages in the retrieved chunks, best first. */
export function rankPassages(q: ParsedQuery, hits: Hit[], search: SearchIndex, opts: CandidateOptions = {}): Passage[] {
  const idfCache = new Map<string, number>();
  const idf = (t: string) => idfCache.get(t) ?? idfCache.set(t, Math.max(search.idf(t), 0.2)).get(t)!;
  const groups = termGroups(q.terms, idf);
  const out: Passage[] = [];
  const depth = opts.depth ?? READ_K + OTHER_SECTIONS;
  const asked = q.terms.map((t) => t.term).join(' ');
  // The items of each document's lists the question names (助教), with the items listed beside them.
  // (A word written nowhere, for the idf a rare word reaches in this index; an index of a handful of passages, where every
  // word reads common, gives no rarity.)
  const unseenIdf = search.idf('\u3007\u3007\u3007');
  const rarity = (w: string) => (unseenIdf >= MANY_PASSAGES_IDF ? idf(w) / unseenIdf : 1);
  const siblingCache = new Map<string, Map<string, string[]>>();
  const siblingsOf = (docId: string) => {
    const cached = siblingCache.get(docId);
    if (cached) return cached;
    const doc = search.index.documentsById.get(docId);
    const found = doc ? askedItems(documentLists(doc), q.question ?? '', rarity) : new Map<string, string[]>();
    siblingCache.set(docId, found);
    return found;
  };
  // Every topic the passage must be about; each may be held by the heading, the paragraph, the
  // sentence or the passage itself.
  // The measure asked (收入, 阅读量) is a topic whatever its part of speech: 花费金额 is no 收入.
  const measured = (w: string) => q.measure.some((m) => m === w || (m.includes(w) && w.length >= 2));
  // A numbered row (六人间, 3号楼) is a topic: a passage about another row does not answer.
  const numbered = new RegExp(`^(?:${NUMBERED.source})$`);
  // …and so is a department the documents name as typed (信息工程学院210篇), unless a 专业 of it is the row
  // asked (外语学院的法学专业: the 法学 row stands under its department's heading, without its name).
  const namedDepartment = (w: string) => isDepartmentName(w) && !/专业/.test(q.question ?? '') && hits.some((h) => h.chunk.text.includes(w));
  const required = [
    ...requiredTopics(groups, search, (w) => (isNoun(w) || measured(w)) && !isGenericHead(w)),
    // (A cohort, 2025级, dates a standard more than it names a row: the year's own documents hold it.)
    ...groups.filter((g) => g.terms.some((t) => (numbered.test(t.source) && !COHORT.test(t.source)) || namedDepartment(t.source) || namedUniversity(t))).map((g) => g.terms),
  ];
  // 咨询电话 asked for: a phone number answers it, whether or not 咨询 stands beside it.
  // …but a kind of line (心理咨询热线) must still be named: only its generic part (电话, 咨询电话, 联系电话) is the number's.
  const phoneKind = (t: { source: string }) => /^(?:咨询|联系|办公|服务)?(?:电话|热线|号码|电话号码)$/.test(t.source);
  const phoneTopic = required.map((ts) => q.unit === 'phone' && ts.some(phoneKind));
  // …and so does an e-mail address for 咨询邮箱 (an address answers it, whatever words stand beside it).
  const emailKind = (t: { source: string }) => /^(?:咨询|联系|办公|服务)?(?:邮箱|电子邮箱|信箱|电子信箱)$/.test(t.source);
  const emailTopic = required.map((ts) => ts.some(emailKind));
  // …and a street address for 地址 (文昌路168号…302室 is the office's address, whether or not 地址 stands beside it).
  const addressKind = (t: { source: string }) => /^(?:联系|办公|详细|具体|通信|通讯)?(?:地址|地点)$/.test(t.source);
  const addressTopic = required.map((ts) => ts.some(addressKind));
  // …and a place asked (在哪里办) by a text naming one (东校区体育馆东门), a street or not.
  const placeTopic = required.map((ts) => ts.some((t) => t.source === '地点'));
  // A fee asked (住宿费) is held by a text naming its thing (（三）住宿：4人间1200元) when money is asked.
  // (Not a stem any passage names, 管理 of 管理费, 服务 of 服务费.)
  const feeStems = required.map((ts) => (q.unit === 'money' ? ts.map((t) => /^([\u4e00-\u9fa5]{2,})费$/.exec(t.source)?.[1]).filter((x): x is string => !!x && !GENERIC_FEE_STEMS.test(x)) : []));
  // …and a room size by a row stating a bound that holds it (8人间 in 6人间以上).
  const roomSizes = required.map((ts) => ts.find((t) => numbered.test(t.source) && t.source.endsWith('人间'))?.source);
  const held = (text: string) =>
    required.map(
      (ts, i) =>
        ts.some((t) => holds(text, t.term)) ||
        (!!roomSizes[i] && roomSizeCovered(roomSizes[i]!, text)) ||
        feeStems[i]!.some((stem) => holds(text, stem)) ||
        (phoneTopic[i]! && PHONE_NUMBER.test(text)) ||
        (emailTopic[i]! && EMAIL_ADDRESS.test(text)) ||
        (addressTopic[i]! && STREET_ADDRESS.test(text)) ||
        (placeTopic[i]! && PLACE.test(text)),
    );
  const all = (...flags: boolean[][]) => required.every((_, i) => flags.some((f) => f[i]));
  const docHeldCache = new Map<string, boolean[]>();
  // (A thing the page returns to, named twice or more: one passing mention of 图书馆 makes no page the library's.)
  const docHeld = (docId: string, text: string) => {
    const cached = docHeldCache.get(docId);
    if (cached) return cached;
    const norm = normalizeForMatch(text);
    const flags = required.map((ts) => ts.some((t) => t.term.length >= 2 && norm.split(t.term).length - 1 >= PAGE_TOPIC_MENTIONS));
    docHeldCache.set(docId, flags);
    return flags;
  };
  const channelTopic = required.map((ts) => ts.some((t) => CHANNEL.test(t.term)));
  // (…and so must a department named (信息工程学院 of 各学院发文: 信息工程学院210篇), not the whole's sentence.)
  // (…and so must a university the question names as where people went, 考上武汉理工大学: “武汉理工大学”（78人）.)
  const rowTopic = required.map((ts) => ts.some((t) => numbered.test(t.source) || namedDepartment(t.source) || namedUniversity(t)));
  const askedChannels = q.terms.filter((t) => CHANNEL.test(t.term)).map((t) => t.term);
  const offices = q.intent === 'figure' ? officesNamed(q) : [];
  const exactNames = q.terms.filter((t) => t.source === t.term && t.weight >= 1 && t.term.length >= 2).map((t) => t.term);
  const rowForms = q.terms.filter((t) => numbered.test(t.source)).map((t) => t.term);
  const asksLocation = ASKS_LOCATION.test(normalizeForMatch(q.question ?? ''));
  // 在哪里考 asks a place (the terms then hold 地点): a passage stating one leans as a channel does.
  const placeAsked = q.terms.some((t) => t.term === '地点' && t.source === '地点');
  // "超本科线60分…能拿多少": a value the question states picks the band holding it (50分（含）至80分).
  const stated = statedValues(q.question ?? '');
  // Figures want the tight clause; other questions read better as a whole sentence.
  const sentenceMax = q.intent === 'figure' ? 90 : 150;
  const contactAsked = q.unit === 'phone' || ASKS_EMAIL.test(normalizeForMatch(q.question ?? ''));
  const extremeAsked = !!q.rank && q.intent === 'figure' && asksExtremeItem(q.question ?? '');
  hits.slice(0, depth).forEach((hit, rank) => {
    const prep = prepare(hit.chunk, search.index.documentsById.get(hit.chunk.docId));
    const docText = search.index.documentsById.get(hit.chunk.docId)?.text ?? '';
    const heading = prep.heading;
    const headingCov = coverage(groups, heading);
    const offTopic = Math.min(2, prep.headingWords.filter((w) => !asked.includes(w)).length);
    const headingHeld = held(heading);
    // What the whole document is about (its title: …学费和住宿费收费标准的通知) is a topic every passage of it holds.
    const title = normalizeForMatch(hit.chunk.title);
    // The chunk's own heading, when it names what a list asked is of (存在的问题 for 有哪些问题).
    const lastHeading = normalizeForMatch(listHeadingOf(hit.chunk.section));
    // (…or a word the lexicon gives for it: 材料 for 东西.)
    const listedHeading = q.listed && q.intent !== 'figure' && listedWords(q).some((w) => lastHeading.includes(w)) ? lastHeading : '';
    // (Only below the top level: a section's own heading, not the chapter every sibling shares.)
    const nearHeading =
      q.intent !== 'figure' && hit.chunk.section.indexOf(listHeadingOf(hit.chunk.section)) >= 1 && q.terms.some((t) => t.weight >= NEAR_HEADING_WEIGHT && t.term.length >= 2 && lastHeading.includes(t.term));
    const titleHeld = held(title);
    const kind = opts.kindOf?.(hit.chunk.docId);
    // Another body's document (a province's notice) answers for the institution only where it names it.
    const foreign = opts.naming?.docIds.has(hit.chunk.docId) ? normalizeForMatch(opts.naming.name) : undefined;
    const prior =
      (kind && opts.preferredKinds?.has(kind) ? 0.05 : 0) +
      (opts.exactDocs?.has(hit.chunk.docId) ? 0.03 : 0) -
      (opts.primaryDocs && !opts.primaryDocs.has(hit.chunk.docId) ? SECONDARY_DOC_PENALTY : 0);
    // A section headed by the period asked (附表 2024年…录取情况 in a 2025 charter): its figures are that period's.
    const headingDated = q.time?.kind === 'interval' && periodsMeet(headingPeriod(hit.chunk.section.at(-1) ?? ''), q.time);
    for (const sentence of prep.sentences) {
      const sentenceCov = coverage(groups, `${heading} ${sentence.asked ?? ''} ${sentence.norm}`);
      const paragraphCov = coverage(groups, sentence.paragraph);
      // A sentence about another channel (微信公众号 for a 视频号 question) is not about the one asked,
      // whatever its paragraph names: then a channel asked must be the sentence's own.
      const otherChannel = channelsIn(sentence.norm).some((c) => !askedChannels.some((a) => a.includes(c) || c.includes(a)));
      const ownOnly = (flags: boolean[]) => (otherChannel ? flags.map((f, i) => f && !channelTopic[i]) : flags);
      const sentenceHeld = held(sentence.norm);
      // A numbered row (六人间) must be named by the passage itself: its sentence lists the other rows too.
      const ownRow = (flags: boolean[]) => flags.map((f, i) => f && !rowTopic[i]);
      const contextHeld = [
        ownRow(ownOnly(sentence.asked ? held(`${heading} ${sentence.asked}`) : headingHeld)),
        // …or by the line's own label ((一)一档：每生每年4400元), which names no other row.
        ownOnly(sentence.asked ? held(sentence.asked) : required.map(() => false)),
        ownRow(sentenceHeld),
        ownRow(ownOnly(held(sentence.paragraph))),
        ownRow(ownOnly(titleHeld)),
      ];
      for (const w of sentence.windows) {
        if (w.whole && w.text.length > sentenceMax) continue;
        // A question printed in the document (问：报到需要带哪些材料？) is never an answer: its 答 is.
        if (QUESTION_LINE.test(w.text.trim())) continue;
        if (foreign && !rowNaming(w.norm, foreign)) continue;
        // A contact detail asked (研招办电话): the lines just above it in a contact block name whose it is
        // (…行政楼306室研究生招生办公室 / 咨询电话：0589-…).
        // (…and a place asked, the office a contact block names above its 办公地点 line.)
        const placeLine = q.intent === 'where' && CONTACT_HEADING.test(hit.chunk.section.at(-1) ?? '') && PLACE.test(w.text);
        const block =
          (contactAsked && CONTACT_DETAIL.test(w.text)) || placeLine
            ? isTableRow(w.text)
              ? ''
              : normalizeForMatch(`${linesAbove(docText, w.start, placeLine ? PLACE : PHONE_NUMBER.test(w.text) ? PHONE_NUMBER : EMAIL_ADDRESS)} ${w.text}`)
            : '';
        // A contact line of a document about the thing asked (中外合作办学项目电话 on a 中外合作办学 page): the page's
        // contacts are that thing's, whether or not the line names it again.
        // (Not a department or a numbered row asked: the line must name that itself.)
        // (…and, asked where, any line of its contact block: 联系我们 › 办公地点：… is where that thing's office is.)
        const pageHeld =
          (contactAsked && CONTACT_DETAIL.test(w.text)) || (q.intent === 'where' && CONTACT_HEADING.test(hit.chunk.section.at(-1) ?? ''))
            ? ownRow(docHeld(hit.chunk.docId, docText))
            : required.map(() => false);
        // (A passage naming only another item listed beside the one asked, 教授、副教授由… for 助教, is about that item.)
        const otherItem = q.intent !== 'figure' && namesOnlySibling(w.text, siblingsOf(hit.chunk.docId));
        const inFocus = !otherItem && all(...contextHeld, held(w.norm), block ? held(block) : required.map(() => false), pageHeld);
        // A street address is the 地址 (地点) a place question asks, whether or not the word stands beside it.
        const addressed = addressTopic.some(Boolean) && STREET_ADDRESS.test(w.text) ? ' 地址 地点' : '';
        const passage =
          q.intent === 'figure'
            ? scoreFigureWindow(q, w, groups, normalizeForMatch(`${hit.chunk.title} ${hit.chunk.section.at(-1) ?? ''}`))
            : { own: coverage(groups, w.norm + addressed), bonus: 0, figure: undefined };
        // An answer line is about its question: the question's words are its own.
        // (The whole answer line fully; a sentence of it a little less than one naming the topic itself.)
        // What the document's title says (单独招生章程) every passage of it is about, a little less than its own words.
        // A list asked (有哪些问题) under a heading naming its items (（一）存在的问题): the heading is what they are.
        const listedCov = listedHeading ? coverage(groups, `${listedHeading} ${w.norm}`) : 0;
        const titled = TITLE_SHARE * coverage(groups, `${title} ${w.norm}`);
        const own = Math.max(
          sentence.asked ? Math.max(passage.own, (w.answerLine ? 1 : ANSWER_PART_SHARE) * coverage(groups, `${sentence.asked} ${w.norm}`)) : passage.own,
          q.intent === 'figure' ? 0 : titled,
          listedCov,
        );
        // An answer line's question counts as the heading it is.
        const askedCov = sentence.asked ? Math.max(headingCov, coverage(groups, `${heading} ${sentence.asked}`)) : headingCov;
        const blockCov = block ? CONTACT_BLOCK_SHARE * coverage(groups, block) : 0;
        const cov = Math.max(own, 0.5 * own + 0.25 * sentenceCov + 0.1 * paragraphCov + 0.15 * askedCov, blockCov);
        let score =
          cov - 0.02 * rank - 0.03 * offTopic - (inFocus ? 0 : 0.15) + prior + passage.bonus + (listedHeading ? LISTED_HEADING_FIT : 0) + (nearHeading ? NEAR_HEADING_FIT : 0) + (introducesListed(q, w.text) ? LIST_INTRO_FIT : 0) + (usesListed(q, w.text) ? LIST_INTRO_FIT : 0) + bandFit(stated, w.text);
        // The channel asked named in the sentence itself, not only around it.
        if (channelTopic.some((c, i) => c && sentenceHeld[i])) score += OWN_CHANNEL_BONUS;
        // "中文官网国际交流处二级网站发布新闻57条": a figure is the channel's named last before it (the phrase's head),
        // not one named as its owner; another channel than the one asked counts it.
        if (passage.figure && askedChannels.length) {
          // (A figure inside a bracket of parts, 学工网站共发布208条（其中…通知公告35条, counts for the channel before it.)
          const before = w.text.slice(0, passage.figure.figure.start);
          const open = before.lastIndexOf('（') > before.lastIndexOf('）') ? before.lastIndexOf('（') : -1;
          const clause = /[^，,。；;]*$/.exec(open >= 0 ? before.slice(0, open) : before)![0];
          // (A section of a channel, 信息公开专栏 of 官方网站, is the channel's: the platform before it counts.)
          // (A clause naming none, 其中原创信息256条, counts for the channel its sentence named before it.)
          // (…unless the sentence names the channel asked too, 通过就业网和…公众号发布…，其中…: theirs jointly.)
          const named = (t: string) => channelsIn(normalizeForMatch(t)).filter((c) => !CHANNEL_SECTION.test(c));
          const isAsked = (c: string) => askedChannels.some((a) => c.includes(a) || a.includes(c));
          // (The nearest clause before naming a channel: 学校官网…，官方微博发布300条，其中… is 微博's.)
          const earlier = /^\s*其中/.test(clause)
            ? ((w.lead + before.slice(0, before.length - clause.length)).split(/[，,；;]/).map(named).filter((c) => c.length).at(-1) ?? [])
            : [];
          const own = named(clause).at(-1) ?? (earlier.some(isAsked) ? undefined : earlier.at(-1));
          if (own && !isAsked(own)) score -= OTHER_CHANNEL_MISFIT;
        }
        // (A section's heading only: a passage naming its campus may be where a place asked is.)
        if (q.intent !== 'where' && unaskedCampuses(hit.chunk.section.join(' '), normalizeForMatch(q.question)).length) score -= OTHER_CAMPUS_PENALTY;
        // A line of a unit's document naming the unit (2017级滨江学院学生) is the unit's, not the institution's asked.
        const unit = opts.subUnits?.get(hit.chunk.docId);
        // (Asked by its terms: a comparison's part for the institution leaves the unit's name to the other part.)
        if (unit && w.norm.includes(unit) && !q.terms.some((t) => t.term.length >= 2 && unit.includes(normalizeForMatch(t.term)))) score -= SUB_UNIT_PENALTY;
        if (q.intent === 'figure') {
          score -= 0.002 * Math.max(0, w.text.length - 50);
          // Reports gather their headline figures in a statistics section (数量, 数据统计).
          if (/数量|统计|数据/.test(heading)) score += 0.05;
        } else {
          score -= 0.001 * Math.max(0, w.text.length - 100);
          score += 0.001 * Math.min(w.text.length, 40);
        }
        if (q.intent === 'where' && (CHANNEL.test(w.text) || (placeAsked && PLACE.test(w.text)))) score += 0.1;
        // Another part of the message's own topic in the passage (北山校区 beside 明湖校区): less this part's.
        if (q.contrast?.some((c) => w.norm.includes(c))) score -= CONTRAST_PENALTY;
        // 助教 asked, a passage on 教授、副教授 alone (listed beside it in the document): another item's.
        if (otherItem) score -= LISTED_SIBLING_PENALTY;
        // 首班/末班: the first or last numbered row that runs where and when asked.
        score += sequenceEndFit(q, docText, w.text);
        // "哪家单位招得最多": a passage that ranks (排名前五…依次为, 最多的是, 主要为) answers a which-is-first question.
        if (q.rank && q.intent !== 'figure' && RANKING.test(w.text)) score += RANKING_FIT;
        // …and names the kind of thing asked for (高校 for 哪所学校).
        if (q.asksWhich && !q.asksWhich.some((k) => w.norm.includes(k))) score -= WHICH_MISSING;
        // …or documents by their titles (公开了哪些制度): a passage listing 《…》 titles, not one about the field.
        if (q.asksTitles) score += (w.text.match(/《[^》]{2,60}》/g) ?? []).length >= 2 ? TITLES_FIT : -TITLES_FIT;
        // A phone or e-mail asked for (打哪个电话, 邮箱是什么) outside a figure question: the passage giving one.
        if (q.intent !== 'figure' && q.unit === 'phone') score += w.figures.some((f) => f.kind === 'phone') ? CONTACT_FIT : -CONTACT_FIT;
        if (q.intent !== 'figure' && ASKS_EMAIL.test(normalizeForMatch(q.question))) score += EMAIL.test(w.text) ? CONTACT_FIT : -CONTACT_FIT;
        // …and a web address for 网址 (研招网网址是什么, website): the passage writing one.
        if (q.intent !== 'figure' && ASKS_WEB_ADDRESS.test(normalizeForMatch(q.question))) score += WEB_ADDRESS.test(w.text) ? CONTACT_FIT : -CONTACT_FIT;
        // 在哪个城市: a passage naming a city or province (坐落于琼湾市, 地址：泓川省桐川市…) gives the location.
        if (asksLocation) score += CITY_NAMED.test(w.text) ? CONTACT_FIT : -CONTACT_FIT;
        // …and a street address for 地址 (文昌路168号…行政楼302室).
        if (q.intent !== 'figure' && ASKS_STREET_ADDRESS.test(normalizeForMatch(q.question))) score += STREET_ADDRESS.test(w.text) ? CONTACT_FIT : -CONTACT_FIT;

        // 在哪间办公室: a room asked is answered by a passage writing one (行政楼A305室), not by the office's phone line.
        if (q.intent === 'where' && ASKS_ROOM.test(normalizeForMatch(q.question))) score += ROOM.test(w.text) ? CONTACT_FIT : -CONTACT_FIT;
        // A row whose cells under the columns asked are blank (申请GPA最低要求·一年级：—) states nothing asked.
        if (isTableRow(w.text) && askedCellsBlank(w.text, (header) => q.terms.some((t) => t.weight >= 0.7 && t.term.length >= 2 && normalizeForMatch(header).includes(t.term))))
          score -= BLANK_ROW_MISFIT;
        // A row of zeros the question does not name (合计 | 年初结转和结余：0.00 | 本年收入：0.00 | …) is an empty
        // table's: it states no amount (a row asked by name, 因公出国（境）费：0.00, does: zero is its answer).
        else if (isTableRow(w.text) && allZero(w.text) && coverage(groups, normalizeForMatch(rowKey(w.text))) === 0) score -= BLANK_ROW_MISFIT;

        // A table row is about its key cell (生源地：青海省, 专业：护理学): one the question does not
        // name is a breakdown row, not the answer to a question about the whole.
        // A total row (总计, 合计, 全校) is about the whole: what a question naming no row asks.
        // (A total asked, 总共多少, is the whole's unless the question types the row's own name: a row the
        // lexicon only relates to the topic, 学费减免 for 资助, is a part.)
        if (isTableRow(w.text) && !TOTAL_ROW.test(rowKey(w.text))) {
          const key = normalizeForMatch(rowKey(w.text));
          // (…nor one holding only the measure asked, 社会资助 for 资助金额总共: a kind of it.)
          const named =
            q.qualifier === 'total'
              ? q.terms.some((t) => t.source === t.term && t.weight >= 1 && !q.measure.some((m) => m.includes(t.term)) && holds(key, t.term))
              : coverage(groups, withoutOwnedPlaces(outsideBrackets(key), q.question)) > 0;
          // (A row keyed by the period asked, 届别：2022届, is named by the question's time.)
          const periodRow = q.time?.kind === 'interval' && WHOLE_PERIOD.test(key) && periodsMeet(periodOf(key), q.time);
          // (…and one keyed by a range holding the number asked, 第9—12周 for 第10周退学: the row asked, over its neighbours.)
          const ranged = rangeHolds(key, q.question);
          if (ranged) score += RANGE_ROW_FIT;
          else if (!named && !periodRow) score -= UNNAMED_ROW_PENALTY;
        }
        // "软件工程（校企合作）" beside "软件工程": a key with a qualifier the question does not name is a variant row.
        else if (isTableRow(w.text) && unaskedQualifier(rowKey(w.text), groups)) score -= VARIANT_ROW_PENALTY;
        // (A row with a cell that is exactly a name asked, 专业：人工智能, over rows holding it inside another cell.)
        if (isTableRow(w.text) && namesCell(normalizeForMatch(w.text), exactNames)) score += EXACT_CELL_FIT;
        // "6人间以上" is the rows beyond 6人间, not 6人间 itself, unless 以上 is asked.
        if (rowForms.some((f) => new RegExp(`${f}(?:及|或)?(?:以上|以下|以内)`).test(w.norm)) && !/以上|以下|以内|more than|over/.test(q.question)) score -= BEYOND_ROW_PENALTY;
        // "报告包括概述、…、主要经验、存在的问题…等八个部分": a document's outline names its parts, it states none of them.
        if (OUTLINE.test(w.norm) && !ASKS_OUTLINE.test(q.question)) score -= OUTLINE_PENALTY;
        // "现将…报名安排通知如下": a notice's opening restates its title, it states nothing asked of it.
        else if (NOTICE_OPENING.test(w.norm)) score -= OUTLINE_PENALTY;
        // A list asked: a heading names the list (存在的问题和改进措施), the lines under it are the items.
        if (q.listed && q.intent !== 'figure' && isOwnHeading(w.text, hit.chunk.section)) score -= OUTLINE_PENALTY;
        // A name reads as "label：name" or a quoted “name”/《name》.
        if (q.intent === 'name' && /：[^，。；]{2,30}$|“[^”]{2,30}”|《[^》]{2,40}》/.test(w.text)) score += 0.1;
        // "由哪个部门…": a passage that names an office (纪检监察处, 党政办公室) the question does not.
        if (q.intent === 'name' && ORG_UNIT.test(w.text) && !ORG_UNIT.test(q.question.replace(/哪个(?:部门|单位|机构|处室|科室)/g, ''))) score += 0.1;
        // "2023—2024学年，我校分档标准为…二等3300元": a figure its sentence dates to another period than
        // the one asked (or, none asked, earlier than the document's own) is that period's.
        const dated = passage.figure ? periodFit(q, w.lead + w.text.slice(0, passage.figure.figure.start), hit.chunk.period) : 0;
        score += dated;
        // "助学金最低一档多少": of the sentence's figures of one unit (4500元, 3300元, 2100元), the extreme asked.
        // (A window of one figure only: one of several is ranked within the window already.)
        if (extremeAsked && passage.figure && w.figures.filter((f) => f.unit === passage.figure!.figure.unit).length === 1) {
          const all = sentence.windows.find((x) => x.whole)?.figures ?? sentence.windows.flatMap((x) => x.figures);
          score += rankedFit(q.rank!, passage.figure.figure, all, totalsAmong(sentence.windows.find((x) => x.whole)?.text ?? '', all));
        }
        // …and one given to another cohort than the one asked does not fit at all.
        // A figure whose own clause names the year asked (2025年度个人缴费标准…) states that year, whatever
        // period its document covers: as a table's column of the year asked does.
        const ownYear = passage.figure && q.time?.kind === 'interval' ? statesYearAsked(q.time, w.lead + w.text.slice(0, passage.figure.figure.start), hit.chunk.period) : false;
        // An office asked (培训教育部) whose own figure its sentence gives elsewhere: this window's figure is another's.
        const elsewhere = !!passage.figure && offices.some((o) => ownsFigure(sentence.norm, o) && !w.norm.includes(o));
        // (As a figure's fit counts in a passage's score: half of it.)
        if (elsewhere) score -= 0.5 * DEPARTMENT_MISFIT;
        const figure =
          passage.figure && elsewhere
            ? { ...passage.figure, fit: passage.figure.fit - DEPARTMENT_MISFIT, reasons: [...passage.figure.reasons, `its sentence gives ${offices.join('、')} a figure of its own`] }
            : passage.figure && dated <= -COHORT_MISFIT
            ? { ...passage.figure, fit: passage.figure.fit - COHORT_MISFIT, reasons: [...passage.figure.reasons, 'another cohort than the one asked'] }
            : passage.figure && ownYear && !passage.figure.column
              ? { ...passage.figure, column: 'asked' as const, reasons: [...passage.figure.reasons, `its clause names ${q.time!.label}`] }
              : passage.figure && !passage.figure.column && headingDated
                ? { ...passage.figure, column: 'asked' as const, reasons: [...passage.figure.reasons, `its heading names ${q.time!.label}`] }
                : passage.figure;
        out.push({
          start: w.start,
          end: w.end,
          text: w.text,
          hit,
          // (A figure's own words rank it; the title's words, which every passage of a document shares, only
          // count for whether the question is answered at all: 合作会计 of 合作举办会计学专业…简章 for its 学费 row.)
          coverage: q.intent === 'figure' ? Math.max(cov, titled) : cov,
          score,
          hasFigure: q.intent === 'figure' ? !!figure : w.figures.length > 0,
          focus: inFocus,
          ...(figure ? { figure, clause: clauseAround(w, figure.figure) } : {}),
        });
      }
    }
  });
  // (A tie goes to the passage covering more of the question, then to the shorter.)
  return out.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.text.length - b.text.length);
}

/** A heading dated by its one period, leading it (附表 2024年学校在部分省份…录取情况), not one measured from it (与2024年相比, 2024年以来). */
const DATED_HEADING = new RegExp(`^(?:附表|附件|表)?\\s*[\\d一二三四五六七八九十]*\\s*[：:.．、]?\\s*(${PERIOD_TOKEN})(?!\\s*(?:相比|以来|起|至今|开始))`);

const ANY_PERIOD = new RegExp(PERIOD_TOKEN, 'g');

/** The period a heading is dated by, if it leads the heading and is its only one. */
function headingPeriod(heading: string): { start: string; end: string } | undefined {
  const lead = DATED_HEADING.exec(heading.trim());
  return lead && (heading.match(ANY_PERIOD) ?? []).length === 1 ? periodOf(lead[1]!) : undefined;
}

/** How far a passage naming another part's topic falls for this part. */
const CONTRAST_PENALTY = 0.1;

/** Words of a passage that orders things: what a which-is-first question is answered by. */
const RANKING =
  /排名(?:前|第)|依次(?:为|是)|最(?:多|高|大)的[\u4e00-\u9fa5]{0,4}(?:为|是)|最多，|居首|位列第一|排在首位|较多的(?:单位|学校|城市|行业|国家)|主要为|主要是/;
const RANKING_FIT = 0.2;
/** A passage that does not name the kind of thing a which-question asks for cannot name its answer. */
const WHICH_MISSING = 0.4;

/** A university's name the question made a required term (a destination: 考上武汉理工大学). */
const namedUniversity = (t: { term: string; source: string; weight: number }) => t.weight >= 1.5 && t.term === t.source && /(?:大学|学院)$/.test(t.source);

/** True when every figure cell of a row is zero (0, 0.00): the row of an empty table. */
function allZero(row: string): boolean {
  const values = row.split(' | ').map((c) => c.replace(/^[^：:]*[：:]/, '').trim());
  const numbers = values.filter((v) => /^-?[\d,]+(?:\.\d+)?$/.test(v));
  return numbers.length >= 2 && numbers.every((v) => Number(v.replace(/,/g, '')) === 0);
}

/** How far a table row falls whose cells under the columns asked are blank (—, /, 无). */
const BLANK_ROW_MISFIT = 0.4;

/** A room asked (哪间办公室, 哪个房间) and one written (A305室, 306室, 二楼204室). */
const ASKS_ROOM = /哪(?:一)?(?:间|个)(?:办公室|房间|教室|室)/;
const ROOM = /[A-Za-z]?\d{2,4}(?:室|房间|办公室)/;
/** What a passage giving the contact asked for gains, and one without it loses. */
const CONTACT_FIT = 0.2;
const ASKS_EMAIL = /邮箱|电子邮件|e-?mail/i;
/** A web address asked for (网址, 网站地址, 链接, URL, website), and one written (https://…, www.…). */
const ASKS_WEB_ADDRESS = /网址|网站地址|网页地址|网站链接|\burl\b|web\s?address|website/i;
// (…or a bare domain, as Chinese documents write them: yz.chsi.com.cn, zs.xxx.edu.cn.)
const WEB_ADDRESS = /https?:\/\/[\w.-]+|\bwww\.[\w-]+\.[\w.-]+|(?<![@\w.])(?:[a-z0-9-]+\.)+(?:cn|com|net|org|edu|gov)\b/i;
/** A city or province named (琼湾市, 泓川省), not a scope (全省, 本市) or a level (省级, 市场). */
// (A province alone names no city: 澜川省有关规定 is no location; 澜川省洛宁市 is.)
const CITY_NAMED = /(?<![全本外各每])[\u4e00-\u9fa5]{2,4}(?<![全本外各每该同异])[市县](?![场民长委政级内外属])|[\u4e00-\u9fa5]{2,3}省[\u4e00-\u9fa5]{2,4}[市县]/;
/** A street address asked, and one written (农大路1号, 行政楼302室, 学府大道666号). */
// (Not an e-mail or web address: 邮箱地址, email address, 招生网地址.)
export const ASKS_STREET_ADDRESS = /(?<!邮箱|邮件|信箱|网|mail|IP)地址|门牌|(?<!e-?mail\s|web\s|website\s|IP\s)\baddress\b/i;
// (A date's 号, 9月1号, is no house number.)
export const STREET_ADDRESS = /[路街道巷弄]\s*\d+\s*号|(?<![月\d]\s*)\d+\s*号(?:楼|院)?|[楼馆厅]\s*[A-Za-z]?\d+\s*室|\d+\s*室/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The answer half of a Q&A pair. */
const ANSWER_LINE = /^\s*(?:答|A)\s*[：:]/;

/** How much of its question's coverage a single sentence of an answer line takes. */
const ANSWER_PART_SHARE = 0.85;
/** How much a passage under a heading naming the list asked (存在的问题) leans. */
const LISTED_HEADING_FIT = 0.15;
/**
 * A passage whose own heading (not only one far above it) names a main word of the question: of two sibling
 * sections under 六、存在的问题及改进措施, （二）改进措施 is the one 打算怎么改 asks of.
 */
const NEAR_HEADING_FIT = 0.04;
/** Weight of a word a heading must name to count as naming what is asked (a lead-in's words weigh less). */
const NEAR_HEADING_WEIGHT = 0.7;
/** How much a passage introducing the items of the thing a list asks for (存在以下问题：一是…) leans over others. */
const LIST_INTRO_FIT = 0.1;
/** An introduction of items right after the thing listed: 以下问题：一是, 问题如下：, 问题：（1）. */
const LIST_INTRO = /^[^。；;，,]{0,1}?(?:[：:]|如下(?![表图])|有[：:]?\s*一是|[：:]?\s*(?:一是|[（(][一1][）)]|1[.、．]))/;

/** True when the passage names the thing a list asks for (问题) and introduces its items right after it. */
function introducesListed(q: ParsedQuery, text: string): boolean {
  if (!q.listed || q.intent === 'figure') return false;
  const t = normalizeForMatch(text);
  // (The listed word or its head, 问题 of 主要问题.)
  const heads = [...new Set([q.listed, q.listed.slice(-2)])].filter((w) => w.length >= 2);
  return heads.some((w) => {
    for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) if (LIST_INTRO.test(t.slice(at + w.length))) return true;
    return false;
  });
}
/** A question asking what a thing is used for (OA系统拿来干嘛用, 有什么用, 用来做什么). */
const ASKS_PURPOSE = /(?:拿来|用来|用于)(?:干嘛|干什么|做什么|做啥|干啥)|(?:有|有啥|有什么)用(?:处|途)?|(?:干嘛|做什么|干什么)用|用途/;
/**
 * True when a passage uses the thing asked as its means and lists what is done with it: 通过办公信息化平台（OA系统），
 * 办理…公文、发布…制度、征求职工意见等 answers 拿来干嘛用.
 */
function usesListed(q: ParsedQuery, text: string): boolean {
  if (!ASKS_PURPOSE.test(normalizeForMatch(q.question))) return false;
  const t = normalizeForMatch(text);
  return q.terms.some((term) => {
    if (term.weight < 1 || term.term.length < 2) return false;
    const at = t.indexOf(term.term);
    if (at < 0 || !/(?:通过|利用|依托|借助|运用)[^，,。；;]{0,20}$/.test(t.slice(Math.max(0, at - 24), at))) return false;
    return (t.slice(at).match(/、/g) ?? []).length >= 2;
  });
}
/** A sentence listing a document's own parts (…等八个部分) and how far it falls when its parts are not what is asked. */
const OUTLINE = /(?:报告|全文|本文|文件)(?:内容)?(?:主要)?(?:包括|包含|分为|由)[^。]{6,}等?[一二三四五六七八九十两\d]+个?(?:部分|章节|板块)/;
const ASKS_OUTLINE = /部分|章节|板块|结构|目录|outline|sections?/i;
const OUTLINE_PENALTY = 0.2;
/** The sentence opening a notice (现将有关事项通知如下, 特此通知): the notice's own title said again. */
const NOTICE_OPENING = /现将[^。；;]{0,80}?(?:通知|公告|公布|说明|告知)如下|^特此(?:通知|公告)/;
/** True when the text is its section's own heading line (6、 本年度…主要经验、问题和下一步改进措施；). */
function isOwnHeading(text: string, section: readonly string[]): boolean {
  const bare = (s: string) => normalizeForMatch(s).replace(/[\s\p{P}]/gu, '');
  const heading = section.at(-1);
  return !!heading && bare(text).length > 0 && bare(text) === bare(heading);
}
/** How much a passage's words count with its document's title beside them (figure questions weigh titles in figure-match). */
const TITLE_SHARE = 0.9;

/** The longest answer line offered whole. */
const ANSWER_LINE_MAX = 300;

/** The 问 line just above an 答 line, if the chunk holds it. */
function questionAbove(text: string, lineStart: number): string {
  const end = Math.max(0, lineStart - 1);
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const above = text.slice(start, end);
  return QUESTION_LINE.test(above.trim()) ? above : '';
}

/** A window that is a question: a Q&A page's 问 line, or anything ending in a question mark. */
const QUESTION_LINE = /^(?:问|Q|提问)\s*[：:]|[？?]$/;

/** How far a figure over a span of periods falls when one period is asked. */
const SPAN_MISFIT = 0.3;
/** A span of cohorts or years (2021-2023届, 2019—2023年). */
const PERIOD_SPAN = /(?:19|20)\d{2}\s*[-－—–~～至到]\s*(?:19|20)?\d{2}\s*(?:届|年)(?!度?\d)/g;

/** How far a figure its sentence gives to another cohort (2023届 for 2024届) falls: it is no answer. */
const COHORT_MISFIT = 0.6;

/** How far a figure dated in its own sentence to a period not asked falls (and one dated as asked rises). */
const SENTENCE_PERIOD_FIT = 0.15;

/** The period the text before a figure dates it to (the last one named), against the time asked. */
export function periodFit(q: Pick<ParsedQuery, 'time'>, before: string, docPeriod: { start: string; end: string; kind: string }): number {
  const stated = statedPeriod(before);
  const t = q.time;
  // "2021-2023届本科毕业生留鄂就业比例始终保持在55%以上": a figure over a span of cohorts or years is
  // no one period's, when one is asked.
  const span = [...before.matchAll(PERIOD_SPAN)].at(-1);
  if (span && t?.kind === 'interval' && !/[-－—–~～至到]/.test(t.label) && (!stated || before.lastIndexOf(stated.label ?? '\u0000') < span.index!)) return -SPAN_MISFIT;
  if (!stated) return 0;
  // A cohort asked (2024届) and the figure's sentence naming another (2023届本科毕业生…): another cohort's figure.
  if (t?.kind === 'interval' && t.label.endsWith('届') && new RegExp(`${stated.start.slice(0, 4)}\\s*届`).test(before) && !t.start.startsWith(stated.start.slice(0, 4)))
    return -COHORT_MISFIT;
  // A document covering the time asked: a figure its sentence dates to another period is not its
  // answer. Dating never makes a figure the answer (it only lowers one): another period's document
  // still answers only for its own period.
  // …and a year asked (2024年度) with the figure's own clause naming another year (2025年度个人缴费标准…): that
  // year's figure, no answer for the one asked.
  if (t?.kind === 'interval' && /年度?$/.test(t.label) && stated.kind === 'year' && !(stated.start <= t.end && t.start <= stated.end) && OWN_YEAR.test(before))
    return -COHORT_MISFIT;
  if (t?.kind === 'interval' && docPeriod.start <= t.end && t.start <= docPeriod.end)
    return stated.start <= t.end && t.start <= stated.end ? 0 : -SENTENCE_PERIOD_FIT;
  // (A document of another period answers only where its sentence states the period asked, as its table's 2022届
  // row does: that figure is the asked period's, no past one.)
  if (t?.kind === 'interval' && stated.start <= t.end && t.start <= stated.end) return 0;
  // None asked: the document's own period is meant; a figure dated wholly before it is a past one.
  if (docPeriod.kind === 'unknown') return 0;
  // …and so is one dated to a period that began before it and ended before it does (2023—2024学年 in a 2024年 report).
  // (Only an academic year: a 学年 report's own opening calendar year, 2022年 in 2022-2023学年, is its period.)
  const earlierYear = stated.kind === 'academic-year' && docPeriod.kind !== 'academic-year' && stated.start < docPeriod.start && stated.end < docPeriod.end;
  return stated.end < docPeriod.start || earlierYear ? -SENTENCE_PERIOD_FIT : 0;
}

/**
 * A window for a figure question: scored by the text up to the end of its best figure's clause
 * (in "…发布的5次资产处置公告，…招租信息" the 5次 is not the 招租 count; in "投稿6篇，采用4篇" the 4篇
 * is about the 投稿 of the clause before), plus how well that figure's label, qualifier and unit fit.
 */
function scoreFigureWindow(q: ParsedQuery, w: PreparedWindow, groups: Group[], heading?: string): { own: number; bonus: number; figure?: FigureMatch } {
  const matches = matchFigures(q, w.text, w.figures, groups, w.lead, w.cell, heading, w.opening);
  const best = matches[0];
  if (!best) return { own: 0, bonus: -0.5 };
  // Words before the figure (its subject, its label) describe it; words after its clause belong
  // to the next statement.
  const clause = clauseAround(w, best.figure);
  const own = coverage(groups, normalizeForMatch(w.text.slice(0, clause.end - w.start)));
  // "其中4月25日成绩发布当天，招生网PV浏览量132190次，UV访客数26443人次": a 其中 clause earlier in the sentence sets the
  // scene of every clause after it; its words count for the figure, a little less than the window's own.
  // (Only a 其中 clause closing on no figure of its own: 其中官网主站745篇，… lists items, it sets no scene.)
  const opening = /其中[^。；;！!？?]*$/.exec(w.lead)?.[0]?.split(/[，,]/)[0];
  const scope = opening && !/\d\s*[\u4e00-\u9fa5%％]{0,3}$/.test(opening) ? opening : undefined;
  const scoped = scope ? SCOPE_SHARE * coverage(groups, normalizeForMatch(`${scope}${w.text.slice(0, clause.end - w.start)}`)) : 0;
  // The label picks the figure within a passage; across passages it only leans, since the
  // passage's own coverage already says how much of the topic it holds.
  return { own: Math.max(own, scoped), bonus: 0.1 + 0.5 * best.fit + 0.15 * best.labelCoverage + 0.1 * best.measureCoverage, figure: best };
}

/** How much the words of a 其中 clause before a window count for the window's figure. */
const SCOPE_SHARE = 0.9;

/** True when some figure in the text answers the question's kind of figure. */
export const hasAskedFigure = (q: Pick<ParsedQuery, 'unit'>, text: string) => recognise(text).some((f) => answersAsked(q, f));

export interface RetrieveEnv {
  search: SearchIndex;
  fusion?: Fusion;
}

/** How many chunks retrieval offers; the best are read, then the best of sections not yet read. */
const RETRIEVE_K = 40;
/** How many of the best chunks are read whatever their section. */
const READ_K = 8;
/**
 * How many more chunks are read from sections the best ones do not come from: a long breakdown
 * table (分学院及专业, 40 chunks of rows) must not crowd out the section that states the whole.
 */
const OTHER_SECTIONS = 8;

/** The best READ_K hits, then the best hit of each further section, up to OTHER_SECTIONS of them. */
export function diverseHits(hits: Hit[], k = READ_K, others = OTHER_SECTIONS): Hit[] {
  const key = (h: Hit) => `${h.chunk.docId}\u0000${h.chunk.section.join('\u0000')}`;
  const out = hits.slice(0, k);
  const seen = new Set(out.map(key));
  for (const h of hits.slice(k)) {
    if (out.length >= k + others) break;
    if (seen.has(key(h))) continue;
    seen.add(key(h));
    out.push(h);
  }
  return out;
}

/** How often a page names a thing for its contact lines to be that thing's. */
const PAGE_TOPIC_MENTIONS = 2;

/** Figure kinds few passages hold: the chunks holding one are worth reading before others. */
const RARE_KINDS = new Set(['time', 'date', 'phone']);

/** The items that pass first, each group in its order. */
function stableHoldingFirst<T>(items: T[], holds: (x: T) => boolean): T[] {
  return [...items.filter(holds), ...items.filter((x) => !holds(x))];
}

/** Retrieves chunks of the given documents for the question, then ranks passages in them. */
export async function candidates(q: ParsedQuery, docIds: ReadonlySet<string>, env: RetrieveEnv, opts: CandidateOptions = {}) {
  const text = q.terms.map((t) => t.term).join(' ');
  const found = await env.search.search(q.terms, text, { docIds, fusion: env.fusion, k: RETRIEVE_K });
  // A figure of a kind few passages hold (几点 → 8:30—11:30, 电话 → a number): beyond the best chunks,
  // those holding one are read first.
  const kinded = (q.intent === 'figure' || q.unit === 'phone') && q.unit && RARE_KINDS.has(q.unit) ? [...found.slice(0, READ_K), ...stableHoldingFirst(found.slice(READ_K), (h) => hasAskedFigure(q, h.chunk.text))] : found;
  // A year asked that no document covers: a later one's chunks naming that year (a 2022年决算数 column, 比2022年…)
  // are read before others, as they may state it.
  const year = q.intent === 'figure' && q.time?.kind === 'interval' && opts.exactDocs && ![...docIds].some((id) => opts.exactDocs!.has(id)) ? /^\d{4}/.exec(q.time.start)?.[0] : undefined;
  // (Among the chunks read in full: several of one section, the tables of a 决算 side by side, may each hold it.)
  const yearNamed = year ? new RegExp(`${year}\\s*(?:年|届|[-—–～~])`) : undefined;
  const half = READ_K / 2;
  const yearHits = new Set(yearNamed ? kinded.slice(half).filter((h) => yearNamed.test(h.chunk.text)).slice(0, half) : []);
  const dated = yearNamed ? [...kinded.slice(0, half), ...yearHits, ...kinded.slice(half).filter((h) => !yearHits.has(h))] : kinded;
  const hits = diverseHits(dated);
  return { hits, passages: rankPassages(q, hits, env.search, opts) };
}
