// Turns a table with merged cells (colspan/rowspan, as Word and web pages write them) into blocks:
// caption rows (one cell across the table: a title, a note, a group label such as "(一)学费类")
// become paragraphs, every other row a standalone line with each cell prefixed by its column header.
import { type Block, tableRowText } from './blocks.js';

export interface SpanCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

interface Placed {
  text: string;
  /** Which source cell filled this grid position: merged positions share it. */
  origin: number;
}

/** Places cells on a grid: a rowspan cell is carried down into the rows it covers. */
function grid(rows: SpanCell[][]): Placed[][] {
  const out: Placed[][] = [];
  const carried: (Placed & { left: number })[] = [];
  let origin = 0;
  rows.forEach((cells) => {
    const row: Placed[] = [];
    let col = 0;
    const takeCarried = () => {
      while (carried[col]?.left) {
        row[col] = { text: carried[col]!.text, origin: carried[col]!.origin };
        carried[col]!.left--;
        col++;
      }
    };
    for (const cell of cells) {
      takeCarried();
      const span = Math.max(1, Math.min(cell.colspan ?? 1, 50));
      const down = Math.max(1, Math.min(cell.rowspan ?? 1, 1000));
      const placed = { text: cell.text.replace(/[\s\u3000]+/gu, ' ').trim(), origin: origin++ };
      for (let k = 0; k < span; k++, col++) {
        row[col] = placed;
        if (down > 1) carried[col] = { ...placed, left: down - 1 };
      }
    }
    takeCarried();
    out.push(row);
  });
  return out;
}

/** Distinct non-empty cells of a grid row, left to right, with the first column each covers. */
function distinct(row: Placed[]): { text: string; col: number }[] {
  const seen = new Set<number>();
  const out: { text: string; col: number }[] = [];
  row.forEach((p, col) => {
    if (!p || seen.has(p.origin)) return;
    seen.add(p.origin);
    if (p.text) out.push({ text: p.text, col });
  });
  return out;
}

/**
 * True when a row continues the header above it: the header has a cell spanning columns and a cell merged down
 * into this row, and this row's own cells (those under the spanning cell) hold no figure of a data row.
 */
function isSubHeader(header: Placed[], row: Placed[]): boolean {
  const spans = header.some((p, c) => p && c > 0 && header[c - 1]?.origin === p.origin);
  const carried = row.some((p, c) => p && p.origin === header[c]?.origin);
  const own = row.filter((p, c) => p && p.origin !== header[c]?.origin && p.text);
  return spans && carried && own.length > 0 && own.every((p) => !/^[\d,.，．%\s元万]+$/.test(p.text));
}

/** A group label across a table: short, no figures (中国美术学院, （二）住宿费类). */
// (A note, 注：以上为每生每学年标准, is none.)
const GROUP_LABEL = /^(?!注|备注|说明|附注)[^\d]{2,20}$/;

/**
 * The header of a cell: its column's, or, for a cell spanning columns whose headers differ (18000 across 浙江大学,
 * 普通大学 and 高职院校) below a group label (中国美术学院), that label: the first column's header would give one
 * column a figure that belongs to another group.
 */
function spannedHeader(header: string[], row: Placed[], col: number, group: string | undefined): string {
  const origin = row[col]!.origin;
  let end = col;
  while (row[end + 1]?.origin === origin) end++;
  const spanned = [...new Set(header.slice(col, end + 1).filter(Boolean))];
  // (With no group label the first column's header stays: joining every header spanned, 学号、学院 over a form's
  // line, named more than the cell says.)
  return spanned.length > 1 && group ? group : (header[col] ?? '');
}

export function tableBlocks(rows: SpanCell[][]): Block[] {
  const g = grid(rows);
  const width = Math.max(0, ...g.map((r) => r.length));
  const blocks: Block[] = [];
  let header: string[] | undefined;
  let headerRow: Placed[] | undefined;
  let subHeaderRead = false;
  let group: string | undefined;
  for (const row of g) {
    const cells = distinct(row);
    if (cells.length === 0) continue;
    // A two-level header (收费标准 across 专业注册费（元/学年） and 学分学费（元/学分）, the other header cells
    // merged down both rows): the second row names the columns under the spanning cell.
    if (header && headerRow && !subHeaderRead && blocks.every((b) => b.kind !== 'table-row')) {
      subHeaderRead = true;
      if (isSubHeader(headerRow, row)) {
        row.forEach((p, c) => {
          if (p && p.origin !== headerRow![c]?.origin && p.text) header![c] = header![c] ? `${header![c]}·${p.text}` : p.text;
        });
        continue;
      }
    }
    // One cell alone across a table of several columns is a caption, not data.
    if (width > 1 && cells.length === 1 && new Set(row.map((p) => p?.origin)).size === 1) {
      blocks.push({ kind: 'paragraph', text: cells[0]!.text });
      // (Below the header, a group label: 中国美术学院 over rows whose figure spans the columns of 浙江大学…高职院校.)
      // (A note across the table, 举报电话：12358…, is no group: a label is short and holds no figure.)
      if (header) group = GROUP_LABEL.test(cells[0]!.text) ? cells[0]!.text : undefined;
      continue;
    }
    if (!header) {
      header = Array.from({ length: width }, (_, c) => row[c]?.text ?? '');
      headerRow = row;
      if (cells.length === 1) blocks.push({ kind: 'table-row', text: cells[0]!.text });
      continue;
    }
    blocks.push({
      kind: 'table-row',
      text: tableRowText(
        cells.map((c) => spannedHeader(header!, row, c.col, group)),
        cells.map((c) => c.text),
      ),
    });
  }
  if (header && blocks.every((b) => b.kind !== 'table-row')) blocks.push({ kind: 'table-row', text: header.filter(Boolean).join(' | ') });
  return blocks;
}
