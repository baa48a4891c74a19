// Picks a reader by extension and rejects unusable files with a one-line reason; every reader works
// within the limits of read-limits.ts, and its text is cleaned of invisible characters.
import { extname } from 'node:path';
import { type Block, RejectedFile } from './blocks.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { DEFAULT_READ_LIMITS, type ReadLimits, megabytes, tooMuchText } from './read-limits.js';
import { readPdf } from './read-pdf.js';
import { readText } from './read-text.js';
import { withTableUnits } from './table-units.js';

export const SUPPORTED_EXTENSIONS = ['.docx', '.pdf', '.html', '.htm', '.txt', '.md'] as const;

type Reader = (buf: Buffer, limits: ReadLimits) => Block[] | Promise<Block[]>;

const READERS: Record<(typeof SUPPORTED_EXTENSIONS)[number], Reader> = {
  '.docx': readDocx,
  '.pdf': readPdf,
  '.html': readHtml,
  '.htm': readHtml,
  '.txt': (buf) => readText(buf, false),
  '.md': (buf) => readText(buf, true),
};

/**
 * Characters that carry no text: C0/C1 controls other than tab and line breaks (NUL and friends from
 * broken exports), zero-width spaces and joiners, the BOM, and bidirectional overrides and isolates
 * (which can make text display differently from what is searched and quoted).
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Accepts the limits, or (as older callers pass) only the byte limit. */
function limitsOf(limits: ReadLimits | number): ReadLimits {
  return typeof limits === 'number' ? { ...DEFAULT_READ_LIMITS, maxFileBytes: limits } : limits;
}

export async function readBlocks(file: string, buf: Buffer, limitsOrMaxBytes: ReadLimits | number): Promise<Block[]> {
  const limits = limitsOf(limitsOrMaxBytes);
  const ext = extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new RejectedFile(`unsupported extension "${ext || '(none)'}": use ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  if (buf.length === 0) throw new RejectedFile('empty file');
  if (buf.length > limits.maxFileBytes) {
    throw new RejectedFile(`${megabytes(buf.length)} is over the ${megabytes(limits.maxFileBytes)} limit (MAX_FILE_MB)`);
  }
  let blocks: Block[];
  try {
    blocks = await READERS[ext as (typeof SUPPORTED_EXTENSIONS)[number]](buf, limits);
  } catch (err) {
    // Recursion in a parser run out of stack: the file nests deeper than any real report.
    if (err instanceof RangeError && /call stack/i.test(err.message)) throw new RejectedFile('nested too deeply to read (the parser ran out of stack)');
    throw err;
  }
  let chars = 0;
  for (const b of blocks) {
    b.text = cleanText(b.text);
    chars += b.text.length;
  }
  if (chars > limits.maxDocChars) throw new RejectedFile(tooMuchText(chars, limits));
  if (!blocks.some((b) => b.text.trim().length > 0)) throw new RejectedFile('no text in the file');
  return withTableUnits(blocks);
}
