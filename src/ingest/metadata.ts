// Per-file metadata an administrator sets when a title block is odd: corpus/metadata.json maps a
// file name to {institution, aliases, period, title, kind, url}; set fields win over the title block.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentKindSchema } from '../types.js';
import { RejectedFile } from './blocks.js';
import { periodOf } from './period.js';
import type { TitleBlock } from './title.js';

export const METADATA_FILE = 'metadata.json';

export const MetadataEntrySchema = z
  .object({
    institution: z.string().trim().min(2).max(60),
    aliases: z.array(z.string().trim().min(2).max(40)).max(50),
    period: z
      .string()
      .trim()
      .refine((p) => periodOf(p) !== undefined, { message: 'expected a period such as "2023年", "2022-2023学年" or "2023届"' }),
    title: z.string().trim().min(1).max(200),
    kind: DocumentKindSchema,
    url: z.url(),
  })
  .partial()
  .strict();
export type MetadataEntry = z.infer<typeof MetadataEntrySchema>;

/** Per file: its valid entry, or the reason its entry is invalid (the file is then rejected). */
export type Metadata = Map<string, MetadataEntry | { error: string }>;

/**
 * Reads the corpus folder's metadata.json (none: empty). Invalid JSON fails the whole ingest, since
 * it may hold any file's institution; an invalid entry only rejects its own file.
 */
export async function readMetadata(corpusDir: string): Promise<Metadata> {
  const path = join(corpusDir, METADATA_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${path}: not valid JSON (${(err as Error).message}); fix it or remove it`);
  }
  const top = z.record(z.string(), z.unknown()).safeParse(json);
  if (!top.success) throw new Error(`${path}: expected an object of file name → {institution, aliases, period, title, kind, url}`);
  const out: Metadata = new Map();
  for (const [file, entry] of Object.entries(top.data)) {
    if (file.startsWith('_')) continue;
    const r = MetadataEntrySchema.safeParse(entry);
    out.set(file, r.success ? r.data : { error: `${METADATA_FILE} › ${file}: ${z.prettifyError(r.error).replace(/\n/g, ' ')}` });
  }
  return out;
}

/** The entry for a file; throws RejectedFile when its entry is invalid. */
export function entryFor(meta: Metadata, file: string): MetadataEntry | undefined {
  const e = meta.get(file);
  if (e && 'error' in e) throw new RejectedFile(e.error as string);
  return e as MetadataEntry | undefined;
}

/** The title block with every field the metadata sets replaced (and marked as from metadata). */
export function applyMetadata(tb: TitleBlock, m: MetadataEntry | undefined): TitleBlock {
  if (!m) return tb;
  const out = { ...tb, provenance: { ...tb.provenance }, warnings: [...tb.warnings] };
  if (m.institution) {
    out.school = m.institution;
    out.provenance.institution = 'metadata';
    out.warnings = out.warnings.filter((w) => !/institution/.test(w));
  }
  if (m.aliases) out.aliases = [...new Set([...m.aliases, ...tb.aliases])].filter((a) => a !== out.school);
  if (m.period) {
    out.period = periodOf(m.period)!;
    out.provenance.period = 'metadata';
    out.warnings = out.warnings.filter((w) => !/period/.test(w));
  }
  if (m.title) [out.title, out.provenance.title] = [m.title, 'metadata'];
  if (m.kind) out.kind = m.kind;
  return out;
}
