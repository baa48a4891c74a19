// A passage that stops inside an enumeration ("依次按以下顺序比较：（一）三科总分；（二）…；（三）…")
// answers only with all of its items: the quote runs on through the items that follow in order.
import { parseMarker } from '../ingest/markers.js';
import type { Passage } from './candidates.js';
import { MAX_LIST_QUOTE } from './compose.js';
import type { Span } from './sentences.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
/** Most items a quote is extended by, and its longest extension. */
const MAX_ITEMS = 8;
const MAX_EXTRA = 300;

/** The marker of the last item in a text and a test for the marker of the item after it. */
function lastItem(text: string): RegExp | undefined {
  const markers = [...text.matchAll(/[（(]([一二三四五六七八九十])[）)]|(?<![\d.])(\d{1,2})[、．.](?!\d)|([①-⑩])|(?:^|[：:；;，,。\s])([一二三四五六七八九十])是/g)];
  const m = markers.at(-1);
  if (!m) return undefined;
  // 一是…；二是…；三是…: the items of a report's own lists of problems and measures.
  if (m[4]) {
    const next = CN[CN.indexOf(m[4]) + 1];
    return next ? new RegExp(`^\\s*${next}是`) : undefined;
  }
  if (m[1]) {
    const next = CN[CN.indexOf(m[1]) + 1];
    return next ? new RegExp(`^\\s*[（(]${next}[）)]`) : undefined;
  }
  if (m[2]) return new RegExp(`^\\s*${Number(m[2]) + 1}[、．.](?!\\d)`);
  const next = CIRCLED[CIRCLED.indexOf(m[3]!) + 1];
  return next ? new RegExp(`^\\s*${next}`) : undefined;
}

/** An item opening its own line: 1.…, （一）…, ①…. */
const LINE_ITEM = /^\s*(?:(\d{1,2})[、．.](?!\d)|[（(]([一二三四五六七八九十])[）)]|([①-⑩]))/;

/** The number and style of a line's item marker (1 and 'digit' for 1., （一） → 1 'paren'), if it opens with one. */
function itemNumber(line: string): { n: number; style: string } | undefined {
  const m = LINE_ITEM.exec(line);
  if (!m) return undefined;
  return m[1] ? { n: Number(m[1]), style: 'digit' } : m[2] ? { n: CN.indexOf(m[2]) + 1, style: 'paren' } : { n: CIRCLED.indexOf(m[3]!) + 1, style: 'circled' };
}

/**
 * A list asked for (有哪些问题) answered by one item of a list of lines (2.平台有多个，有待整合。): the
 * quote starts at the list's first item, so the items before it come too.
 */
function fromFirstItem(p: Passage, docText: string): Passage {
  let start = docText.lastIndexOf('\n', p.start - 1) + 1;
  const item = itemNumber(docText.slice(start, p.end));
  if (!item) return fromFirstLine(p, docText, start);
  if (docText.slice(start, p.start).trim().replace(LINE_ITEM, '').length > 0) return p;
  let n = item.n;
  let extra = 0;
  // Back through the items of the same style only (1. under （一）… is another list's).
  while (n > 1 && start > 0 && extra < MAX_EXTRA) {
    // (…over the lines an item wraps onto, 低。 under 1. 生师比仍偏高。…比例偏: a page's line breaks, not its list's end.)
    let prev = docText.lastIndexOf('\n', start - 2) + 1;
    for (let k = 0; k < WRAPPED_LINES_MAX && prev > 0 && !itemNumber(docText.slice(prev, start - 1)) && isWrappedLine(docText.slice(prev, start - 1)); k++)
      prev = docText.lastIndexOf('\n', prev - 2) + 1;
    const before = itemNumber(docText.slice(prev, start - 1));
    if (!before || before.style !== item.style || before.n !== n - 1) break;
    extra += start - prev;
    start = prev;
    n--;
  }
  return start === p.start ? p : { ...p, start, text: docText.slice(start, p.end) };
}

/** A sentence that only gives the items of the one before it: 包括A、B、C等。, 主要有A、B。 */
const ITEMS_SENTENCE = /^[ \t　]*(?:主要|具体|一般)?(?:包括|包含|涵盖|如|例如|比如)[：:]?[^。！？\n]*、[^。！？\n]*[。！？]?/;

/** The passage with the sentence right after it when that sentence lists the items it speaks of. */
function withItemsSentence(p: Passage, docText: string): Passage {
  // (Only a passage ending its sentence: one cut mid-sentence runs on through enumeration of its own.)
  if (!/[。！？]\s*$/.test(p.text)) return p;
  const next = ITEMS_SENTENCE.exec(docText.slice(p.end));
  if (!next) return p;
  const end = p.end + next[0].length;
  return { ...p, end, text: docText.slice(p.start, end).trimEnd() };
}

/** Most lines an item may wrap onto before the next item (a PDF's line breaks). */
const WRAPPED_LINES_MAX = 2;
/** A line that only carries on the one above: no table row, no heading-like colon end, short of a paragraph. */
// (…and no numbered line of its own: 七、收费标准 above 18. heads another part.)
const isWrappedLine = (line: string) =>
  line.trim().length > 0 && line.trim().length <= WRAPPED_LINE_MAX && !line.includes(' | ') && !/[：:]\s*$/.test(line) && !parseMarker(line.trim());
/** Longest line read as the tail of an item wrapped onto it. */
const WRAPPED_LINE_MAX = 40;

/** Longest line read as an item of a list written without markers (a Markdown or Word bullet list). */
const BARE_ITEM_MAX = 120;

/** A short line, no table row, ending as an item does (；, or 。 for a list's last). */
const isBareItem = (line: string, ending: RegExp) => line.trim().length <= BARE_ITEM_MAX && ending.test(line.trim()) && !line.includes(' | ');

/**
 * A list asked answered by one line of a list written without markers (bullets the reader dropped:
 * "《录取通知书》；" "身份证原件及复印件2份；"): the quote starts at its section's first line when every line
 * from there is such an item.
 */
function fromFirstLine(p: Passage, docText: string, lineStart: number): Passage {
  const from = p.hit.chunk.start;
  if (from >= lineStart || lineStart - from > MAX_EXTRA) return p;
  const lines = docText.slice(from, lineStart).split('\n').filter((l) => l.trim());
  const bare = (l: string) => isBareItem(l, /[；;。]$/);
  if (lines.length === 0 || !lines.every(bare)) return p;
  // …and runs on through the items after it, as far as the section's bare lines go.
  let end = docText.indexOf('\n', p.end - 1);
  if (end < 0) end = p.end;
  // (Within what a list's quote shows, so its first items are not trimmed away.)
  while (end < p.hit.chunk.end && end - p.end < MAX_EXTRA) {
    const next = docText.indexOf('\n', end + 1);
    const line = docText.slice(end + 1, next < 0 ? p.hit.chunk.end : Math.min(next, p.hit.chunk.end));
    if (!bare(line) || end + 1 + line.length - from > MAX_LIST_QUOTE) break;
    end = end + 1 + line.length;
  }
  return { ...p, start: from, end: Math.max(end, p.end), text: docText.slice(from, Math.max(end, p.end)) };
}

/**
 * A list asked, its answer inside one item's line (1. 二级学院公开工作不平衡。 个别二级学院…): the whole run of
 * numbered lines it stands in, when short enough to quote — each item's lead names one of the things listed.
 */
function toItemBlock(p: Passage, docText: string): Passage {
  let start = docText.lastIndexOf('\n', p.start - 1) + 1;
  const lineEnd = (from: number) => (docText.indexOf('\n', from) < 0 ? docText.length : docText.indexOf('\n', from));
  const item = itemNumber(docText.slice(start, lineEnd(start)));
  if (!item || start === p.start) return p;
  let n = item.n;
  while (n > 1 && start > 0) {
    const prev = docText.lastIndexOf('\n', start - 2) + 1;
    const before = itemNumber(docText.slice(prev, start - 1));
    if (!before || before.style !== item.style || before.n !== n - 1) break;
    start = prev;
    n--;
  }
  let end = lineEnd(p.end);
  for (let k = item.n; end < docText.length; k++) {
    const next = itemNumber(docText.slice(end + 1, lineEnd(end + 1)));
    if (!next || next.style !== item.style || next.n !== k + 1) break;
    end = lineEnd(end + 1);
  }
  const lines: { start: number; end: number }[] = [];
  for (let at = start; at < end; at = lineEnd(at) + 1) lines.push({ start: at, end: lineEnd(at) });
  return lines.length >= 2 ? itemRun(p, docText, lines) : p;
}

/** Longest opening of an item the reply shows when a list's items are too long to quote whole. */
const LEAD_MAX = 60;

/** An item line's opening sentence (1.突出公众关切，注重公开事项的针对性。), or its first clause when that is long. */
function leadOf(docText: string, start: number, end: number): Span {
  const line = docText.slice(start, end);
  const sentence = /^[^。；;！!？?]*[。；;！!？?]?/.exec(line)![0];
  // (A comma between digits, 1,234.56, ends no clause; a cut never falls inside a number.)
  let clause = sentence.length <= LEAD_MAX ? sentence : (/^.{8,}?(?:，|,(?!\d))/.exec(sentence)?.[0] ?? sentence).slice(0, LEAD_MAX);
  if (clause.length < sentence.length) clause = clause.replace(/[\d.,]+$/, '');
  const text = clause.trimEnd();
  return { start, end: start + text.length, text };
}

/**
 * A run of numbered item lines (1.… 2.… 3.…) as one passage: whole when it can be quoted, else with each item's
 * opening sentence as the part shown (a section's 主要经验 of four long paragraphs).
 */
function itemRun(p: Passage, docText: string, lines: { start: number; end: number }[]): Passage {
  const start = lines[0]!.start;
  const end = lines.at(-1)!.end;
  const text = docText.slice(start, end).trimEnd();
  const run = { ...p, start, end: start + text.length, text };
  return text.length <= MAX_LIST_QUOTE ? run : { ...run, leads: lines.map((l) => leadOf(docText, l.start, l.end)) };
}

/** The numbered item lines from `from` on: 1., 2., … of one style, in order, each on its own line. */
function itemLinesFrom(docText: string, from: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let at = from;
  let style: string | undefined;
  while (at < docText.length && lines.length < MAX_ITEMS) {
    const nl = docText.indexOf('\n', at);
    const end = nl < 0 ? docText.length : nl;
    const line = docText.slice(at, end);
    if (!line.trim()) {
      if (lines.length) break;
      at = end + 1;
      continue;
    }
    const item = itemNumber(line);
    if (!item || item.n !== lines.length + 1 || (style && item.style !== style)) break;
    style = item.style;
    lines.push({ start: at, end });
    at = end + 1;
  }
  return lines;
}

/**
 * A list asked, answered by the line that opens its section (本学年，…取得了一定成效。) with the items on the
 * numbered lines right below it: the items are the answer.
 */
function toItemsBelow(p: Passage, docText: string): Passage {
  const lineStart = docText.lastIndexOf('\n', p.start - 1) + 1;
  const own = itemNumber(docText.slice(lineStart, p.end));
  const nl = docText.indexOf('\n', p.end);
  if (nl < 0) return p;
  const lines = itemLinesFrom(docText, nl + 1);
  // (A numbered line, （1）…取得了一定的成效：, opens a list of its own when the lines below are numbered another way, 1．…;
  // numbered its way, they are its siblings.)
  const below = lines[0] ? itemNumber(docText.slice(lines[0].start, lines[0].end)) : undefined;
  if (own && (!below || below.style === own.style)) return p;
  return lines.length >= 2 ? itemRun(p, docText, lines) : p;
}

/**
 * A run-in label (3.5 不得参评情形。, （二）申请条件： in bold at the head of its paragraph): a numbered name of a few
 * words closing with 。 or ：, nothing else. It names what the rest of its line says.
 */
const RUN_IN_LABEL =
  /^\s*(?:\d{1,2}(?:\.\d{1,2})+\s+|\d{1,2}[、．.]\s*|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*|[一二三四五六七八九十]{1,3}、\s*|第[一二三四五六七八九十百]{1,4}条\s*)[^，,。；;：:\d\s]{2,12}[。：:]$/u;

/** A passage that is only a run-in label, run on through the rest of its line (to a sentence's end within a quote's length). */
export function toRunInBody(p: Passage, docText: string): Passage {
  if (!RUN_IN_LABEL.test(p.text)) return p;
  const { end: lineEnd } = lineAround(p, docText);
  // (Up to the next item's marker on the line: 3.不收取任何费用。4.报名截止… is two items.)
  const next = /\s(?:\d{1,2}(?:\.\d{1,2})*[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)])/u.exec(docText.slice(p.end, lineEnd));
  const end = next ? p.end + next.index : lineEnd;
  const body = docText.slice(p.end, end);
  if (!body.trim()) return p;
  let stop = p.end + body.length;
  if (stop - p.start > MAX_LIST_QUOTE) {
    // (A long paragraph: its sentences up to the quote's length, at least the first.)
    const cut = [...body.matchAll(/[。；;！!？?]/g)].map((m) => p.end + m.index + 1).filter((at) => at - p.start <= MAX_LIST_QUOTE);
    stop = cut.at(-1) ?? p.end + (/[。；;！!？?]/.exec(body)?.index ?? body.length - 1) + 1;
  }
  return { ...p, end: stop, text: docText.slice(p.start, stop).trimEnd() };
}

/** The passage with the enumeration items that follow it in the document, when it ends inside one. */
export function withEnumeration(p: Passage, docText: string, listAsked = false): Passage {
  // A run-in label alone says nothing: what follows it on its line is the answer.
  p = toRunInBody(p, docText);
  // A list asked, answered by a sentence whose items the next one gives (…公开相关信息。包括教师招聘、职称评定…): both.
  if (listAsked) p = withItemsSentence(p, docText);
  // A list asked, answered inside one numbered line: the run of numbered lines.
  if (listAsked) p = toItemsBelow(p, docText);
  if (p.leads) return p;
  if (listAsked) p = toItemBlock(p, docText);
  // A list asked: one item of a list of lines stands for the list, from its first item on.
  if (listAsked) p = fromFirstItem(p, docText);
  // …and the first clause of a labelled line (国家励志奖学金：…；…) stands for the line: its clauses are the items.
  if (listAsked) p = toLabelledLineEnd(p, docText);
  // …and one item of a line of items separated by ；(身高、体重；内科、外科；…；心电图) under the heading naming
  // the list stands for the line.
  if (listAsked) p = toItemLine(p, docText);
  // "有下列情形之一的，不得申请：A；B；C。": items run on inside the sentence after an introduction and a colon.
  const inline = toInlineItems(p, docText);
  if (inline !== p) return inline;
  // Only a passage that introduces its items (以下, 如下, 依次, 包括, a colon before the first) and
  // stops after one: a quote of a single item or of a heading is whole. (A list asked: the items themselves.)
  const first = /[（(][一二三四五六七八九十][）)]|(?<![\d.])\d{1,2}[、．.](?!\d)|[①-⑩]|(?<=[：:])\s*一是/.exec(p.text);
  // "…主要渠道依次为：" with its items on the lines below: the items are what it says.
  if (!first && INTRO_END.test(p.text)) return withItemLines(p, docText);
  // (…and so does any line closing with a colon, （二）…还须满足：, when item lines follow it: its own marker opens no item.)
  // (Lines below numbered its own way, （二）… under （一）…：, are its siblings, no items of its own.)
  if ((!first || first.index === 0) && closesLineWithColon(p, docText) && !siblingsBelow(p, docText)) {
    const below = withItemLines(p, docText);
    if (below !== p) return below;
  }
  const introduced = !!first && /以下|如下|依次|包括|下列|[：:]\s*$/.test(p.text.slice(0, first.index));
  const listed = listAsked && !!first && first.index === 0 && LINE_ITEM.test(p.text);
  if (!first || !(introduced || listed)) return p;
  let end = p.end;
  let next = lastItem(p.text);
  for (let n = 0; next && n < MAX_ITEMS && end - p.end < MAX_EXTRA; n++) {
    // The next segment: past a separator (；。，) or a line break.
    const sep = /^[；;，,。]?\s*/.exec(docText.slice(end))![0];
    const rest = docText.slice(end + sep.length);
    if (!next.test(rest)) break;
    const stop = /[；;。\n]/.exec(rest);
    const itemEnd = end + sep.length + (stop ? stop.index + 1 : rest.length);
    end = itemEnd;
    next = lastItem(docText.slice(end - (stop ? stop.index + 1 : rest.length), end));
  }
  if (end === p.end) return p;
  return { ...p, end, text: docText.slice(p.start, end).trimEnd() };
}

/**
 * A list asked of one item of a list of lines (教学质量方面公开了哪些信息 under 6.教学质量信息公开。): the item's
 * whole line holds the answer, not its siblings. The passage runs to its line when the line opens with the item.
 */
export function toWholeItem(p: Passage, docText: string): Passage {
  const { start, end, line } = lineAround(p, docText);
  if (!itemNumber(line) || line.length > MAX_LIST_QUOTE || (start === p.start && end === p.end)) return p;
  return { ...p, start, end, text: line.trimEnd() };
}

/** The line (between line breaks) a passage stands in. */
function lineAround(p: Passage, docText: string): { start: number; end: number; line: string } {
  const start = docText.lastIndexOf('\n', p.start - 1) + 1;
  const nl = docText.indexOf('\n', p.end);
  const end = nl < 0 ? docText.length : nl;
  return { start, end, line: docText.slice(start, end) };
}

/** A passage inside a line of two or more items separated by ；, run to the whole line when it can be quoted. */
function toItemLine(p: Passage, docText: string): Passage {
  const { start, end, line } = lineAround(p, docText);
  if ((start === p.start && end === p.end) || line.length > MAX_LIST_QUOTE || line.includes(' | ')) return p;
  if (line.split(/[；;]/).filter((x) => x.trim()).length < 2) return p;
  return { ...p, start, end, text: line.trimEnd() };
}

/** An introduction of items and its colon (有下列情形之一的，不得申请：). */
// (以下 after a number or a unit bounds it, 500元以下：, and introduces nothing.)
const INLINE_INTRO = /(?:下列|(?<![\d元分岁年人个次])以下|如下)[^。；;\n]{0,40}[：:]/;

/** A passage holding an introduction and its first item, run on through the items after it (；) to the sentence's end. */
function toInlineItems(p: Passage, docText: string): Passage {
  const intro = INLINE_INTRO.exec(p.text);
  // (A passage closing its sentence, …受到处分的。, holds all the sentence's items.)
  if (!intro || intro.index + intro[0].length >= p.text.trimEnd().length || /[。！!？?]\s*$/.test(p.text)) return p;
  const stop = /[。\n]/.exec(docText.slice(p.end));
  const end = p.end + (stop ? stop.index + (stop[0] === '。' ? 1 : 0) : 0);
  const rest = docText.slice(p.end, end);
  if (end === p.end || !/[；;]/.test(rest) || end - p.start > MAX_LIST_QUOTE) return p;
  return { ...p, end, text: docText.slice(p.start, end).trimEnd() };
}

/** A line opening with its label (国家励志奖学金：, 申请条件：). */
const LABELLED_LINE = /^\s*[^：:，。；\n]{2,20}[：:]\S/;

/** A passage opening a labelled line, run on to the line's end when the whole line can be quoted. */
function toLabelledLineEnd(p: Passage, docText: string): Passage {
  const { start, end, line } = lineAround(p, docText);
  if (start !== p.start || end === p.end || line.length > MAX_LIST_QUOTE || !LABELLED_LINE.test(line)) return p;
  return { ...p, end, text: line.trimEnd() };
}

/** The longest line a list's parallel items are quoted whole from. */
const PARALLEL_LINE_MAX = 300;

/**
 * "有哪几个校区": a line of parallel items separated by ；, each naming the thing listed (…（龙子湖校区）；
 * …（英才校区）；…（北林校区）), answers with all of them: one item's sentence runs to the whole line.
 */
export function withParallelItems(p: Passage, docText: string, listed: string): Passage {
  const { start, end, line } = lineAround(p, docText);
  if (line.length > PARALLEL_LINE_MAX || (start === p.start && end === p.end)) return p;
  const items = line.split(/[；;]/).filter((x) => x.trim());
  if (items.filter((x) => x.includes(listed)).length < 2) return p;
  return { ...p, start, end, text: line.trimEnd() };
}

/** A passage ending in an introduction of what follows (依次为：, 如下：, 包括：). */
// (…or a clause naming 下列/以下 things and ending in a colon: 符合下列条件的，可向学校申请学士学位：)
const INTRO_END = /(?:以下|如下|依次为?|包括|下列|分别为)[^。；]{0,6}[：:]?\s*$|(?:以下|如下|下列)[^。；]{0,60}[：:]\s*$/;

/** True when the passage opens with an item marker and the next line opens with one of the same style. */
function siblingsBelow(p: Passage, docText: string): boolean {
  const own = itemNumber(p.text);
  if (!own) return false;
  const nl = docText.indexOf('\n', p.end);
  const next = nl < 0 ? '' : (docText.slice(nl + 1).split('\n').find((l) => l.trim()) ?? '');
  const below = itemNumber(next);
  return below?.style === own.style && below.n === own.n + 1;
}

/** A passage ending its line with a colon (…还须满足：): what it says is on the lines below. */
function closesLineWithColon(p: Passage, docText: string): boolean {
  const at = p.end + (/^[：:]/.test(docText.slice(p.end)) ? 1 : 0);
  return /[：:]\s*$/.test(docText.slice(p.start, at)) && /^[ \t]*(?:\r?\n|$)/.test(docText.slice(at));
}

/** The passage run on through the item lines right below it (1. …；2. …), blank lines between allowed. */
function withItemLines(p: Passage, docText: string): Passage {
  let end = p.end;
  let n = 0;
  // Items written without markers (a web page's <ol> read as lines: "准考证、身份证原件及复印件；") count
  // when the first item is one: a list keeps its style.
  let bare: boolean | undefined;
  for (;;) {
    const rest = docText.slice(end);
    const gap = /^[：:]?[ \t]*(?:\r?\n[ \t]*)+/.exec(rest)?.[0] ?? '';
    const line = rest.slice(gap.length).split('\n')[0] ?? '';
    // (A labelled line, 联系地址：…, is a field of its own, no item.)
    const isBare = !LINE_ITEM.test(line) && !LABELLED_LINE.test(line) && isBareItem(line, /[；;]$/);
    bare ??= isBare;
    // (The last item of a bare list closes with 。.)
    const item = bare ? isBare || (n > 0 && !LINE_ITEM.test(line) && !LABELLED_LINE.test(line) && isBareItem(line, /。$/)) : LINE_ITEM.test(line);
    if (!gap || !item || n >= MAX_ITEMS || end + gap.length + line.length - p.end > MAX_EXTRA) break;
    end += gap.length + line.length;
    n++;
    // (A bare list ends at its item closing with 。.)
    if (bare && /。$/.test(line.trim())) break;
  }
  if (n === 0) return p;
  return { ...p, end, text: docText.slice(p.start, end).trimEnd(), items: true };
}
