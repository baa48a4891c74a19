import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadIndex } from '../../src/index/store.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { CORPUS, REPORTS, ROOT, buildTo, embeddings, tempDir } from '../helpers.js';

const QUESTIONS = ['湖南工程职院省内媒体报道多少篇？', '安全职院阳光服务平台办结率', '襄阳科技官方微信公众平台', '传媒学院招生网访客数'];

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

describe('ingest killed part-way', () => {
  it('leaves the previous index loadable with the same search results (kill -9 at several points)', async () => {
    const root = tempDir();
    const index = join(root, 'index');
    await buildTo(CORPUS, index);
    const before = await searchResults(index);
    const big = join(root, 'big');
    bigCorpus(big, 150);

    for (const delayMs of [200, 700, 1500, 2500]) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), '--corpus', big, '--index', index], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      await new Promise((r) => setTimeout(r, delayMs));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      expect(await searchResults(index)).toEqual(before);
    }
    // A later ingest still works and cleans up what the killed ones left.
    const s = await buildTo(CORPUS, index);
    expect(s.exitCode).toBe(0);
    expect(await searchResults(index)).toEqual(before);
  }, 120_000);
});
