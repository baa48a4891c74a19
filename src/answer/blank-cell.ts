// A table row whose cell for what is asked is left blank (最低位次：/, 2023年·最低分：—): the row does not state it,
// and another cell of the row (2024年·最低分：538) is no answer. Read from the row's own "header：value" cells.
import { periodOf } from '../ingest/period.js';
import type { ParsedQuery } from '../retrieve/query.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * Values a table prints for a figure it does not give: a slash, a dash, 暂无, 未公布. (Not 无: 报名费：无 says there
 * is none, and is quoted as the answer.)
 */
const BLANK = /^(?:[/／\\—–\-－]+|暂无|未公布|不公布)$/;

/** A cell of a row, its header as matched (simplified) and its value as printed. */
export interface BlankCell {
  header: string;
  value: string;
}
type Cell = BlankCell;

const cellsOf = (row: string): Cell[] =>
  row.split(' | ').flatMap((c) => {
    const m = /^([^：:]{1,40})[：:]\s*(.*?)\s*$/.exec(c);
    return m ? [{ header: normalizeForMatch(m[1]!.trim()), value: m[2]! }] : [];
  });

/**
 * The blank cell of what is asked in a row: of the cells whose headers name the measure asked (位次, or a word typed
 * that only headers hold, 最低分), those of the time asked (2024年·最低位次) — or all of them when no time is asked —
 * are every one blank.
 */
export function blankCellAsked(q: Pick<ParsedQuery, 'measure' | 'time' | 'terms'>, row: string): BlankCell | undefined {
  if (!row.includes(' | ')) return undefined;
  const cells = cellsOf(row);
  const values = cells.map((c) => normalizeForMatch(c.value)).join(' ');
  const typed = q.terms.filter((t) => t.weight >= 1 && t.term.length >= 2 && !values.includes(t.term)).map((t) => t.term);
  const measures = [...new Set([...q.measure, ...typed])].filter((m) => m.length >= 2 && cells.some((c) => c.header.includes(m)));
  if (measures.length === 0) return undefined;
  const asked = q.time?.kind === 'interval' ? q.time : undefined;
  const ofTime = (c: Cell) => {
    const p = periodOf(c.header);
    return !asked || !p || (p.start <= asked.end && asked.start <= p.end);
  };
  const named = cells.filter((c) => measures.every((m) => c.header.includes(m)) && ofTime(c));
  if (named.length === 0 || !named.every((c) => BLANK.test(c.value))) return undefined;
  return named[named.length - 1];
}
