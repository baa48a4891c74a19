// Two-column pages: a report set in two columns puts a left and a right line on one baseline, so reading each
// baseline across the page interleaves the columns (…一档 | 发放临时困难补助…). Where a page's lines split at one
// gutter into a single run of text on each side, each stretch between full-width lines (a title, a table) is read
// down the left column, then down the right, and each column keeps its own margins for joining wrapped lines.
import type { PdfLine, PdfPage } from './pdf-layout.js';

/** Where the gutter may stand, as shares of the page width. */
const GUTTER_FROM = 0.3;
const GUTTER_TO = 0.7;
/** Least width (share of the page) of each side of a line set in columns. */
const COLUMN_LINE_MIN = 0.25;
/** Least lines split at the gutter, and their least share of the lines with text on both sides of it. */
const MIN_SPLIT_LINES = 4;
const MIN_SPLIT_SHARE = 0.6;

/** A column's own margins: where its lines start and end. */
export interface ColumnEdge {
  left: number;
  right: number;
}

export interface ColumnRead {
  lines: PdfLine[];
  /** The margins of the column a line was read from; lines across the page have none. */
  edges: Map<PdfLine, ColumnEdge>;
}

const lineOfCells = (line: PdfLine, cells: PdfLine['cells']): PdfLine => ({
  ...line,
  cells,
  x0: cells[0]!.x0,
  x1: cells.at(-1)!.x1,
  text: cells.map((c) => c.text).join(' '),
});

/** How a line stands to a gutter at x: across it, on one side, or one run of text on each side. */
function sideOf(line: PdfLine, x: number): 'across' | 'left' | 'right' | 'split' | 'cells' {
  if (line.cells.some((c) => c.x0 < x - 1 && c.x1 > x + 1)) return 'across';
  const left = line.cells.filter((c) => c.x1 <= x);
  const right = line.cells.filter((c) => c.x0 >= x);
  if (!right.length) return 'left';
  if (!left.length) return 'right';
  // (More than one cell on a side is a table row: it spans the page.)
  return left.length === 1 && right.length === 1 ? 'split' : 'cells';
}

/**
 * Once a page has a gutter, a line with cells on one side beside one run of column text on the other (联系人：王老师 |
 * 电话：… beside the right column's prose) is two columns' lines too; a row of cells on both sides spans the page.
 */
function besideColumn(line: PdfLine, x: number, wide: number): boolean {
  const left = line.cells.filter((c) => c.x1 <= x);
  const right = line.cells.filter((c) => c.x0 >= x);
  const prose = (cells: PdfLine['cells']) => cells.length === 1 && cells[0]!.x1 - cells[0]!.x0 >= wide;
  return prose(left) || prose(right);
}

/** The gutter of a page set in two columns, if it is one. */
export function gutterOf(page: PdfPage): number | undefined {
  let best: { x: number; split: number } | undefined;
  const wide = page.width * COLUMN_LINE_MIN;
  for (let x = Math.round(page.width * GUTTER_FROM); x <= page.width * GUTTER_TO; x++) {
    let split = 0;
    let both = 0;
    for (const l of page.lines) {
      const side = sideOf(l, x);
      if (side === 'split' || side === 'cells') both++;
      // (Both sides a full run of text: a table row with a short label beside a long value is no column line.)
      if (side === 'split' && l.cells.every((c) => c.x1 - c.x0 >= wide)) split++;
    }
    if (split >= MIN_SPLIT_LINES && split >= both * MIN_SPLIT_SHARE && (!best || split > best.split)) best = { x, split };
  }
  if (!best) return undefined;
  // (The middle of the empty strip the best gutter stands in, so short lines on either side fall on their own side.)
  const count = (x: number, kind: string) => page.lines.filter((l) => sideOf(l, x) === kind).length;
  const across = count(best.x, 'across');
  const same = (x: number) => count(x, 'across') === across && count(x, 'split') >= best!.split;
  let from = best.x;
  let to = best.x;
  while (from > page.width * GUTTER_FROM && same(from - 1)) from--;
  while (to < page.width * GUTTER_TO && same(to + 1)) to++;
  return (from + to) / 2;
}

/** Margins of a column: the most common start of its lines and the 90th percentile of their ends. */
function edgeOf(lines: PdfLine[]): ColumnEdge {
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  return { left: [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0], right: ends[Math.floor(ends.length * 0.9)]! };
}

/** A page's lines in reading order: down each column of each stretch set in two columns. */
export function readColumns(page: PdfPage): ColumnRead {
  const edges = new Map<PdfLine, ColumnEdge>();
  const gutter = gutterOf(page);
  if (gutter === undefined) return { lines: page.lines, edges };
  const out: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    for (const column of [left, right]) {
      if (!column.length) continue;
      const edge = edgeOf(column);
      for (const l of column) edges.set(l, edge);
      out.push(...column);
    }
    left = [];
    right = [];
  };
  for (const line of page.lines) {
    const side = sideOf(line, gutter);
    if (side === 'left') left.push(line);
    else if (side === 'right') right.push(line);
    else if (side === 'split' || (side === 'cells' && besideColumn(line, gutter, page.width * COLUMN_LINE_MIN))) {
      left.push(lineOfCells(line, line.cells.filter((c) => c.x1 <= gutter)));
      right.push(lineOfCells(line, line.cells.filter((c) => c.x0 >= gutter)));
    } else {
      flush();
      out.push(line);
    }
  }
  flush();
  return { lines: out, edges };
}
