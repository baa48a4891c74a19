// A table row keyed by a range (第9—12周, 60—69分, 第13周及以后) holds a number the question asks about (第10周退学,
// 考了65分): that row is the one asked, as if the question had named its key.
import { normalizeForMatch } from '../text/normalize.js';

/** Units a range key and a question share (weeks of term, scores, days, ranks, years, months, hours, credits). */
const UNIT = '周|分|天|日|名|年|个月|月|小时|学分|次';
// (Not a year, 2024年, nor a piece of a longer number.)
const ASKED = new RegExp(`(?<![\\d.])第?(\\d{1,3})(?:个)?(${UNIT})`, 'g');
const RANGE = new RegExp(`第?(\\d{1,4})(?:${UNIT})?\\s*[—\\-–~～至到]+\\s*第?(\\d{1,4})(?:个)?(${UNIT})`);
const OPEN_ENDED = new RegExp(`第?(\\d{1,4})(?:个)?(${UNIT})(?:及|或)?(以上|以后|之后|以下|以前|之前|以内)`);

const CN_DIGITS = '零一二三四五六七八九';

/** Chinese numerals 1–99 before a unit (第三周, 十二周, 二十分) as digits, so 第三周 reads as 第3周. */
function withDigits(text: string): string {
  return text.replace(new RegExp(`([一二三四五六七八九十]{1,3})(?=个?(?:${UNIT}))`, 'g'), (m) => {
    const [tens, ones] = m.includes('十') ? m.split('十') : ['', m];
    const n = (m.includes('十') ? (tens ? CN_DIGITS.indexOf(tens) : 1) * 10 : 0) + (ones ? CN_DIGITS.indexOf(ones) : 0);
    return n > 0 ? String(n) : m;
  });
}

/** True when the row key's range (or open-ended bound) holds a number with the same unit that the question names. */
export function rangeHolds(key: string, question: string): boolean {
  const k = withDigits(normalizeForMatch(key));
  const asked = [...withDigits(normalizeForMatch(question)).matchAll(ASKED)].map((m) => ({ n: Number(m[1]), unit: m[2]! }));
  if (asked.length === 0) return false;
  const range = RANGE.exec(k);
  if (range) {
    const [lo, hi, unit] = [Number(range[1]), Number(range[2]), range[3]!];
    return asked.some((a) => a.unit === unit && a.n >= Math.min(lo, hi) && a.n <= Math.max(lo, hi));
  }
  const open = OPEN_ENDED.exec(k);
  if (!open) return false;
  const [bound, unit, side] = [Number(open[1]), open[2]!, open[3]!];
  const above = /以上|以后|之后/.test(side);
  return asked.some((a) => a.unit === unit && (above ? a.n >= bound : a.n <= bound));
}
