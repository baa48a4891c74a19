// Turns a PDF's positioned lines into blocks: drops page furniture, joins wrapped lines into
// paragraphs, keeps headings, and reads tables row by row where the columns line up.
import type { Block } from './blocks.js';
import { readColumns } from './pdf-columns.js';
import { opensBlock, readTable } from './pdf-table.js';

export interface PdfCell {
  x0: number;
  x1: number;
  text: string;
}

/** One baseline of text, split into cells at wide gaps; y is the baseline, up from the page bottom. */
export interface PdfLine {
  y: number;
  size: number;
  x0: number;
  x1: number;
  cells: PdfCell[];
  text: string;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /** Top to bottom. */
  lines: PdfLine[];
}

/** Page numbers as printed: 3, - 3 -, — 3 —, 第 3 页 共 9 页, 3/9, Page 3 of 9, iv. */
const PAGE_NUMBER = [
  /^[-—–－~～·•\s]*\d{1,4}[-—–－~～·•\s]*$/,
  /^第\s*\d+\s*页\s*[,，/、]?\s*(共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页\s*[,，/、]?\s*第\s*\d+\s*页$/,
  /^\d+\s*[/／]\s*\d+$/,
  /^page\s*\d+(\s*of\s*\d+)?$/i,
  /^[ivxlc]{1,6}$/i,
];
/** A table-of-contents entry: leader dots then a page number. */
const TOC_ENTRY = /(?:[.．·…。]\s*){4,}\s*\d{1,4}$/;
/** Lines at the top and bottom of a page checked for running headers, footers and page numbers. */
const EDGE_LINES = 3;
/** A header/footer repeats, at the same height, on at least this share of pages (and on two). */
const RUNNING_SHARE = 0.3;

export function layoutPages(pages: PdfPage[]): Block[] {
  const read = dropFurniture(pages).map((p) => {
    const columns = readColumns({ ...p, lines: dropAxisTicks(p.lines).map(mergeLetterSpaced) });
    return { page: { ...p, lines: columns.lines }, columns: columns.edges };
  });
  const cleaned = read.map((r) => r.page);
  const bodySize = dominantSize(cleaned);
  // (The page's margins are read from lines across it; a column's lines have the column's own.)
  const edges = textEdges(
    read.map((r) => ({ ...r.page, lines: r.page.lines.filter((l) => !r.columns.has(l)) })),
    bodySize,
  );
  const units: Unit[] = [];
  for (const { page, columns } of read) {
    const edge = edges[page.number % 2]!;
    for (const u of readTable(page.lines, bodySize)) {
      if ('block' in u) units.push(u);
      else {
        const column = columns.get(u.line);
        units.push({ line: u.line, edge: column ? { ...column, pitch: edge.pitch } : edge, page: page.number });
      }
    }
  }
  return joinParagraphs(units, bodySize);
}

/** Removes page numbers, running headers/footers and table-of-contents lines. */
function dropFurniture(pages: PdfPage[]): PdfPage[] {
  const edgeIdx = (p: PdfPage) => p.lines.map((_, i) => i).filter((i) => i < EDGE_LINES || i >= p.lines.length - EDGE_LINES);
  const key = (l: PdfLine) => `${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(l.y / 2)}`;
  const seen = new Map<string, Set<number>>();
  for (const p of pages) for (const i of edgeIdx(p)) (seen.get(key(p.lines[i]!)) ?? seen.set(key(p.lines[i]!), new Set()).get(key(p.lines[i]!))!).add(p.number);
  const minPages = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  return pages.map((p) => {
    const edge = new Set(edgeIdx(p));
    const lines = p.lines.filter((l, i) => {
      if (TOC_ENTRY.test(l.text)) return false;
      if (!edge.has(i)) return true;
      if (PAGE_NUMBER.some((re) => re.test(l.text.trim()))) return false;
      return (seen.get(key(l))?.size ?? 0) < minPages;
    });
    return { ...p, lines };
  });
}

/** Only figures: "800", "40%", "400 20%". */
const FIGURES_ONLY = /^[\d.,%\s]+$/;
/** A chart's axis (three or more stacked lines of bare figures) carries no sentence: drop it. */
function dropAxisTicks(lines: PdfLine[]): PdfLine[] {
  const keep = lines.map(() => true);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && FIGURES_ONLY.test(lines[j]!.text)) j++;
    if (j - i >= 3) keep.fill(false, i, j);
    i = Math.max(j, i + 1);
  }
  return lines.filter((_, i) => keep[i]);
}

/** "学  校  简  介": a designed title set with wide letter-spacing reads as one word. */
function mergeLetterSpaced(line: PdfLine): PdfLine {
  if (line.cells.length < 3 || !line.cells.every((c) => [...c.text].length === 1)) return line;
  const text = line.cells.map((c) => c.text).join('');
  return { ...line, text, cells: [{ x0: line.x0, x1: line.x1, text }] };
}

/** The body text size: the font size that sets the most characters of running text (not tables). */
function dominantSize(pages: PdfPage[]): number {
  const chars = new Map<number, number>();
  for (const p of pages) for (const l of p.lines) if (l.cells.length === 1) chars.set(round(l.size), (chars.get(round(l.size)) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
const round = (n: number) => Math.round(n * 2) / 2;
const isBody = (l: PdfLine, bodySize: number) => Math.abs(l.size - bodySize) < bodySize * 0.1;

interface Edge {
  left: number;
  right: number;
  pitch: number;
}

/**
 * Left and right edges of the text block and the line pitch, for odd and even pages (designed
 * reports mirror their margins): the most common start of body lines, the 90th percentile of
 * their ends, the median distance between consecutive body lines.
 */
function textEdges(pages: PdfPage[], bodySize: number): [Edge, Edge] {
  const edgeFor = (parity: number): Edge => {
    const starts = new Map<number, number>();
    const ends: number[] = [];
    const pitches: number[] = [];
    for (const p of pages.filter((pg) => pg.number % 2 === parity || pages.length === 1)) {
      const body = p.lines.filter((l) => isBody(l, bodySize) && l.cells.length === 1);
      body.forEach((l, i) => {
        starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
        ends.push(l.x1);
        const dy = i > 0 ? body[i - 1]!.y - l.y : 0;
        if (dy > 0 && dy < bodySize * 3) pitches.push(dy);
      });
    }
    if (ends.length === 0) return { left: 0, right: Infinity, pitch: bodySize * 1.5 };
    ends.sort((a, b) => a - b);
    pitches.sort((a, b) => a - b);
    const left = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    return { left, right: ends[Math.floor(ends.length * 0.9)]!, pitch: pitches[Math.floor(pitches.length / 2)] ?? bodySize * 1.5 };
  };
  const even = edgeFor(0);
  const odd = edgeFor(1);
  return [even.right === Infinity ? odd : even, odd.right === Infinity ? even : odd];
}

type Unit = { block: Block } | { line: PdfLine; edge: Edge; page: number };

/**
 * Chinese text wraps mid-sentence, so lines are joined until something starts a new paragraph:
 * a first-line indent, a short previous line, a numbered heading marker or a bullet at the start,
 * a change of font size, or a wider gap than the line pitch.
 */
function joinParagraphs(units: Unit[], bodySize: number): Block[] {
  const blocks: Block[] = [];
  let open: { lines: PdfLine[]; last: PdfLine; edge: Edge; page: number } | undefined;
  const close = () => {
    if (!open) return;
    const text = open.lines.reduce((acc, l) => joinText(acc, l.text), '');
    const size = open.lines[0]!.size;
    const heading = size > bodySize * 1.12 && text.length <= 60;
    blocks.push(heading ? { kind: 'heading', level: headingLevel(size, bodySize), text } : { kind: 'paragraph', text });
    open = undefined;
  };
  for (const u of units) {
    if ('block' in u) {
      close();
      blocks.push(u.block);
      continue;
    }
    const { line, edge, page } = u;
    if (open && continues(open, line, edge, page)) {
      open.lines.push(line);
      open.last = line;
      open.edge = edge;
      open.page = page;
      continue;
    }
    close();
    open = { lines: [line], last: line, edge, page };
  }
  close();
  return blocks;
}

function continues(open: { last: PdfLine; edge: Edge; page: number }, line: PdfLine, edge: Edge, page: number): boolean {
  const prev = open.last;
  const size = line.size;
  if (Math.abs(prev.size - size) > size * 0.1) return false;
  // The previous line ended short: the next line's first word would have fitted after it. Word
  // never splits a run of Latin letters or digits, so "…访客数" may end early before "492218人次".
  const word = /^[A-Za-z0-9.,%/-]+/.exec(line.text)?.[0];
  const need = word ? word.length * size * 0.55 : size;
  if (prev.x1 + need < open.edge.right - size * 0.5 && !brokenMidClause(prev, line, open.edge)) return false;
  if (line.x0 > edge.left + size * 0.6) return false; // indented (or centred)
  if (opensBlock(line.text)) return false;
  if (page === open.page && prev.y - line.y > open.edge.pitch * 1.6) return false;
  if (page > open.page + 1) return false;
  return true;
}

/**
 * A line broken by hand before the margin in the middle of a clause: it ends on a comma or an enumeration
 * mark, on a label's colon before a value (电子邮箱：/ xxgk@…), or on a character of a long line that opens no
 * block (…1件因属于学校 / 内部管理信息。). A title or heading line is short or opens a block, and stays apart.
 */
function brokenMidClause(prev: PdfLine, next: PdfLine, edge: Edge): boolean {
  const span = edge.right - edge.left;
  if (!Number.isFinite(span) || span <= 0) return false;
  const filled = (prev.x1 - edge.left) / span;
  if (/[，、,]$/.test(prev.text)) return filled >= HAND_BREAK_FILL.comma;
  if (/[：:]$/.test(prev.text)) return filled >= HAND_BREAK_FILL.comma && /^[A-Za-z0-9]/.test(next.text);
  // (A number kept whole before the margin, its unit wrapped: 贷款学生1068 / 人，…)
  if (/\d$/.test(prev.text) && NUMBER_UNIT_START.test(next.text)) return filled >= HAND_BREAK_FILL.character && !opensBlock(prev.text);
  return /[\u4e00-\u9fa5]$/.test(prev.text) && filled >= HAND_BREAK_FILL.character && !opensBlock(prev.text);
}

/** A unit or counter opening a line, which a number at the end of the line before takes. */
// (The unit then punctuation, 人，: 人事处, 年度 or 家庭 open words of their own.)
const NUMBER_UNIT_START = /^[人元名个次项%％万亿年月日天所家篇条份台件场届级][，,。；;、）)]/;

/** How much of the text block's width a hand-broken line fills: after a comma, and after a bare character. */
const HAND_BREAK_FILL = { comma: 0.5, character: 0.75 };

/** Wrapped Latin words were separated by the line break; Chinese lines join directly. */
function joinText(acc: string, next: string): string {
  if (!acc) return next;
  return /[A-Za-z0-9,;:]$/.test(acc) && /^[A-Za-z0-9(]/.test(next) ? `${acc} ${next}` : acc + next;
}

/** Larger type, higher level: twice the body size and up is 1, then 2, else 3. */
function headingLevel(size: number, bodySize: number): number {
  const r = size / bodySize;
  return r >= 2 ? 1 : r >= 1.4 ? 2 : 3;
}
