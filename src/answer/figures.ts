// Finds statistics in text: a number with a counting unit, not a year or a date.
import { type UnitClass, unitClass } from '../retrieve/query.js';

const FIGURE = /(\d+(?:\.\d+)?)\s*(余|多)?\s*(万|亿)?\s*(人次|个|条|篇|次|项|名|人|期|场|件|份|门|则|所|家|部|批|起|处|元|%|％|位)/g;

export interface Figure {
  text: string;
  unit?: UnitClass;
}

/** A table cell holding a bare number: "本年处理决定数量：214 |" (tables give units in headers). */
const TABLE_CELL = /：\s*(\d+(?:\.\d+)?)(?=\s*(?:\||$))/g;

export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    out.push({ text: m[0], unit: unitClass(m[4]!) });
  }
  for (const m of text.matchAll(TABLE_CELL)) out.push({ text: m[1]! });
  return out;
}

/** Every run of digits, for the "no figure without a cited passage" check. */
export function numbersIn(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}
