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
import { findTitleBlock } from './title.js';

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

export async function parseReport(
  file: string,
  buf: Buffer,
  opts: ChunkOptions & { maxBytes: number; limits?: ReadLimits; metadata?: MetadataEntry },
): Promise<Parsed> {
  const blocks = await readBlocks(file, buf, opts.limits ?? opts.maxBytes);
  const { text, lines } = toLines(blocks);
  const hash = hashOf(buf);
  const stem = basename(file, extname(file));
  const tb = applyMetadata(findTitleBlock(lines, stem), opts.metadata);
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
