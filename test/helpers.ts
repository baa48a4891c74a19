// Shared test plumbing: temp folders, the shipped corpus, and an index built from it once per file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Answerer, createAnswerer } from '../src/answer/answer.js';
import { buildIndex } from '../src/index/build.js';
import { HashingEmbeddings } from '../src/index/embeddings.js';
import { type LoadedIndex, loadIndex } from '../src/index/store.js';
import { loadLexicon } from '../src/text/synonyms.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'corpus');
export const REPORTS = readdirSync(CORPUS).sort();

export const tempDir = (prefix = 'gongkai-') => mkdtempSync(join(tmpdir(), prefix));
export const report = (file: string) => readFileSync(join(CORPUS, file));

export const embeddings = new HashingEmbeddings(512);

export async function buildTo(corpusDir: string, indexDir: string) {
  return buildIndex({ corpusDir, indexDir, embeddings, chunkSize: 400, chunkOverlap: 60, maxFileBytes: 20 * 1024 * 1024 });
}

let shipped: Promise<LoadedIndex> | undefined;

/** The shipped corpus, ingested into a temp index (once per test file). */
export function shippedIndex(): Promise<LoadedIndex> {
  shipped ??= (async () => {
    const dir = join(tempDir(), 'index');
    await buildTo(CORPUS, dir);
    return loadIndex(dir, embeddings);
  })();
  return shipped;
}

/** An answerer over the shipped corpus with today fixed, so 去年 means 2023. */
export async function shippedAnswerer(today = new Date('2024-06-15T12:00:00')): Promise<Answerer> {
  return createAnswerer({ index: await shippedIndex(), lexicon: loadLexicon(), today: () => today });
}

/** Ingests a folder of reports into a temp index and answers over it, with today fixed (去年 = 2024). */
export async function answererFor(corpusDir: string, today = new Date('2025-03-01T12:00:00')): Promise<Answerer> {
  const dir = join(tempDir(), 'index');
  await buildTo(corpusDir, dir);
  return createAnswerer({ index: await loadIndex(dir, embeddings), lexicon: loadLexicon(), today: () => today });
}

/** Runs a project script with tsx; returns exit code and output. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A corpus folder in a fresh temporary directory holding the given files (name → text). */
export function corpusOf(files: Record<string, string>): string {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
  return corpus;
}
