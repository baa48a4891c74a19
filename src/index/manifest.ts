// The index manifest: what an index folder holds and how it was built, validated on load.
import { z } from 'zod';
import { PeriodSchema } from '../types.js';

export const FORMAT_VERSION = 1;

export const ManifestSchema = z.object({
  formatVersion: z.number().int(),
  buildId: z.string(),
  builtAt: z.string(),
  embedder: z.object({ id: z.string(), dim: z.number().int().positive() }),
  chunking: z.object({ size: z.number().int(), overlap: z.number().int() }),
  files: z.array(
    z.object({
      file: z.string(),
      docId: z.string(),
      hash: z.string(),
      school: z.string(),
      period: PeriodSchema,
      sections: z.number().int(),
      chunks: z.number().int(),
    }),
  ),
  counts: z.object({ documents: z.number().int(), chunks: z.number().int() }),
});
export type Manifest = z.infer<typeof ManifestSchema>;
