// Recognises the numbering markers of Chinese official documents at the start of a line.

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
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23. */
export function cnNumber(s: string): number {
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
  }
  return [...s].reduce((n, ch) => n * 10 + (CN_DIGITS[ch] ?? 0), 0);
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { re: RegExp; style: (m: RegExpExecArray) => string; family: string; rank: number; cn: boolean }[] = [
  { re: new RegExp(`^第(${CN})(?:部分|章)\\s*`), style: () => 'chapter', family: 'chapter', rank: 0, cn: true },
  { re: new RegExp(`^(${CN})\\s*[、.．]\\s*`), style: () => 'cn', family: '、', rank: 1, cn: true },
  { re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*`), style: () => 'paren-cn', family: 'paren', rank: 2, cn: true },
  { re: /^(\d{1,2})\s*([、.．])(?![\d.．])\s*/, style: (m) => (m[2] === '、' ? 'arabic、' : 'arabic.'), family: '', rank: 3, cn: false },
  { re: /^[（(]\s*(\d{1,2})\s*[)）]\s*/, style: () => 'paren-arabic', family: 'paren', rank: 4, cn: false },
  { re: /^([①-⑳])\s*/, style: () => 'circled', family: 'circled', rank: 5, cn: false },
];

export function parseMarker(line: string): Marker | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const raw = m[1]!;
    const value = p.style(m) === 'circled' ? raw.charCodeAt(0) - 0x2460 + 1 : p.cn ? cnNumber(raw) : Number(raw);
    if (value < 1) continue;
    const style = p.style(m);
    // 1、 continues a 一、 sequence (same delimiter); 1. and 1． form their own family.
    const family = p.family || (style === 'arabic、' ? '、' : 'dot');
    return { style, family, rank: p.rank, value, text: m[0] };
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
export function splitHeadingLine(line: string): HeadingLine | undefined {
  const marker = parseMarker(line);
  if (!marker) return undefined;
  const rest = line.slice(marker.text.length);
  if (!rest.trim()) return undefined;
  const term = /[。：:]/.exec(rest);
  if (term && term.index < LABEL_MAX) {
    const cut = marker.text.length + term.index + 1;
    return { marker, heading: line.slice(0, cut).trim(), body: line.slice(cut).trim() };
  }
  if (rest.length <= STANDALONE_MAX && !/[。]./.test(rest)) return { marker, heading: line.trim(), body: '' };
  return undefined;
}
