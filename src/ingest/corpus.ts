// Lists the report files of a corpus folder (top level, no hidden files, not metadata.json and not
// the folder's own README, which describes the corpus rather than being part of it), in a stable order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { METADATA_FILE } from './metadata.js';

/** A folder's description of itself (README, README.md, readme.txt). */
export const isFolderReadme = (name: string) => /^readme(\.(md|markdown|txt))?$/i.test(name);

export async function listCorpus(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== METADATA_FILE && !isFolderReadme(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}
