// Lists the report files of a corpus folder (top level, no hidden files, not metadata.json and not
// the folder's own README, which describes the corpus rather than being part of it), in a stable
// order, and vets each entry before it is read: symbolic links that leave the folder, special files
// (a FIFO would block the read forever) and files over the size limit are rejected, not opened.
import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute, resolve } from 'node:path';
import { RejectedFile } from './blocks.js';
import { METADATA_FILE } from './metadata.js';
import { megabytes } from './read-limits.js';

/** A folder's description of itself (README, README.md, readme.txt). */
export const isFolderReadme = (name: string) => /^readme(\.(md|markdown|txt))?$/i.test(name);

/** Every entry but folders, hidden files, metadata.json and the README: links and special files are listed so they can be reported. */
export async function listCorpus(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory() && !e.name.startsWith('.') && e.name !== METADATA_FILE && !isFolderReadme(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * Throws RejectedFile unless `path` is a regular file no larger than `maxBytes`, directly or through a
 * symbolic link that stays inside the corpus folder.
 */
export async function vetCorpusEntry(path: string, corpusDir: string, maxBytes: number): Promise<void> {
  const own = await lstat(path);
  if (own.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new RejectedFile(
        code === 'ELOOP' ? 'symbolic link loop: replace the link with the file itself' : 'broken symbolic link: its target does not exist',
      );
    }
    const rel = relative(await realpath(resolve(corpusDir)), target);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new RejectedFile('symbolic link to a file outside the corpus folder: not followed; copy the file into the folder instead');
    }
  }
  const s = own.isSymbolicLink() ? await stat(path) : own;
  if (!s.isFile()) throw new RejectedFile(`${kindOf(s)}, not a file: only regular files are read`);
  if (s.size > maxBytes) throw new RejectedFile(`${megabytes(s.size)} is over the ${megabytes(maxBytes)} limit (MAX_FILE_MB)`);
}
