// Evaluation suites (eval/suites.json): a corpus folder and its question files, with its own index.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const SuitesSchema = z.object({
  today: z.iso.date(),
  suites: z.array(
    z
      .object({
        name: z.string().regex(/^[\w-]+$/),
        corpus: z.string(),
        files: z.array(z.string()),
        locked: z.array(z.string()).default([]),
      })
      // A locked half is scored once, with --locked: listed among the files too, every dev run would score it.
      .refine((s) => !s.locked.some((f) => s.files.includes(f)), { message: 'a locked file is also among the files a dev run scores: list it under locked only', path: ['files'] }),
  ),
});
export type Suites = z.infer<typeof SuitesSchema>;

export function readSuites(root: string): Suites {
  const file = join(root, 'eval/suites.json');
  const r = SuitesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: ${z.prettifyError(r.error)}`);
  return r.data;
}

/** A suite whose corpus folder is missing (../shared not mounted) is skipped, not failed. */
export const available = (root: string, corpus: string) => existsSync(join(root, corpus));
