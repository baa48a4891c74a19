import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse.js';
import { generateReports } from '../../scripts/bench/generate.js';
import { CORPUS, runScript, tempDir } from '../helpers.js';

describe('benchmark corpus generator', () => {
  it('is deterministic for a seed and makes every report unique', () => {
    const a = generateReports(CORPUS, 30, 42);
    const b = generateReports(CORPUS, 30, 42);
    expect(a).toEqual(b);
    expect(new Set(a.map((r) => r.text)).size).toBe(30);
    expect(new Set(a.map((r) => r.school)).size).toBeGreaterThan(20);
    expect(generateReports(CORPUS, 30, 43)[0]!.text).not.toBe(a[0]!.text);
  });

  it('writes reports the ingest pipeline reads as real ones: institution, period, headings', async () => {
    for (const r of generateReports(CORPUS, 10, 7)) {
      const { doc, chunks } = await parseReport(r.file, Buffer.from(r.text), { size: 400, overlap: 60, maxBytes: 1e7 });
      expect(doc.school).toBe(r.school);
      expect(doc.period.kind).not.toBe('unknown');
      expect(doc.sections.filter((s) => s.level === 1).length).toBeGreaterThanOrEqual(5);
      expect(chunks.length).toBeGreaterThan(5);
      expect(r.text).not.toMatch(/湖南工程职业技术学院|襄阳科技职业学院/);
    }
  });
});

describe('npm run bench (tiny run)', () => {
  it('measures every size, writes the results table and chart, and ends with the summary line', () => {
    const dir = tempDir();
    // --min-chunks grows the largest corpus (20 reports make about 500 chunks) until it holds that many.
    const r = runScript('bench.ts', [
      '--sizes',
      '5,20',
      '--min-chunks',
      '800',
      '--queries',
      '20',
      '--server-seconds',
      '1',
      '--out',
      join(dir, 'out'),
      '--work',
      join(dir, 'work'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const last = r.stdout.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^bench: chunks=\d+ p95_ms=[\d.]+ speedup_vs_memory_vector_store=[\d.]+ speedup_vs_minisearch=[\d.]+ ingest_mb_s=[\d.]+$/);
    expect(Number(/chunks=(\d+)/.exec(last)![1])).toBeGreaterThanOrEqual(800);
    const md = readFileSync(join(dir, 'out', 'results.md'), 'utf8');
    expect(md).toContain('MemoryVectorStore');
    expect(md).toContain('MiniSearch');
    expect(md).toMatch(/requests\/s/);
    expect(existsSync(join(dir, 'out', 'chart.svg'))).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
    expect(json.results).toHaveLength(2);
    expect(json.results[1].recallAt10).toBeGreaterThan(0.8);
    expect(json.server.errors).toBe(0);
  }, 180_000);
});
