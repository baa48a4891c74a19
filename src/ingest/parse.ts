// One file's bytes to a structured ReportDocument plus its chunks.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Chunk, ReportDocument } from '../types.js';
import { type ChunkOptions, chunkDocument } from './chunk.js';
import { toLines } from './lines.js';
import { type MetadataEntry, applyMetadata } from './metadata.js';
import { readBlocks } from './read.js';
import type { ReadLimits } from './read-limits.js';
import { recoverSections } from './structure.js';
import { type TitleBlock, findTitleBlock } from './title.js';
import type { Line } from './lines.js';
import { foldChars } from '../text/normalize.js';

export const hashOf = (buf: Buffer): string => createHash('sha256').update(buf).digest('hex');

/** A URL-safe id from the file name, or from the content hash when the name is not ASCII. */
export function docIdFor(file: string, hash: string): string {
  const stem = basename(file, extname(file));
  return /^[\w.-]{1,80}$/.test(stem) ? stem : `doc-${hash.slice(0, 12)}`;
}

export interface Parsed {
  doc: ReportDocument;
  chunks: Chunk[];
}

/**
 * The title block, read in folded text (full-width digits and traditional characters: 澄江中醫藥大學 /
 * ２０２４年度資訊公開工作報告 read as 澄江中医药大学 / 2024年度…): the institution is kept in the
 * form people type, and the name as printed stays one of its aliases.
 */
function titleBlockOf(text: string, lines: Line[], stem: string): TitleBlock {
  const folded = lines.map((l) => ({ ...l, text: foldChars(l.text) }));
  if (folded.every((l, i) => l.text === lines[i]!.text)) return findTitleBlock(lines, stem);
  const tb = findTitleBlock(folded, stem);
  // Folding keeps offsets: a folded string found in the folded text is printed at the same place.
  const foldedText = foldChars(text);
  const printed = (s: string) => {
    const at = foldedText.indexOf(s);
    return at >= 0 ? text.slice(at, at + s.length) : s;
  };
  // Only width differs (２０２４, （）): the printed form. Script differs (醫藥): the simplified form
  // people type, with the printed name as an alias.
  const widthOnly = (s: string) => printed(s).normalize('NFKC') === s;
  const name = (s: string) => (widthOnly(s) ? printed(s) : s);
  const school = name(tb.school);
  const aliases = [...tb.aliases.map(name), ...(school === printed(tb.school) ? [] : [printed(tb.school)])];
  return { ...tb, school, aliases, title: printed(tb.title) };
}

export async function parseReport(
  file: string,
  buf: Buffer,
  opts: ChunkOptions & { maxBytes: number; limits?: ReadLimits; metadata?: MetadataEntry },
): Promise<Parsed> {
  const blocks = await readBlocks(file, buf, opts.limits ?? opts.maxBytes);
  const { text, lines } = toLines(blocks);
  const hash = hashOf(buf);
  const stem = basename(file, extname(file));
  const tb = applyMetadata(titleBlockOf(text, lines, stem), opts.metadata);
  const sections = recoverSections(lines, tb.bodyStart);
  const warnings = [...tb.warnings];
  if (sections.length === 0) warnings.push('no headings recognised; the report is indexed as one section');
  const doc: ReportDocument = {
    docId: docIdFor(file, hash),
    file,
    hash,
    school: tb.school,
    aliases: tb.aliases,
    title: tb.title,
    kind: tb.kind,
    period: tb.period,
    ...(opts.metadata?.url ? { url: opts.metadata.url } : {}),
    ...(tb.published ? { published: tb.published } : {}),
    provenance: tb.provenance,
    window: tb.window,
    text,
    sections,
    warnings,
  };
  const bodyStart = lines[tb.bodyStart]?.start ?? text.length;
  return { doc, chunks: chunkDocument(doc, bodyStart, opts) };
}
