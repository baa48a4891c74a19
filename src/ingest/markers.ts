// Recognises the numbering markers of Chinese official documents at the start of a line.
import { recognise } from '../text/figures.js';

/**
 * style: the exact marker form; family: forms that may continue each other's numbering
 * (一、 and 1、 share "、"; （一） and （1） share "paren"); rank: the conventional level
 * (一、 first, （一） second, 1. third, （1） fourth), used only when a document gives no better clue.
 */
export interface Marker {
  style: string;
  family: string;
  rank: number;
  value: number;
  /** The marker as written, including any space after it. */
  text: string;
  /** A decimal marker's numbers (2.3.1 → [2, 3, 1]): it nests by them, not by its last number alone. */
  path?: number[];
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零二 → 102, 一百二十 → 120; also 一二 → 12 (digit by digit). */
export function cnNumber(s: string): number {
  if (s.includes('百')) {
    const [hundreds, rest] = s.split('百');
    const h = hundreds ? (CN_DIGITS[hundreds] ?? 0) : 1;
    const tail = rest!.replace(/^[零〇]/, '');
    // 一百二 is 120 (the 十 is implied); 一百零二 is 102.
    const r = !tail ? 0 : tail.length === 1 && !/^[零〇]/.test(rest!) ? (CN_DIGITS[tail] ?? 0) * 10 : cnNumber(tail);
    return h * 100 + r;
  }
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
  }
  return [...s].reduce((n, ch) => n * 10 + (CN_DIGITS[ch] ?? 0), 0);
}

const FORMAL: Record<string, number> = { 壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 参: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9, 拾: 10 };
/** 壹 → 1, 拾壹 → 11 (the formal numerals of formal documents). */
const formalNumber = (s: string) => (s.length === 2 && s[0] === '拾' ? 10 + (FORMAL[s[1]!] ?? 0) : (FORMAL[s[0]!] ?? 0));

const CN = '[一二三四五六七八九十]{1,3}';
/** Chinese numerals of the official hierarchy's markers: up to three places (一百零二). */
const CN3 = '[一二三四五六七八九十百零〇两]{1,6}';
/**
 * The statute-style hierarchy of charters and regulations, outermost first: 第一部分/编 › 第一章 ›
 * 第一节 › 第一条. These nest by kind, whatever the numbering around them.
 */
export const HIERARCHY = ['part', 'chapter', 'section', 'article'] as const;
const HIER_WORDS: Record<string, (typeof HIERARCHY)[number]> = { 部分: 'part', 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' };
const PATTERNS: { re: RegExp; style: (m: RegExpExecArray) => string; family: string; rank: number; cn: boolean }[] = [
  // 第二十一条 and 第21条; not 第一条件 or 第三节课.
  { re: new RegExp(`^第\\s*(${CN3}|\\d{1,3})\\s*(部分|编|章|节|条)(?![件款例目课])\\s*`), style: (m) => HIER_WORDS[m[2]!]!, family: '', rank: 0, cn: true },
  // 壹、贰、叁 (and 貳、參 in traditional text): the formal numerals open a level above 一、.
  // They nest like 第一部分 (outermost, by kind), so the 一、 run under each stays under it.
  { re: /^([壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,2})\s*[、.．]\s*/, style: () => 'part', family: '', rank: 0, cn: true },
  // 附件、附件2：: an attachment (a notice's fee table) stands outside the notice's numbered points.
  { re: /^附件\s*(\d{1,2}|[一二三四五六七八九十])?\s*[：:]\s*(?=\S)/, style: () => 'part', family: '', rank: 0, cn: true },
  // (Not numerals listed, 一、二年级 or 三、四年级: a span of years, no marker.)
  { re: new RegExp(`^(${CN})\\s*[、.．](?![一二三四五六七八九十](?:[、，][一二三四五六七八九十])*年级)\\s*`), style: () => 'cn', family: '、', rank: 1, cn: true },
  { re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*`), style: () => 'paren-cn', family: 'paren', rank: 2, cn: true },
  // 2.3 教学经费投入, 2.3.1 …: decimal numbering, a level per part; a space and a word after it (not 2.5万人, 18.2:1).
  // (Only a title standing alone on its line: 1.1 目的和依据。本细则… is a numbered paragraph, read as before.)
  // (…and its chapter, 7 存在问题与改进措施: a bare number and a title, kept only where 7.1 and the like follow — see structure.)
  { re: /^(\d{1,2})\s+(?=[\u4e00-\u9fa5][^。：:；;，,\s]{1,24}$)(?![万亿千百元个人次分秒年月日届级号])/, style: () => 'decimal1', family: 'decimal1', rank: 1, cn: false },
  { re: /^\d{1,2}\.(\d{1,2})\s+(?=[\u4e00-\u9fa5][^。：:；;]{0,29}$)(?![万亿千百元个人次分秒])/, style: () => 'decimal2', family: 'decimal2', rank: 2, cn: false },
  { re: /^\d{1,2}\.\d{1,2}\.(\d{1,2})\s+(?=[\u4e00-\u9fa5][^。：:；;]{0,29}$)(?![万亿千百元个人次分秒])/, style: () => 'decimal3', family: 'decimal3', rank: 3, cn: false },
  { re: /^(\d{1,2})\s*([、.．])(?![\d.．])\s*/, style: (m) => (m[2] === '、' ? 'arabic、' : 'arabic.'), family: '', rank: 3, cn: false },
  { re: /^[（(]\s*(\d{1,2})\s*[)）]\s*/, style: () => 'paren-arabic', family: 'paren', rank: 4, cn: false },
  { re: /^([①-⑳])\s*/, style: () => 'circled', family: 'circled', rank: 5, cn: false },
];

/** A title set in brackets on a line of its own (【四、考试时间和地点】, a WeChat article's): its marker is inside. */
const BRACKETED = /^\s*[【〖]\s*(?=[^【】〖〗]{2,40}[】〗]\s*$)/;

export function parseMarker(line: string): Marker | undefined {
  const bracket = BRACKETED.exec(line)?.[0];
  if (bracket) {
    const inner = parseMarker(line.slice(bracket.length));
    return inner && { ...inner, text: bracket + inner.text };
  }
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const raw = m[1] ?? '1';
    const style = p.style(m);
    const value =
      style === 'circled'
        ? raw.charCodeAt(0) - 0x2460 + 1
        : FORMAL[raw[0]!] !== undefined
          ? formalNumber(raw)
          : /^\d+$/.test(raw)
            ? Number(raw)
            : cnNumber(raw);
    if (value < 1) continue;
    const hier = (HIERARCHY as readonly string[]).indexOf(style);
    // 1、 continues a 一、 sequence (same delimiter); 1. and 1． form their own family.
    const family = hier >= 0 ? style : p.family || (style === 'arabic、' ? '、' : 'dot');
    const path = style.startsWith('decimal') ? m[0].trim().split('.').map(Number) : undefined;
    return { style, family, rank: hier >= 0 ? hier - HIERARCHY.length : p.rank, value, text: m[0], ...(path ? { path } : {}) };
  }
  return undefined;
}

/** Body sentences: split after 。！？ (；joins clauses of one sentence). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/[\p{P}\s]/gu, '').length >= 4);
}

const LABEL_MAX = 40;
const STANDALONE_MAX = 60;

export interface HeadingLine {
  marker: Marker;
  /** Heading as written: the marker and the label, with its closing 。 or ： when run in. */
  heading: string;
  /** Text after a run-in heading on the same line ('' when the line is only a heading). */
  body: string;
}

/**
 * Splits a numbered line into heading and run-in body. "1.基本信息。党政办公室…" is the heading
 * "1.基本信息。" then body; a numbered line with no 。 or ： near its start and too long for a
 * heading is an ordinary numbered paragraph (undefined).
 */
/** A label that is only a figure (a date, a date range, an amount): no words of a heading. */
function isFigureLabel(label: string): boolean {
  const t = label.trim();
  if (!t) return false;
  const covered = recognise(t).reduce((n, f) => n + (f.end - f.start), 0);
  return covered > 0 && t.length - covered <= 2;
}

/** An article's line that only introduces a list: one sentence ending in a colon. */
const ARTICLE_INTRO = /^[^。；！？]+[：:]$/u;
const ARTICLE_INTRO_MAX = 60;

export function splitHeadingLine(line: string): HeadingLine | undefined {
  const marker = parseMarker(line);
  if (!marker) return undefined;
  const rest = line.slice(marker.text.length);
  // An article is run in: the heading is the marker itself ("第二十一条"), the rest of the line its body…
  // …unless the rest only introduces the items below ("申请国家励志奖学金的学生，还应同时满足："): then
  // it says what those items are about, and is the heading they sit under.
  if (marker.style === 'article') {
    const intro = rest.trim();
    if (ARTICLE_INTRO.test(intro) && intro.length <= ARTICLE_INTRO_MAX) return { marker, heading: line.trim(), body: '' };
    return { marker, heading: marker.text.trim(), body: intro };
  }
  if (!rest.trim()) return undefined;
  const term = /[。：:]/.exec(rest);
  // "（一）9月15日至9月25日：学生提交申请表" is a dated item of a list, not a heading: its date is what the line states.
  // (Only with a body after it: "一、2024年：" alone on its line is a heading.)
  if (term && isFigureLabel(rest.slice(0, term.index)) && rest.slice(term.index + 1).trim()) return undefined;
  if (term && term.index < LABEL_MAX) {
    const cut = marker.text.length + term.index + 1;
    return { marker, heading: line.slice(0, cut).trim(), body: line.slice(cut).trim() };
  }
  if (rest.length <= STANDALONE_MAX && !/[。]./.test(rest)) return { marker, heading: line.trim(), body: '' };
  return undefined;
}

/**
 * A page scraped into one long line runs chapters and articles together: "第一章 总则 第一条 根据…。
 * 第二条 学校…". Splits before a 第X章/节/条 marker that stands at a clause boundary (line start, or
 * after a space or 。；！？) and is followed by a space, so references inside a sentence ("依据本章程第十
 * 条规定", "《条例》第二十条第（一）项") stay whole.
 */
const RUN_IN = new RegExp(`(?<=[\\s。；！？])(?=第\\s*(?:${CN3}|\\d{1,3})\\s*(?:部分|编|章|节|条)[ \\u3000])`, 'g');
export function splitRunTogether(line: string): string[] {
  if (!line.includes('第')) return [line];
  return line
    .split(RUN_IN)
    .map((s) => s.trim())
    .filter(Boolean);
}
