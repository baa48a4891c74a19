// "首班车几点", "末班几点", "the last bus": the first or the last row of a table that numbers a sequence (班次：1 …),
// among the rows that run where and when the question asks (a weekday column filled, not "—"). A timetable's last
// weekday bus is row 12 even where its weekend cells are empty from row 7 on.
import type { ParsedQuery } from '../retrieve/query.js';
import { normalizeForMatch } from '../text/normalize.js';

/** A row opening with a cell that numbers it (班次：3, 序号：12). */
const NUMBERED_ROW = /^\s*(班次|车次|趟次|序号|批次|场次|轮次)[：:]\s*(\d{1,3})\s*(?:\||$)/;
/** A cell holding nothing: the row does not run there. */
const EMPTY = /^[\s—–\-－/／×无停运]*$/;
/** A mark a note restricts (标“*”的班次仅考试周开行): a cell carrying it runs only then, no first or last of the rest. */
const RESTRICTED_MARK = /标[“"「]([^”"」]{1,2})[”"」]的[\u4e00-\u9fa5]{0,6}仅/g;
/** How much the row asked goes up, and another numbered row of the same table down. */
export const SEQUENCE_END_FIT = 0.3;

interface Row {
  n: number;
  cells: { header: string; value: string }[];
}

function rowOf(line: string): (Row & { head: string }) | undefined {
  const m = NUMBERED_ROW.exec(line);
  if (!m) return undefined;
  const cells = line
    .split(' | ')
    .slice(1)
    .map((c) => /^([^：:]{1,40})[：:]\s*(.*)$/.exec(c.trim()))
    .filter((c): c is RegExpExecArray => !!c)
    .map((c) => ({ header: normalizeForMatch(c[1]!), value: c[2]!.trim() }));
  return { head: m[1]!, n: Number(m[2]), cells };
}

/**
 * The score change for a window in a numbered table's row: up for the row asked, down for its siblings, 0 elsewhere.
 * The table is read whole from the document (a chunk may hold only some of its rows): the run of numbered lines
 * around the window's own.
 */
export function sequenceEndFit(q: Pick<ParsedQuery, 'sequenceEnd' | 'terms'>, docText: string, windowText: string): number {
  if (!q.sequenceEnd) return 0;
  const lines = docText.split('\n');
  const at = lines.findIndex((l) => l.includes(windowText.trim()) && NUMBERED_ROW.test(l));
  const own = at >= 0 ? rowOf(lines[at]!) : undefined;
  if (!own) return 0;
  const table = (from: number, step: number) => {
    const out: (Row & { head: string })[] = [];
    for (let k = from; k >= 0 && k < lines.length; k += step) {
      const r = rowOf(lines[k]!);
      if (!r || r.head !== own.head) break;
      out.push(r);
    }
    return out;
  };
  const rows = [...table(at - 1, -1), own, ...table(at + 1, 1)];
  // The columns asked: those whose headers hold the most of the question's words (工作日, 栌岙校区).
  const words = [...new Set(q.terms.filter((t) => t.weight >= 0.5 && t.term.length >= 2).map((t) => normalizeForMatch(t.term)))];
  const held = (header: string) => words.filter((w) => header.includes(w)).length;
  const best = Math.max(0, ...own.cells.map((c) => held(c.header)));
  const restricted = [...docText.matchAll(RESTRICTED_MARK)].map((m) => m[1]!);
  const regular = (value: string) => !EMPTY.test(value) && !restricted.some((mark) => value.endsWith(mark));
  const runs = (r: Row) => r.cells.some((c) => (best === 0 || held(c.header) === best) && regular(c.value));
  const running = rows.filter(runs).map((r) => r.n);
  if (running.length < 2) return 0;
  const target = q.sequenceEnd === 'first' ? Math.min(...running) : Math.max(...running);
  return own.n === target ? SEQUENCE_END_FIT : -SEQUENCE_END_FIT / 2;
}
