// Hostile input through the real ingest CLI (a child process, as an unprivileged user when the tests
// run as root): every generated file is indexed within the limits or rejected with a named reason,
// nothing crashes or hangs, the index stays bounded, and a server on the previous index keeps serving.
// `npm test` runs a quick share of every category; `npm run fuzz` (FUZZ=full) runs them all.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveAnswerer } from '../../src/answer/live.js';
import { createWebServer } from '../../src/channels/web/server.js';
import { loadConfig } from '../../src/config.js';
import { buildIndex } from '../../src/index/build.js';
import { type LoadedIndex, loadIndex } from '../../src/index/store.js';
import { CORPUS, REPORTS, ROOT, buildTo, embeddings, tempDir } from '../helpers.js';
import { type HostileFile, writeHostileCorpus } from './hostile.js';

const FULL = process.env.FUZZ === 'full';
/** A file that takes longer than this to read counts as a hang (a bound, not a speed target). */
const HANG_MS = 60_000;
const NOBODY = 65534;
const QUESTION = '湖南工程职院去年官微发了多少条？';

/**
 * Run as root, the ingest child runs as `nobody` so that an unreadable file really is unreadable, if
 * `nobody` can read the checkout (a clone under a private home folder cannot be); else as we are.
 */
function nobodyCanRun(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = `require('fs').accessSync(${JSON.stringify(join(ROOT, 'node_modules/tsx/package.json'))}, require('fs').constants.R_OK)`;
  return spawnSync(process.execPath, ['-e', probe], { uid: NOBODY, gid: NOBODY, cwd: '/', stdio: 'ignore' }).status === 0;
}
const unprivileged = nobodyCanRun();

// The limits the fuzz runs under, passed to the ingest as configuration. The quick share lowers the
// expansion limit so its zip bombs are cheap to make; the full run uses every default.
const env = {
  CHUNK_SIZE: '400',
  CHUNK_OVERLAP: '60',
  MAX_FILE_MB: '20',
  MAX_EXPANDED_MB: FULL ? '100' : '16',
  MAX_ZIP_ENTRIES: '2000',
  MAX_XML_DEPTH: '256',
  MAX_HTML_ELEMENTS: '200000',
  MAX_DOC_CHARS: '2000000',
  MAX_PDF_PAGES: '2000',
  MAX_READ_SECONDS: '20',
};
const config = loadConfig(env);

interface Outcome {
  file: HostileFile;
  result: 'indexed' | 'rejected' | 'crash';
  reason?: string;
}

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  slowest: { file: string; ms: number };
}

/** The ingest CLI with progress lines; a file still being read after HANG_MS ends the run as a hang. */
function ingestChild(corpus: string, index: string): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), '--corpus', corpus, '--index', index, '--json', '--progress', 'lines'],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_OPTIONS: '--max-old-space-size=3072', HOME: join(corpus, '..') },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(unprivileged ? { uid: NOBODY, gid: NOBODY } : {}),
    },
  );
  const exited = new Promise<[number | null, string | null]>((r) => child.once('exit', (code, signal) => r([code, signal])));
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  let current = { file: '', since: Date.now() };
  const slowest = { file: '', ms: 0 };
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr += `${line}\n`;
    const m = /^progress (\w+) (\d+)\/(\d+) ?(.*)$/.exec(line);
    if (!m) return;
    const ms = Date.now() - current.since;
    if (ms > slowest.ms) Object.assign(slowest, { file: current.file, ms });
    current = { file: m[1] === 'read' ? m[4]! : `(${m[1]})`, since: Date.now() };
  });
  const watchdog = setInterval(() => {
    if (Date.now() - current.since > HANG_MS) {
      stderr += `HANG: ${current.file} still being read after ${HANG_MS} ms\n`;
      child.kill('SIGKILL');
    }
  }, 1000);
  return exited.then(([code, signal]) => {
    clearInterval(watchdog);
    return { code, signal, stdout, stderr, slowest };
  });
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

describe(`hostile files through the real ingest (${FULL ? 'full set' : 'quick share; npm run fuzz for all'})`, () => {
  const root = tempDir('gongkai-fuzz-');
  const corpus = join(root, 'corpus');
  const indexDir = join(root, 'index');
  let files: HostileFile[];
  let run: Run;
  let outcomes: Outcome[];
  let index: LoadedIndex;
  let server: { url: string; close(): Promise<void> };
  let servedBefore: string;
  let before: { status: number; answer: string };
  const during: { status: number; answer: string }[] = [];

  beforeAll(async () => {
    chmodSync(root, 0o755);
    files = await writeHostileCorpus(
      corpus,
      {
        chunkSize: config.CHUNK_SIZE,
        maxDocChars: config.MAX_DOC_CHARS,
        maxExpandedMb: config.MAX_EXPANDED_MB,
        maxZipEntries: config.MAX_ZIP_ENTRIES,
        maxXmlDepth: config.MAX_XML_DEPTH,
        maxFileMb: config.MAX_FILE_MB,
      },
      { full: FULL, unprivileged },
    );
    // The shipped reports ride along, so the index that replaces the previous one still answers.
    for (const f of REPORTS) copyFileSync(join(CORPUS, f), join(corpus, f));

    // The previous, good index, served over HTTP while the hostile ingest runs.
    await buildTo(CORPUS, indexDir);
    servedBefore = readlinkSync(indexDir);
    if (unprivileged) for (const p of [root, corpus, indexDir, join(root, servedBefore)]) chownSync(p, NOBODY, NOBODY);
    const serving = loadConfig({ ...env, INDEX_DIR: indexDir, LOG_LEVEL: 'silent', TODAY: '2024-06-15', RATE_LIMIT_PER_MINUTE: '0' });
    const live = liveAnswerer(serving, { pollMs: 200 });
    await live.reload();
    const app = await createWebServer({ config: serving, live, logger: false });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    server = { url, close: async () => (live.close(), await app.close()) };

    // Questions keep arriving while the hostile ingest runs: every one must be answered.
    const ask = async () => {
      const res = await fetch(`${url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: QUESTION }),
      });
      const body = (await res.json()) as { answer?: string };
      return { status: res.status, answer: body.answer ?? '' };
    };
    before = await ask();
    let running = true;
    const asking = (async () => {
      while (running) {
        during.push(await ask());
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    run = await ingestChild(corpus, indexDir);
    running = false;
    await asking;
    let json: { documents: { file: string }[]; rejected: { file: string; reason: string }[]; duplicates: { file: string; sameAs: string }[] } = {
      documents: [],
      rejected: [],
      duplicates: [],
    };
    try {
      json = JSON.parse(run.stdout);
    } catch {
      // A crashed child prints no summary: every file then counts as a crash below.
    }
    // A file with the same bytes as one indexed earlier is indexed once, under the earlier name.
    const indexed = new Set([...json.documents.map((d) => d.file), ...json.duplicates.map((d) => d.file)]);
    const rejected = new Map(json.rejected.map((r) => [r.file, r.reason]));
    outcomes = files.map((file) =>
      indexed.has(file.name)
        ? { file, result: 'indexed' }
        : rejected.has(file.name)
          ? { file, result: 'rejected', reason: rejected.get(file.name) }
          : { file, result: 'crash' },
    );
    index = await loadIndex(indexDir, embeddings);

    const count = (r: Outcome['result']) => outcomes.filter((o) => o.result === r).length;
    const byCategory = new Map<string, Record<Outcome['result'], number>>();
    for (const o of outcomes) {
      const c = byCategory.get(o.file.category) ?? byCategory.set(o.file.category, { indexed: 0, rejected: 0, crash: 0 }).get(o.file.category)!;
      c[o.result]++;
    }
    console.log(
      [...byCategory].map(([c, n]) => `  ${c}: indexed ${n.indexed}, rejected ${n.rejected}${n.crash ? `, CRASHED ${n.crash}` : ''}`).join('\n') +
        `\n  slowest file: ${run.slowest.file} (${(run.slowest.ms / 1000).toFixed(1)} s); index ${(dirBytes(index.dir) / 1024 / 1024).toFixed(1)} MB` +
        `\nhostile: ${files.length} files, indexed ${count('indexed')}, rejected ${count('rejected')}, crashes ${count('crash')}`,
    );
  }, 900_000);

  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it(`${FULL ? 'makes at least 200' : 'makes a share of every category of'} hostile files and the ingest ends normally`, () => {
    expect(files.length).toBeGreaterThanOrEqual(FULL ? 200 : 60);
    expect(run.stderr).not.toMatch(/HANG:/);
    expect(run.signal, run.stderr.slice(-2000)).toBeNull();
    expect([0, 1], run.stderr.slice(-2000)).toContain(run.code);
  });

  it('indexes or rejects every file with a named reason: no crash', () => {
    expect(outcomes.filter((o) => o.result === 'crash').map((o) => o.file.name)).toEqual([]);
    const wrong: string[] = [];
    for (const o of outcomes) {
      if (o.result === 'rejected' && !/\w{4,}/.test(o.reason ?? '')) wrong.push(`${o.file.name}: rejected without a reason`);
      if (o.file.expect === 'reject' && o.result !== 'rejected') wrong.push(`${o.file.name}: should be rejected, was ${o.result}`);
      if (o.file.expect === 'reject' && o.result === 'rejected' && o.file.reason && !o.file.reason.test(o.reason!)) {
        wrong.push(`${o.file.name}: rejected for "${o.reason}", expected ${o.file.reason}`);
      }
      if (o.file.expect === 'index' && o.result !== 'indexed') wrong.push(`${o.file.name}: should be indexed, was ${o.result} (${o.reason})`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the index within the limits: chunks hard-split at CHUNK_SIZE, text under MAX_DOC_CHARS, nothing from outside the corpus', () => {
    for (const c of index.chunks) {
      expect(c.text.length, c.id).toBeLessThanOrEqual(config.CHUNK_SIZE);
      // No lone surrogate: a cut never splits an emoji or a rare character.
      expect(c.text, c.id).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    let chars = 0;
    for (const d of index.documents) {
      expect(d.text.length, d.file).toBeLessThanOrEqual(config.MAX_DOC_CHARS);
      chars += d.text.length;
      expect(d.text).not.toMatch(/outside-the-corpus-marker|root:x:0:0|[\u0000\u200b\u202e]/);
    }
    // Bounded on disk: a small multiple of the text kept (text, chunks with overlap, keywords, vectors).
    expect(dirBytes(index.dir)).toBeLessThan(chars * 40 + 10 * 1024 * 1024);
  });

  it('went on serving through the ingest and serves the new index after it', async () => {
    expect(before).toMatchObject({ status: 200, answer: expect.stringContaining('263') });
    expect(during.length).toBeGreaterThan(0);
    for (const r of during) expect(r.status).toBe(200);
    // The new index (the hostile files that passed, and the shipped reports) is loaded and answers.
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/readyz`)).json()) as { index?: { buildId: string } }).index?.buildId, { timeout: 15_000 })
      .toBe(index.manifest.buildId);
    const res = await fetch(`${server.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTION }),
    });
    expect(res.status).toBe(200);
  });

  it('leaves the previous index in place when every file is rejected', async () => {
    const only = join(root, 'rejects');
    mkdirSync(only);
    const before = readlinkSync(indexDir);
    for (const o of outcomes.filter(
      (x) => x.file.expect === 'reject' && x.file.category !== 'symlink' && x.file.category !== 'special file' && x.file.category !== 'unreadable',
    )) {
      copyFileSync(join(corpus, o.file.name), join(only, o.file.name));
    }
    const s = await buildIndex({
      corpusDir: only,
      indexDir,
      embeddings,
      chunkSize: config.CHUNK_SIZE,
      chunkOverlap: config.CHUNK_OVERLAP,
      maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
      limits: {
        maxExpandedBytes: config.MAX_EXPANDED_MB * 1024 * 1024,
        maxZipEntries: config.MAX_ZIP_ENTRIES,
        maxXmlDepth: config.MAX_XML_DEPTH,
        maxDocChars: config.MAX_DOC_CHARS,
      },
    });
    expect(s.exitCode).toBe(2);
    expect(s.documents).toEqual([]);
    expect(readlinkSync(indexDir)).toBe(before);
    expect(servedBefore).not.toBe(before);
  }, 300_000);
});
