// Breakdowns of a population: "其中，本科毕业生…落实率为96.72%" and "男生…98.06%" state a part's figure;
// a question that names no part (落实率多少) asks about the whole. Word list as data next to this file.
import data from './population-parts.json' with { type: 'json' };
import { normalizeForMatch } from '../text/normalize.js';

const PARTS = Object.entries(data.parts as Record<string, string[]>);

/** Sentence marks: a part named before the last one belongs to an earlier statement. */
const STATEMENT_END = /[。；;！？!?\n]/;

/** The stretch of text that states a figure: from the previous statement's end up to the figure. */
export function statementBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let from = 0;
  for (let k = before.length - 1; k >= 0; k--) {
    if (STATEMENT_END.test(before[k]!)) {
      from = k + 1;
      break;
    }
  }
  return before.slice(from);
}

/**
 * The part of a population a statement is about, when the question does not ask about it: the part
 * named nearest the figure decides ("本科招生计划4620人，研究生招生计划1380人": 1380 is 研究生's).
 */
export function unaskedPart(question: string, statement: string): string | undefined {
  const t = normalizeForMatch(statement);
  let nearest: { part: string; asks: string[]; at: number } | undefined;
  for (const [part, asks] of PARTS) {
    const at = t.lastIndexOf(part);
    if (at >= 0 && (!nearest || at > nearest.at)) nearest = { part, asks, at };
  }
  if (!nearest) return undefined;
  const q = normalizeForMatch(question);
  return nearest.asks.some((a) => q.includes(a)) ? undefined : nearest.part;
}

/** The parts of a population a question names (本科 in 本科生落实率, 研究生 in 研究生呢). */
export function partsNamed(question: string): string[] {
  const q = normalizeForMatch(question);
  return PARTS.filter(([, asks]) => asks.some((a) => q.includes(a))).map(([part]) => part);
}
