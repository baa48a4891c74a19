// Reads a PDF's text layer (pdfjs-dist) into positioned lines, then into blocks via pdf-layout.ts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Block, RejectedFile } from './blocks.js';
import { type PdfLine, type PdfPage, layoutPages } from './pdf-layout.js';
import { DEFAULT_READ_LIMITS, type ReadLimits, tooMuchText } from './read-limits.js';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A run of text as pdfjs positions it: baseline origin, advance width and font size, in points. */
interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Fewer visible characters than this per page, on average, means the pages are images (a scan). */
const MIN_CHARS_PER_PAGE = 20;

/** Heap of the PDF reading worker: a PDF that needs more is rejected instead of exhausting the ingest. */
const WORKER_HEAP_MB = 1024;

export async function readPdf(buf: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Block[]> {
  const pages = await extractPages(buf, limits);
  const chars = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.text.replace(/\s/g, '').length, 0), 0);
  if (chars < Math.max(1, pages.length) * MIN_CHARS_PER_PAGE) {
    throw new RejectedFile(
      `no text layer (${pages.length} pages, ${chars} characters): the PDF looks like a scan. ` +
        'Ask for the original .docx or a text PDF, or run it through OCR (e.g. ocrmypdf -l chi_sim) first',
    );
  }
  return layoutPages(pages);
}

/** A page's text items as the worker sends them (pdfjs's TextItem, trimmed to what layout needs). */
interface RawPage {
  number: number;
  width: number;
  height: number;
  items: { str: string; transform: number[]; width: number; height: number }[];
}

type WorkerResult =
  | { type: 'pages'; pages: RawPage[] }
  | { type: 'too-many-pages'; pages: number }
  | { type: 'too-much-text'; chars: number; page: number }
  | { type: 'error'; name: string; message: string };

/** Reads the PDF in a worker thread with a deadline and a heap cap; rejects what it cannot read. */
function readInWorker(buf: Buffer, limits: ReadLimits): Promise<RawPage[]> {
  return new Promise((resolve, reject) => {
    const data = new Uint8Array(buf);
    const worker = new Worker(new URL('./read-pdf-worker.mjs', import.meta.url), {
      workerData: {
        data,
        cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
        standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
        maxPages: limits.maxPdfPages,
        maxChars: limits.maxDocChars,
      },
      transferList: [data.buffer],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new RejectedFile(`still not read after ${limits.maxReadSeconds} s (MAX_READ_SECONDS): the PDF is probably damaged; re-save or re-export it as PDF`),
          ),
        ),
      limits.maxReadSeconds * 1000,
    );
    worker.once('message', (m: WorkerResult) =>
      settle(() => {
        if (m.type === 'pages') resolve(m.pages);
        else if (m.type === 'too-many-pages')
          reject(new RejectedFile(`${m.pages} pages, over the ${limits.maxPdfPages} page limit (MAX_PDF_PAGES): split the PDF`));
        else if (m.type === 'too-much-text') reject(new RejectedFile(tooMuchText(m.chars, limits, `in the first ${m.page} pages`)));
        else reject(rejection(Object.assign(new Error(m.message), { name: m.name })));
      }),
    );
    worker.once('error', (err) =>
      settle(() =>
        reject(
          (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new RejectedFile(`needs more than ${WORKER_HEAP_MB} MB of memory to read: the PDF is probably damaged; re-save or re-export it`)
            : rejection(err),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new RejectedFile(`unreadable PDF (the reader stopped with code ${code}): re-save or re-export it as PDF`))),
    );
  });
}

/** Opens the PDF and returns every page's text lines; encrypted and corrupt files are rejected. */
async function extractPages(buf: Buffer, limits: ReadLimits): Promise<PdfPage[]> {
  const pages = await readInWorker(buf, limits);
  return pages.map((p) => {
    const items: Item[] = [];
    for (const it of p.items) {
      const [a, b, , d, e, f] = it.transform;
      // Rotated text (watermarks, vertical axis labels) is not part of the reading flow.
      if (Math.abs(b!) > 0.01 * Math.abs(a!)) continue;
      items.push({ text: it.str, x: e!, y: f!, width: it.width, size: Math.abs(d!) || Math.abs(a!) || it.height });
    }
    return { number: p.number, width: p.width, height: p.height, lines: toLines(items) };
  });
}

function rejection(err: Error): RejectedFile {
  if (err instanceof RejectedFile) return err;
  if (err.name === 'PasswordException') {
    return new RejectedFile('encrypted PDF (a password is needed to open it): publish or save it without a password');
  }
  const what = err.name === 'InvalidPDFException' ? 'not a valid PDF' : 'unreadable PDF';
  return new RejectedFile(`${what} (${err.message.split('\n')[0]}): re-save or re-export it as PDF`);
}

/** Items on one baseline (within a third of the font size) form a line, read left to right. */
function toLines(items: Item[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs(g[0]!.y - it.y) <= Math.max(g[0]!.size, it.size) * 0.35) g.push(it);
    else groups.push([it]);
  }
  return groups.map(lineOf);
}

/** A footnote mark: a number (or ①, *, [3]) set small and raised after text, "高校¹¹864人". */
const NOTE_MARK = /^\s*(?:\d{1,3}|\[\d{1,3}\]|[①-⑳*※†‡])\s*$/;
/** What a footnote mark follows: Chinese text or its closing punctuation (not a Latin letter or a digit). */
const AFTER_TEXT = /[\u4e00-\u9fff”’）》」』】]/;
/** A mark's size is at most this share of the line's, and its baseline at least this share of it above the line's. */
const NOTE_SIZE = 0.8;
const NOTE_RAISE = 0.15;

/**
 * A line's items without footnote marks: small, raised numbers right after Chinese text or its closing punctuation
 * would otherwise run into the figure after them (升入“双一流”建设高校 ¹¹ 864人 read as 11864人). One raised digit after
 * a Latin letter or a digit is a power (56万m², 10⁴) and stays. A footnote line set small keeps its number: nothing on
 * it is larger, so nothing is raised above it.
 */
function withoutNoteMarks(items: Item[], size: number): Item[] {
  const baseline = Math.min(...items.filter((i) => i.size > size * NOTE_SIZE).map((i) => i.y));
  return items.filter((it, k) => {
    const mark = NOTE_MARK.test(it.text) && it.size <= size * NOTE_SIZE && it.y >= baseline + size * NOTE_RAISE;
    // (At the start of a line, wrapped there with the text after it, it follows the line before.)
    const before = items.slice(0, k).findLast((i) => i.text.trim())?.text.trimEnd().at(-1);
    // (After a Latin letter or a digit, one digit 2–9 is a power, m² or 10⁴; a longer number is a mark, “QS¹⁵前200名”.)
    const power = before !== undefined && /[A-Za-z0-9]/.test(before) && /^\s*[2-9]\s*$/.test(it.text);
    return !(mark && !power && (before === undefined || AFTER_TEXT.test(before) || /[A-Za-z0-9]/.test(before)));
  });
}

/** Characters that take no space around them when runs are joined (CJK text and punctuation). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…—·]/;

/**
 * Joins a baseline's items: a gap wider than GAP_EM font sizes splits the line into cells (table
 * columns, side-by-side text); a narrower visible gap between Latin letters or digits is a space;
 * spaces that Word inserts between Chinese and Latin text are dropped.
 */
const GAP_EM = 1.6;
/** A narrower gap that still splits cells after a figure (a number right-aligned against the next column). */
const FIGURE_GAP_EM = 0.6;
/** "校 园 招 聘 数 据": justified or letter-spaced Chinese, one character between spaces. */
const LETTER_SPACED = /(?:[\u4e00-\u9fff] ){3,}[\u4e00-\u9fff]/g;
function lineOf(all: Item[]): PdfLine {
  all.sort((p, q) => p.x - q.x);
  const size = Math.max(...all.map((i) => i.size));
  const items = withoutNoteMarks(all, size);
  const cells: PdfLine['cells'] = [];
  let prev: Item | undefined;
  for (const it of items) {
    const text = it.text.replace(/\s+/g, ' ');
    const cell = cells.at(-1);
    const gap = prev ? it.x - (prev.x + prev.width) : Infinity;
    // (A figure then words after a visible gap, "112,580.40  一、教育支出", is a ruled table's two cells: figures
    // end a cell; in running text a figure's unit or next word follows within a space's width.)
    const figureThenWords = !!cell && /^[-+]?\d[\d,]*(?:\.\d+)?%?$/.test(cell.text.trim()) && /^\s*[\u4e00-\u9fff]/.test(text) && gap > size * FIGURE_GAP_EM;
    if (!cell || gap > size * GAP_EM || figureThenWords) {
      cells.push({ x0: it.x, x1: it.x + it.width, text: text.trim() });
    } else {
      const left = cell.text.at(-1) ?? '';
      const right = text.trimStart()[0] ?? '';
      const space = gap > size * 0.2 && !CJK.test(left) && !CJK.test(right) && left !== ' ';
      cell.text = (space ? `${cell.text} ` : cell.text) + (CJK.test(left) || CJK.test(right) ? text.trim() : text);
      cell.text = cell.text.replace(/ +/g, ' ');
      cell.x1 = Math.max(cell.x1, it.x + it.width);
    }
    prev = it;
  }
  for (const c of cells) c.text = c.text.trim().replace(LETTER_SPACED, (m) => m.replace(/ /g, ''));
  return {
    y: items[0]!.y,
    size,
    x0: cells[0]!.x0,
    x1: cells.at(-1)!.x1,
    cells,
    text: cells.map((c) => c.text).join(' '),
  };
}
