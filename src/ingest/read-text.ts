// Reads .txt and .md files in any common encoding into blocks.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { type Block, RejectedFile, tableRowText } from './blocks.js';
import { plainTextBlocks } from './text-tables.js';

/** Decodes bytes: BOMs first, then a UTF-16 shape check, then UTF-8 if valid, else chardet's guess. */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return iconv.decode(buf, utf16);
  if (looksBinary(buf)) throw new RejectedFile('binary content, not text: save the report as .txt (UTF-8) or .docx');
  const asUtf8 = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (!asUtf8.includes('\ufffd')) return asUtf8;
  const guess = chardet.detect(buf) ?? 'GB18030';
  // GBK and GB2312 are subsets of GB18030: decode with the superset so no character is lost.
  const encoding = /^(gb|euc-cn|gbk|gb2312)/i.test(guess) ? 'GB18030' : guess;
  if (!iconv.encodingExists(encoding)) {
    throw new RejectedFile(`unsupported text encoding ${guess}: save the file as UTF-8`);
  }
  return iconv.decode(buf, encoding);
}

/**
 * UTF-16 without a BOM: GBK and UTF-8 text never holds NUL bytes, UTF-16 nearly always does (ASCII
 * digits and line breaks, 一 = U+4E00). Decode both byte orders and keep the one that reads as text.
 */
function utf16WithoutBom(buf: Buffer): 'utf16le' | 'utf16be' | undefined {
  const sample = buf.subarray(0, Math.min(buf.length - (buf.length % 2), 8192));
  if (sample.length < 4 || !sample.includes(0)) return undefined;
  const readable = (s: string) => (s.match(/[\u3000-\u9fff\uff00-\uffef\x20-\x7e\s]/g)?.length ?? 0) / Math.max(s.length, 1);
  const le = readable(iconv.decode(sample, 'utf16le'));
  const be = readable(iconv.decode(sample, 'utf16be'));
  if (Math.max(le, be) < 0.9) return undefined;
  return le >= be ? 'utf16le' : 'utf16be';
}

/** Binary: NUL bytes or many control characters in the first 8 KB. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.02;
}

/** Markdown's inline marks are no text: **bold**, __bold__, `code`, [text](link) → text. */
function inline(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

/** Plain text: one block per line, pipe tables as rows. Markdown adds # headings and list markers. */
export function readText(buf: Buffer, markdown: boolean): Block[] {
  const lines = decodeText(buf).split(/\r\n|\r|\n|\u2028|\u2029/);
  if (!markdown) return plainTextBlocks(lines);
  const blocks: Block[] = [];
  let tableHeader: string[] | undefined;
  // A document that marks its headings with # writes "1. …" lines as what Markdown makes them: items of a list.
  const headed = lines.some((l) => /^\s*#{1,6}\s+\S/.test(l));
  for (const line of lines) {
    // A quote's marker (> 温馨提示) is no text; a rule (---, ***) is no text at all.
    const trimmed = line.trim().replace(/^(?:>\s?)+/, '');
    if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) continue;
    const pipe = /^\|(.*)\|$/.exec(trimmed);
    if (pipe) {
      const cells = pipe[1]!.split('|').map((c) => inline(c.trim()));
      if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue;
      if (!tableHeader) tableHeader = cells;
      else blocks.push({ kind: 'table-row', text: tableRowText(tableHeader, cells) });
      continue;
    }
    tableHeader = undefined;
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: inline(heading[2]!) });
    else if (/^[-*+]\s+/.test(trimmed)) blocks.push({ kind: 'list-item', text: inline(trimmed.replace(/^[-*+]\s+/, '')) });
    else if (headed && /^\d{1,2}\.\s+\S/.test(trimmed)) blocks.push({ kind: 'list-item', text: inline(trimmed) });
    else blocks.push({ kind: 'paragraph', text: inline(trimmed) });
  }
  return blocks;
}
