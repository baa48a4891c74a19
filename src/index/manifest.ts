// The index manifest: what an index folder holds and how it was built, validated on load.
import { z } from 'zod';
import { DocumentKindSchema, PeriodSchema } from '../types.js';

/** 2: documents carry kind, aliases and provenance; files their metadata entry. */
export const FORMAT_VERSION = 2;

export const ManifestSchema = z.object({
  formatVersion: z.number().int(),
  buildId: z.string(),
  builtAt: z.string(),
  embedder: z.object({ id: z.string(), dim: z.number().int().positive() }),
  chunking: z.object({ size: z.number().int(), overlap: z.number().int() }),
  /** Fingerprint of the reading code: files parsed by other code are parsed again, not reused. */
  parser: z.union([z.string(), z.number()]).default('').transform(String),
  files: z.array(
    z.object({
      file: z.string(),
      docId: z.string(),
      hash: z.string(),
      school: z.string(),
      kind: DocumentKindSchema,
      period: PeriodSchema,
      metadata: z.unknown().optional(),
      sections: z.number().int(),
      chunks: z.number().int(),
    }),
  ),
  counts: z.object({ documents: z.number().int(), chunks: z.number().int() }),
  /** sha256 of every other file of the index, written last: a damaged or half-written file is caught on load. */
  checksums: z.record(z.string(), z.string()).optional(),
  /**
   * The figures index (figures.json): its extraction version and size. An index without it, or
   * with another version, has its figures read again from the documents when loaded.
   */
  figures: z.object({ version: z.number().int(), records: z.number().int() }).optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;
