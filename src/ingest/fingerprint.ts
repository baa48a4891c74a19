// A fingerprint of the code that turns files into documents (readers, title block, structure,
// chunking, and the text tools they use): an index built by other code is parsed again, not reused.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

let cached: string | undefined;

export function parserFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const dir of [import.meta.dirname, join(import.meta.dirname, '../text')]) {
    for (const f of readdirSync(dir).sort()) {
      if (!/\.(?:ts|js|mjs|json)$/.test(f)) continue;
      hash.update(f).update(readFileSync(join(dir, f)));
    }
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
