// A table row keyed by a range (第9—12周, 60—69分, 第13周及以后) holds a number the question asks about (第10周退学,
// 考了65分): that row is the one asked, as if the question had named its key.
import { normalizeForMatch } from '../text/normalize.js';

/** Units a range key and a question share (weeks of term, scores, days, ranks, years, months, hours, credits). */
const UNIT = '周|分|天|日|名|年|个月|月|小时|学分|次';
// (Not a year, 2024年, nor a piece of a longer number.)
const ASKED = new RegExp(`(?<![\\d.])第?(\\d{1,3})(?:个)?(${UNIT})`, 'g');
const RANGE = new RegExp(`第?(\\d{1,4})(?:${UNIT})?\\s*[—\\-–~～至到]+\\s*第?(\\d{1,4})(?:个)?(${UNIT})`);
const OPEN_ENDED = new RegExp(`第?(\\d{1,4})(?:个)?(${UNIT})(?:及|或)?(以上|以后|之后|以下|以前|之前|以内)`);

/** True when the row key's range (or open-ended bound) holds a number with the same unit that the question names. */
export function rangeHolds(key: string, question: string): boolean {
  const k = normalizeForMatch(key);
  const asked = [...normalizeForMatch(question).matchAll(ASKED)].map((m) => ({ n: Number(m[1]), unit: m[2]! }));
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
