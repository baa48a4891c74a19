// Finds tables and side-by-side text columns on a PDF page from lines split into cells at wide gaps.
import { type Block, tableRowText } from './blocks.js';
import { parseMarker } from './markers.js';
import type { PdfCell, PdfLine } from './pdf-layout.js';

export type PageUnit = { block: Block } | { line: PdfLine };

/** Single-cell lines (a merged cell, a wrapped cell) allowed inside a table between multi-cell rows. */
const MAX_SINGLE_GAP = 2;
/** Header rows above the first full row that are folded into the column headers. */
const MAX_HEADER_ROWS = 3;
/** Two columns whose cells average more characters than this are side-by-side prose, not a table. */
const PROSE_CELL_CHARS = 14;

/**
 * Splits a page's lines into plain lines (left for paragraph joining) and table rows. A run of
 * lines with two or more cells is a table when at least two rows have the full number of cells
 * and those cells form non-overlapping columns; its rows become "header：cell | …" table rows like
 * the .docx reader's. Two long-text columns are side-by-side prose, read left column first. A run
 * whose columns cannot be recovered keeps each row's cells in reading order on one line.
 */
export function readTable(lines: PdfLine[], bodySize: number): PageUnit[] {
  const out: PageUnit[] = [];
  let i = 0;
  while (i < lines.length) {
    const end = runEnd(lines, i, bodySize);
    if (end - i < 2) {
      out.push({ line: lines[i]! });
      i++;
      continue;
    }
    // A header cell written on two lines ("2024年" over "最低分") leaves its first line alone above the run.
    const above: PdfLine[] = [];
    while (above.length < MAX_HEADER_ROWS - 1) {
      const prev = out.at(-1);
      const next = above[0] ?? lines[i]!;
      if (!prev || !('line' in prev) || !headerLineAbove(prev.line, next)) break;
      above.unshift(prev.line);
      out.pop();
    }
    out.push(...readRun(lines.slice(i, end), above));
    i = end;
  }
  return out;
}

/** The end (exclusive) of a run of multi-cell lines starting at i; i itself when it has one cell. */
function runEnd(lines: PdfLine[], i: number, bodySize: number): number {
  if (lines[i]!.cells.length < 2) return i;
  let end = i + 1;
  let j = i + 1;
  while (j < lines.length) {
    const l = lines[j]!;
    // (…and a line of two cells ending in the unit, 部门：…大学 | 金额单位：万元, heads the next table.)
    if (l.cells.length >= 2 && CAPTION.test(l.cells.at(-1)!.text.trim()) && !CAPTION.test(lines[i]!.cells.at(-1)!.text.trim())) break;
    if (l.cells.length >= 2) {
      end = ++j;
      continue;
    }
    // A short single cell may be a merged or wrapped cell: look for more rows just after it.
    // (A table's caption or unit line, 表3 支出决算表 / 单位：万元, opens the next table: no cell of this one.)
    let k = j;
    while (k < lines.length && k - j < MAX_SINGLE_GAP && lines[k]!.cells.length === 1 && lines[k]!.size <= bodySize * 1.1 && !CAPTION.test(lines[k]!.text.trim())) k++;
    if (k < lines.length && k > j && lines[k]!.cells.length >= 2) j = k;
    else break;
  }
  // (A last row's name written on lines of its own runs on under its figures: "（含硕士、博士）".)
  for (let k = 0; k < MAX_SINGLE_GAP && end < lines.length; k++, end++) {
    const [last, l] = [lines[end - 1]!, lines[end]!];
    const left = lines.slice(i, end).find((r) => r.cells.length >= 2)!.cells[0]!.x0;
    // (A note or a caption under the table, 注：…, is a line of its own.)
    if (l.cells.length !== 1 || !tightBelow(last, l) || l.cells[0]!.x1 > left - l.size * 0.5 || NOTE.test(l.text.trim()) || CAPTION.test(l.text.trim()) || opensBlock(l.text.trim())) break;
  }
  return end;
}

/** A note under a table (注：…, 说明：…, 备注：…). */
const NOTE = /^(?:注|说明|备注|资料来源|数据来源)\s*\d*\s*[：:.．]/;

/** A table's caption (表3 支出决算表, 附表1, 续表) or unit line (单位：万元): a table starts after it. */
const CAPTION = /^(?:附?表\s*[\d一二三四五六七八九十]+|续表|公开\s*\d+\s*表|(?:金额|计量)?单位\s*[：:])/;

/** Longest single-cell line above a table read as the first line of a column's header. */
const MAX_HEADER_PIECE_CHARS = 10;

/** A short single cell right above the next line (within two line heights): maybe a header's first line. */
function headerLineAbove(line: PdfLine, next: PdfLine): boolean {
  // (A numbered heading, 2. 住宿费, a label, 收费标准：, or a caption, 表2 收入决算表, is a line of its own, not a header's first line.)
  const t = line.text.trim();
  return line.cells.length === 1 && t.length <= MAX_HEADER_PIECE_CHARS && !parseMarker(t) && !/[：:]$/.test(t) && !CAPTION.test(t) && line.y - next.y > 0 && line.y - next.y <= next.size * 1.8;
}

function readRun(run: PdfLine[], above: PdfLine[] = []): PageUnit[] {
  const max = Math.max(...run.map((l) => l.cells.length));
  const full = run.filter((l) => l.cells.length === max);
  const bands = full.length >= 2 ? columnBands(full, max) : undefined;
  const lead = (above: PdfLine[]): PageUnit[] => above.map((line) => ({ line }));
  if (!bands) return [...lead(above), ...run.map((line) => ({ block: { kind: 'paragraph' as const, text: line.text } }))];
  // (Only a cell inside one column's span heads that column; a caption over several columns is a line of its own.)
  const inColumn = (l: PdfLine) => l.cells.every((c) => bands.some((b) => c.x0 >= b.x0 - l.size && c.x1 <= b.x1 + l.size));
  const pieces = above.every(inColumn) ? above : [];
  const prefix = pieces.length ? [] : lead(above);
  const fullCells = full.flatMap((l) => l.cells);
  const avgChars = fullCells.reduce((n, c) => n + c.text.length, 0) / fullCells.length;
  if (max === 2 && avgChars > PROSE_CELL_CHARS) return [...lead(above), ...proseColumns(run, bands)];
  const firstFull = run.findIndex((l) => l.cells.length === max);
  const out: PageUnit[] = [...prefix];
  // A first column whose cells are written on lines of their own, above and below their row's figures.
  const label = labelBand(run, bands);
  const columns = label ? [label, ...bands] : bands;
  let headRows: PdfLine[];
  let bodyRows: PdfLine[];
  if (firstFull >= 1 && firstFull <= MAX_HEADER_ROWS) {
    // Spanning headers above the full row ("本科毕业生" over 人数 and 占比) label the columns below
    // them; the full row itself is a header row too unless it holds figures.
    const withFull = isDataRow(run[firstFull]!) ? firstFull : firstFull + 1;
    headRows = [...pieces, ...run.slice(0, withFull)];
    bodyRows = run.slice(withFull);
  } else {
    for (const l of run.slice(0, firstFull)) out.push({ block: { kind: 'paragraph', text: l.text } });
    headRows = [...pieces, run[firstFull]!];
    bodyRows = run.slice(firstFull + 1);
  }
  // (…and the header's own second line, （每生每年最高） under 补偿代偿, right under it before the first row of figures.)
  while (bodyRows.length > 1 && headRows.length < MAX_HEADER_ROWS && continuesHeader(bodyRows, label ? bands[0] : undefined) && bodyRows.some(isDataRow) && tightBelow(headRows.at(-1)!, bodyRows[0]!))
    headRows.push(bodyRows.shift()!);
  const headers = columns.map((b, k) =>
    headRows
      .flatMap((r) => r.cells.filter((c) => overlap(c, b) > 0 || spansOver(c, columns, k, r.size)))
      .map((c) => c.text)
      .filter((t, k, all) => all.indexOf(t) === k)
      .join(''),
  );
  for (const row of label ? withLabelLines(bodyRows, label) : bodyRows) {
    const cells = columns.map(() => '');
    for (const c of row.cells) {
      const k = bestBand(c, columns);
      cells[k] = cells[k] ? `${cells[k]}${c.text}` : c.text;
    }
    // Merged cells leave columns empty in the other rows: an empty cell gets no "header：" either.
    const kept = cells.map((c, k) => [headers[k]!, c] as const).filter(([, c]) => c.trim());
    out.push({
      block: {
        kind: 'table-row',
        text: tableRowText(
          kept.map(([h]) => h),
          kept.map(([, c]) => c),
        ),
      },
    });
  }
  return out;
}

type Band = { x0: number; x1: number };

/** Lines whose cells all lie left of the first column: a row-name column written apart from its row's figures. */
const isLabelLine = (l: PdfLine, first: Band) => l.cells.every((c) => c.x1 <= first.x0 - l.size * 0.5);

/** The span of a row-name column whose cells sit on lines of their own (at least two such lines). */
function labelBand(run: PdfLine[], bands: Band[]): Band | undefined {
  const lines = run.filter((l) => l.cells.length < bands.length && isLabelLine(l, bands[0]!));
  if (lines.length < 2) return undefined;
  const cells = lines.flatMap((l) => l.cells);
  return { x0: Math.min(...cells.map((c) => c.x0)), x1: Math.max(...cells.map((c) => c.x1)) };
}

/** A header line of bracketed notes only: （每生每年最高）, (万元). */
const isBracketedLine = (l: PdfLine) => l.cells.every((c) => /^[（(][^（()）]*[）)]$/.test(c.text.trim()));

/**
 * The first body line goes on with the header: a bracketed line under it, or the row-name column's header (学历层次)
 * between two header lines — never a row's name, which has its figures' line, not another header line, right under it.
 */
function continuesHeader(rows: PdfLine[], first: Band | undefined): boolean {
  const [l, next] = [rows[0]!, rows[1]];
  if (isBracketedLine(l)) return true;
  return !!first && isLabelLine(l, first) && !!next && isBracketedLine(next) && tightBelow(l, next);
}

/** The next line sits within one wrapped line's distance under this one: the same row or header written on two lines. */
const tightBelow = (upper: PdfLine, lower: PdfLine) => upper.y - lower.y > 0 && upper.y - lower.y <= lower.size * 1.8;

/**
 * Rows whose name cell is written on lines of its own ("本专科生" over the row's figures, "（含高职…）" under them):
 * each name line joins the row of figures nearest to it, in reading order.
 */
function withLabelLines(rows: PdfLine[], label: Band): PdfLine[] {
  const isName = (l: PdfLine) => l.cells.every((c) => c.x1 <= label.x1 + l.size * 0.5);
  const figures = rows.filter((l) => !isName(l));
  if (!figures.length) return rows;
  const names = new Map<PdfLine, PdfLine[]>(figures.map((l) => [l, [l]]));
  for (const l of rows.filter(isName)) {
    const nearest = figures.reduce((a, b) => (Math.abs(b.y - l.y) < Math.abs(a.y - l.y) ? b : a));
    names.get(nearest)!.push(l);
  }
  // (One name cell, its lines joined top to bottom, then the row's own cells.)
  return figures.map((row) => {
    const lines = names.get(row)!.sort((a, b) => b.y - a.y);
    const parts = lines.flatMap((l) => l.cells.filter((c) => c.x1 <= label.x1 + l.size * 0.5));
    if (!parts.length) return row;
    const name: PdfCell = { ...parts[0]!, text: parts.map((c) => c.text).join('') };
    return { ...row, cells: [name, ...row.cells.filter((c) => !parts.includes(c))] };
  });
}

/** A cell a table leaves without a value (—, -, /): a row's cell, never a header's. */
const EMPTY_CELL = /^[—–\-－/／]+$/;
/** Longest header cell (in characters) read as spanning the two columns it is centred over. */
const SPANNING_HEADER_CHARS = 6;
/** How far (in characters) a spanning header's centre may lie from the middle of its two columns. */
const CENTRED_WITHIN = 1.5;
const centre = (b: { x0: number; x1: number }) => (b.x0 + b.x1) / 2;

/**
 * A header cell centred over two columns (门诊 over 起付线 and 报销比例) lies in the gap between them, over neither:
 * it heads both columns beside that gap.
 */
function spansOver(c: PdfCell, columns: Band[], k: number, size: number): boolean {
  if (columns.some((b) => overlap(c, b) > 0)) return false;
  const left = columns.filter((b) => b.x1 <= c.x0).length - 1;
  // (Only a short cell, one or two words, centred on the middle of the two columns: a long one in a gap is a note of its
  // own, and one beside a column's numbers, 人数 over right-aligned figures, is that column's alone.)
  if (left < 0 || left + 1 >= columns.length || c.x1 - c.x0 > size * SPANNING_HEADER_CHARS) return false;
  const middle = (centre(columns[left]!) + centre(columns[left + 1]!)) / 2;
  return Math.abs(centre(c) - middle) <= size * CENTRED_WITHIN && (k === left || k === left + 1);
}

/** A row of figures: most of its cells hold digits or stand empty (校医院 | 不设 | 95% | — | —). */
const isDataRow = (l: PdfLine) => l.cells.filter((c) => /\d/.test(c.text) || EMPTY_CELL.test(c.text.trim())).length * 2 >= l.cells.length;

/** Column k spans the k-th cells of the full rows; undefined when neighbouring columns overlap. */
function columnBands(full: PdfLine[], n: number): { x0: number; x1: number }[] | undefined {
  const bands = Array.from({ length: n }, (_, k) => ({
    x0: Math.min(...full.map((l) => l.cells[k]!.x0)),
    x1: Math.max(...full.map((l) => l.cells[k]!.x1)),
  }));
  for (let k = 1; k < n; k++) if (bands[k]!.x0 < bands[k - 1]!.x1) return undefined;
  return bands;
}

const overlap = (c: PdfCell, b: { x0: number; x1: number }) => Math.min(c.x1, b.x1) - Math.max(c.x0, b.x0);

function bestBand(c: PdfCell, bands: { x0: number; x1: number }[]): number {
  let best = 0;
  let score = -Infinity;
  bands.forEach((b, k) => {
    const s = overlap(c, b);
    if (s > score) [best, score] = [k, s];
  });
  return best;
}

/** Lines that open a new block whatever the layout: a numbered heading marker or a bullet. */
const BULLET = /^[●•■◆◇□▪▫○◎√✓➢➤▶►–]\s*/;
export const opensBlock = (text: string): boolean => !!parseMarker(text) || BULLET.test(text);

/**
 * Side-by-side text: the left column, then the right, each joined into paragraphs the way the page
 * body is (a line that fills its column continues on the next one).
 */
function proseColumns(run: PdfLine[], bands: { x0: number; x1: number }[]): PageUnit[] {
  const out: PageUnit[] = [];
  bands.forEach((band, k) => {
    let text = '';
    let full = false;
    const flush = () => {
      if (text) out.push({ block: { kind: 'paragraph', text } });
      text = '';
    };
    for (const l of run) {
      for (const c of l.cells) {
        if (bestBand(c, bands) !== k) continue;
        const indented = c.x0 > band.x0 + l.size * 0.6;
        if (!full || indented || opensBlock(c.text)) flush();
        text += c.text;
        full = c.x1 >= band.x1 - l.size * 1.5;
      }
    }
    flush();
  });
  return out;
}
