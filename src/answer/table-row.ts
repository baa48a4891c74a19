// Table rows in replies. A row reads "header：value | header：value | …"; a reply shows the cells
// that name what was asked (the 专业, the 项目) and the cell holding the figure, each verbatim with its
// header, and cites the whole row — never a cut that drops the figure or mixes in a neighbour row.
import { isAmount, recognise } from '../text/figures.js';
import type { Span } from './sentences.js';

/** Most cells a reply shows from one row: the row's key cells and its value cells. */
const MAX_KEY_CELLS = 2;
const MAX_VALUE_CELLS = 2;
/** A key cell is shown when it weighs at least this share of the best key cell. */
const KEY_CELL_SHARE = 0.5;

export const isTableRow = (text: string) => text.includes(' | ');

/** The cells of a row with their offsets (absolute, like the row's). */
export function rowCells(row: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(row.text[s]!)) s++;
    while (e > s && /\s/.test(row.text[e - 1]!)) e--;
    if (e > s) out.push({ start: row.start + s, end: row.start + e, text: row.text.slice(s, e) });
  };
  for (let i = row.text.indexOf(' | '); i >= 0; i = row.text.indexOf(' | ', i + 3)) {
    push(i);
    from = i + 3;
  }
  push(row.text.length);
  return out;
}

/**
 * True when a cell of the row is exactly a thing the question names (专业：人工智能 for 人工智能学费): that row is the one
 * asked, over rows where the name is only part of another cell (学院：计算机与人工智能学院).
 */
export function namesCell(row: string, names: string[]): boolean {
  return row.split(' | ').some((c) => {
    const value = c.replace(/^[^：:]{1,30}[：:]\s*/, '').trim();
    return value.length >= 2 && names.includes(value);
  });
}

/** What a row is about: its first cell's value (生源地：青海省 → 青海省), or the cell itself. */
export function rowKey(row: string): string {
  // A 序号 or 代码 column numbers rows; the key is the first cell after it.
  const cells = row.split(' | ');
  // A column headed as the row's name (专业名称, 项目名称) is its key wherever it stands (after 学院, 代码).
  const named = cells.find((c) => /^[^：:|]{0,8}名称[：:]/.test(c));
  const first = named ?? cells.find((c) => !ORDINAL_CELL.test(c)) ?? cells[0] ?? '';
  return first.replace(/^[^：:]{1,20}[：:]/, '') || first;
}

/** A cell left blank: a dash, a slash, 无 or nothing after its header. */
const BLANK_VALUE = /^\s*(?:[—–\-－/／]+|无|\s*)\s*$/;

/**
 * True when the row has cells under the columns asked (asked(header)) and every one of them is blank
 * (申请GPA最低要求·一年级：— in the 合计 row): the row states nothing of what was asked.
 */
export function askedCellsBlank(row: string, asked: (header: string) => boolean): boolean {
  const cells = row.split(' | ').map((c) => /^([^：:]{1,40})[：:](.*)$/.exec(c)).filter((m): m is RegExpExecArray => !!m);
  const under = cells.filter((m) => asked(m[1]!));
  return under.length > 0 && under.every((m) => BLANK_VALUE.test(m[2]!));
}

const TOTAL_CELL = /^[^：:]{0,20}[：:]\s*(?:总计|合计|总体|全校|汇总)\s*$/;

const CODE_CELL = /^[^：:]{0,8}(?:序号|代码|编号|代号|编码)[：:]/;

const ORDINAL_CELL = /^\s*(?:序\s*号|编\s*号|No\.?)\s*[：:]\s*\d+\s*$/i;

/** A cell stating an amount (学费（元/学年）：5500), not one naming the row (专业代码及名称：（101101）护理学). */
const isValueCell = (cell: string) => recognise(cell).some(isAmount);

/**
 * The cells worth showing: the best key cells (no figure, naming the question's words) in row order,
 * and the figure's cell with the value cells weighted as high as it.
 */
export function cellsToShow(row: Span, weight: (text: string) => number, figureAt?: number): Span[] {
  const cells = rowCells(row);
  const scored = cells.map((c, i) => ({ c, i, w: weight(c.text) }));
  const figureCell = figureAt === undefined ? undefined : scored.find((s) => s.c.start <= figureAt && figureAt < s.c.end);
  // A code or number column (专业代码：125100) numbers the row; it names nothing a reader asked.
  const keyCells = scored.filter((s) => s.w > 0 && !isValueCell(s.c.text) && !CODE_CELL.test(s.c.text) && s !== figureCell);
  const bestKey = Math.max(0, ...keyCells.map((s) => s.w));
  const keys = keyCells
    .filter((s) => s.w >= KEY_CELL_SHARE * bestKey)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, MAX_KEY_CELLS);
  // A total row says so (专业：总计), whatever the question's words.
  const total = scored.find((s) => TOTAL_CELL.test(s.c.text));
  if (total && !keys.includes(total) && total !== figureCell) keys.unshift(total);
  // The figure's own cell answers; without one, the value cells that hold the question's words.
  const values = figureCell ? [figureCell] : scored.filter((s) => isValueCell(s.c.text) && s.w > 0);
  const bestValues = [...values].sort((a, b) => Number(b === figureCell) - Number(a === figureCell) || b.w - a.w || a.i - b.i).slice(0, MAX_VALUE_CELLS);
  // 是学啥专业的: a column the question names by its header (专业：…) answers with its value, whatever
  // the value's words.
  const asked = figureCell ? [] : scored.filter((s) => !keys.includes(s) && askedColumn(s.c.text, weight)).slice(0, MAX_VALUE_CELLS);
  return [...new Set([...keys, ...bestValues, ...asked])].sort((a, b) => a.i - b.i).map((s) => s.c);
}

/**
 * A cell whose header holds the question's words more than its value does, or as much when the value is of the
 * header's kind: the column asked (专业所属学院：第三临床医学院 for 归哪个学院, where the value holds 学院 too).
 */
function askedColumn(cell: string, weight: (text: string) => number): boolean {
  const m = /^([^：:]{1,20})[：:](.+)$/.exec(cell);
  if (!m || weight(m[1]!) <= 0) return false;
  // (As much only when the value is a thing of the header's kind, both ending alike: 学院 … 医学院; 专业代码、名称 is
  // no kind of 085400电子信息（专业学位）.)
  const [header, value] = [m[1]!.trim(), m[2]!.trim()];
  return weight(value) < weight(header) || (weight(value) === weight(header) && header.length >= 2 && value.endsWith(header.slice(-2)));
}

/** “cell …cell”[n]: the shown cells in row order, … where cells between them were left out. */
export function quoteCells(row: Span, shown: Span[], n: number): string {
  const cells = rowCells(row);
  const idx = shown.map((s) => cells.findIndex((c) => c.start === s.start));
  let out = idx[0]! > 0 ? '…' : '';
  idx.forEach((k, j) => {
    if (j > 0) out += k === idx[j - 1]! + 1 ? ' | ' : ' | … | ';
    out += cells[k]!.text;
  });
  if (idx.at(-1)! < cells.length - 1) out += '…';
  return `“${out}”[${n}]`;
}
