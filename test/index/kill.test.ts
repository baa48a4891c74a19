// kill -9 of an ingest at points named by its own progress output leaves the previous index serving.
// The child stops itself at each point (--pause-at) after printing where it is, so the kill lands
// exactly there however fast or slow the machine: no delays, no races.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadIndex } from '../../src/index/store.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { CORPUS, REPORTS, ROOT, buildTo, embeddings, tempDir } from '../helpers.js';

const QUESTIONS = ['湖南工程职院省内媒体报道多少篇？', '安全职院阳光服务平台办结率', '襄阳科技官方微信公众平台', '传媒学院招生网访客数'];
const COPIES = 150;

async function searchResults(indexDir: string) {
  const bot = createAnswerer({ index: await loadIndex(indexDir, embeddings), lexicon: loadLexicon() });
  return Promise.all(QUESTIONS.map(async (q) => (await bot.retrieve(q, { k: 5 })).map((h) => h.chunk.id)));
}

/** A corpus of many distinct reports made from the shipped ones. */
function bigCorpus(dir: string, copies: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < copies; i++) {
    const file = REPORTS[i % REPORTS.length]!;
    const text = readFileSync(join(CORPUS, file), 'utf8').replace(/^(\s*)(\S+?)(学院)/, `$1第${i}$2$3`);
    writeFileSync(join(dir, `copy-${i}-${file}`), `${text}\n附注：第${i}份。`);
  }
}

/**
 * Starts an ingest that stops itself at `point`; resolves once it has said so, with the progress lines
 * it printed. The exit listener is attached at spawn, so an early exit is seen, never waited for.
 */
function ingestPausedAt(corpus: string, index: string, point: string): { child: ChildProcess; exited: Promise<unknown>; paused: Promise<string[]> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), '--corpus', corpus, '--index', index, '--progress', 'lines', '--pause-at', point],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(signal ?? code)));
  const lines: string[] = [];
  const paused = new Promise<string[]>((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      lines.push(line);
      if (line.startsWith('paused at ')) resolve(lines);
    });
    void exited.then((how) => reject(new Error(`ingest ended (${String(how)}) before pausing at ${point}:\n${lines.join('\n')}`)));
  });
  return { child, exited, paused };
}

describe('ingest killed part-way', () => {
  it('leaves the previous index loadable with the same search results (kill -9 after read, during embed, writing files, building the graph, at the swap)', async () => {
    const root = tempDir();
    const index = join(root, 'index');
    await buildTo(CORPUS, index);
    const before = await searchResults(index);
    const servedFrom = readlinkSync(index);
    const big = join(root, 'big');
    bigCorpus(big, COPIES);

    const points = [`read:${COPIES}`, `embed:${COPIES / 2}`, 'save:1', 'graph', 'swap'];
    for (const point of points) {
      const { child, exited, paused } = ingestPausedAt(big, index, point);
      const lines = await paused;
      // The point was reached through the phases before it, as the progress lines show.
      const [phase, n] = point.split(':');
      expect(lines.at(-1)).toMatch(new RegExp(`^paused at ${phase} ${n ?? '\\d+'}/`));
      if (phase !== 'read') expect(lines).toContain(`progress read ${COPIES}/${COPIES}`);
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(readlinkSync(index), `after a kill at ${point}`).toBe(servedFrom);
      expect(await searchResults(index), `after a kill at ${point}`).toEqual(before);
    }

    // A later ingest still works and cleans up what the killed ones left (build folders, swap links).
    const s = await buildTo(CORPUS, index);
    expect(s.exitCode).toBe(0);
    expect(await searchResults(index)).toEqual(before);
    // Left: the index link, its folder and the one before it (a server may still be reading that).
    expect(readdirSync(dirname(index)).sort()).toEqual(['big', 'index', readlinkSync(index), servedFrom].sort());
  }, 300_000);
});
