// Picks a reader by extension and rejects unusable files with a one-line reason.
import { extname } from 'node:path';
import { type Block, RejectedFile } from './blocks.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { readText } from './read-text.js';

export const SUPPORTED_EXTENSIONS = ['.docx', '.pdf', '.html', '.htm', '.txt', '.md'] as const;

const READERS: Record<(typeof SUPPORTED_EXTENSIONS)[number], (buf: Buffer) => Block[] | Promise<Block[]>> = {
  '.docx': readDocx,
  '.pdf': readPdf,
  '.html': readHtml,
  '.htm': readHtml,
  '.txt': (buf) => readText(buf, false),
  '.md': (buf) => readText(buf, true),
};

export async function readBlocks(file: string, buf: Buffer, maxBytes: number): Promise<Block[]> {
  const ext = extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new RejectedFile(`unsupported extension "${ext || '(none)'}": use ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  if (buf.length === 0) throw new RejectedFile('empty file');
  if (buf.length > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new RejectedFile(`${mb(buf.length)} MB is over the ${mb(maxBytes)} MB limit (MAX_FILE_MB)`);
  }
  const blocks = await READERS[ext as (typeof SUPPORTED_EXTENSIONS)[number]](buf);
  if (!blocks.some((b) => b.text.trim().length > 0)) throw new RejectedFile('no text in the file');
  return blocks;
}
