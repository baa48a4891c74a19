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

export function tableBlocks(rows: SpanCell[][]): Block[] {
  const g = grid(rows);
  const width = Math.max(0, ...g.map((r) => r.length));
  const blocks: Block[] = [];
  let header: string[] | undefined;
  for (const row of g) {
    const cells = distinct(row);
    if (cells.length === 0) continue;
    // One cell alone across a table of several columns is a caption, not data.
    if (width > 1 && cells.length === 1 && new Set(row.map((p) => p?.origin)).size === 1) {
      blocks.push({ kind: 'paragraph', text: cells[0]!.text });
      continue;
    }
    if (!header) {
      header = Array.from({ length: width }, (_, c) => row[c]?.text ?? '');
      if (cells.length === 1) blocks.push({ kind: 'table-row', text: cells[0]!.text });
      continue;
    }
    blocks.push({
      kind: 'table-row',
      text: tableRowText(
        cells.map((c) => header![c.col] ?? ''),
        cells.map((c) => c.text),
      ),
    });
  }
  if (header && blocks.every((b) => b.kind !== 'table-row')) blocks.push({ kind: 'table-row', text: header.filter(Boolean).join(' | ') });
  return blocks;
}
