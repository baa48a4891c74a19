// Lists the report files of a corpus folder (top level, no hidden files, not metadata.json), in a stable order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { METADATA_FILE } from './metadata.js';

export async function listCorpus(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== METADATA_FILE)
    .map((e) => join(dir, e.name))
    .sort();
}
