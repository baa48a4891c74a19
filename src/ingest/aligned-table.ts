// Tables typed with spaces for columns, as plain-text notices and reports print them:
//
//     宿舍类型                      所在校区   收费标准   备注
//     ----------------------------  --------   --------   ------
//     四人间（独立卫浴，带空调）    北校区     1300
//
// The header line names the columns and where they start (in display columns: a Chinese character is
// two wide); each row's cells go to the column they start under, so a row may leave trailing cells empty.

/** A cell of an aligned line: its text and the display column it starts at. */
interface AlignedCell {
  text: string;
  at: number;
}

/** How wide a character shows in a monospaced font: CJK and full-width forms take two columns. */
const width = (ch: string) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1);

/** Cells split by runs of two or more spaces (or a tab), with the display column each starts at. */
export function alignedCells(line: string): AlignedCell[] {
  const out: AlignedCell[] = [];
  let col = 0;
  let cell: AlignedCell | undefined;
  let spaces = 0;
  for (const ch of line.replace(/\t/g, '    ')) {
    if (ch === ' ' || ch === '\u3000') {
      spaces += ch === ' ' ? 1 : 2;
      col += width(ch);
      continue;
    }
    if (cell && spaces >= 2) {
      out.push(cell);
      cell = undefined;
    }
    if (cell) cell.text += ' '.repeat(spaces) + ch;
    else cell = { text: ch, at: col };
    spaces = 0;
    col += width(ch);
  }
  if (cell) out.push(cell);
  return out;
}

/** A separator line under the header: dashes (or ＝, ─) in runs. */
const SEPARATOR = /^\s*[-=─━＝—]{3,}(?:\s+[-=─━＝—]{3,})*\s*$/;
/** How far a cell may start from its column's start and still be in it (a long cell pushes the next on). */
const SLACK = 6;
/** Headers name columns: words, never figures. */
const HEADER_CELL = /^[^\d]{1,20}$/;

/**
 * The aligned table starting at `lines[start]`, if one does: its header and rows (cells by column,
 * "" where a row leaves one empty), and the line after it. Three columns or more, or two with a
 * separator line; at least two rows whose every cell starts under a column.
 */
export function alignedTable(lines: string[], start: number): { header: string[]; rows: string[][]; end: number } | undefined {
  const head = alignedCells(lines[start] ?? '');
  if (head.length < 2 || !head.every((c) => HEADER_CELL.test(c.text) && !/[。；，：:|]/.test(c.text))) return undefined;
  let i = start + 1;
  const separated = SEPARATOR.test(lines[i] ?? '');
  if (separated) i++;
  if (head.length < 3 && !separated) return undefined;
  // Each cell goes to the first column right of the previous cell's that it starts within SLACK of (a long
  // cell pushes the next one on), unless it starts at the column after; the last column takes any overflow.
  const columnsOf = (cells: AlignedCell[]): number[] => {
    let prev = -1;
    return cells.map((c) => {
      let k = prev + 1;
      while (k < head.length && Math.abs(c.at - head[k]!.at) > SLACK && !(k === head.length - 1 && c.at > head[k]!.at)) k++;
      if (k < head.length - 1 && c.at >= head[k + 1]!.at - 1) k++;
      const fits = k < head.length;
      prev = fits ? k : head.length;
      return fits ? k : -1;
    });
  };
  const rows: string[][] = [];
  for (; i < lines.length; i++) {
    // A rule across the table (before its 合计 row) divides rows; it is none.
    if (SEPARATOR.test(lines[i]!)) continue;
    const cells = alignedCells(lines[i]!);
    if (cells.length < 2) break;
    const cols = columnsOf(cells);
    // Each cell under its own column, left to right, the first under the first or second (合计 under
    // 资助项目, its 序号 left empty).
    if (cols[0]! > 1 || cols.some((k, j) => k < 0 || (j > 0 && k <= cols[j - 1]!))) break;
    const row = head.map(() => '');
    cells.forEach((c, j) => (row[cols[j]!] = c.text));
    rows.push(row);
  }
  if (rows.length < 2) return undefined;
  // A table states values under word headers: without a rule under the header, some column holds figures
  // (三列专业名称 side by side are a list, not a table whose first line heads the rest).
  if (!separated && !head.some((_, k) => rows.some((r) => /\d/.test(r[k] ?? '')))) return undefined;
  return { header: head.map((c) => c.text), rows, end: i };
}
