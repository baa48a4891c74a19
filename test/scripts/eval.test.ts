import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSuites, SuitesSchema } from '../../scripts/eval/suites.js';
import { CORPUS, runScript, tempDir } from '../helpers.js';

describe('npm run eval', () => {
  it('scores the dev set, prints the metrics table and writes a JSON report', () => {
    const dir = tempDir();
    const index = join(dir, 'index');
    expect(runScript('ingest.ts', ['--corpus', CORPUS, '--index', index, '--json']).code).toBe(0);
    const out = join(dir, 'report.json');
    const r = runScript('eval.ts', ['--index', index, '--out', out, 'eval/dev-qa.jsonl']);
    expect(r.code).toBe(0);
    for (const m of ['answer accuracy', 'section hit@1', 'section hit@5', 'refusal on unanswerable', 'median answer length', 'latency p50 / p95'])
      expect(r.stdout).toContain(m);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.suites['ad hoc'].rows).toHaveLength(30);
    // The bar, on the shipped dev set.
    expect(report.summary.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.summary.hit5).toBeGreaterThanOrEqual(0.9);
    expect(report.summary.refusal).toBe(1);
    expect(report.summary.medianLength).toBeLessThanOrEqual(150);
    expect(report.summary.uncitedNumbers).toBe(0);
  });
});

describe('eval suites', () => {
  it('refuses a suite listing a locked half among the files a dev run scores, and reads the shipped suites', () => {
    const suite = { name: 's', corpus: 'corpus', files: ['eval/a-dev.jsonl', 'eval/a-locked.jsonl'], locked: ['eval/a-locked.jsonl'] };
    const r = SuitesSchema.safeParse({ today: '2025-03-01', suites: [suite] });
    expect(r.success).toBe(false);
    expect(SuitesSchema.safeParse({ today: '2025-03-01', suites: [{ ...suite, files: ['eval/a-dev.jsonl'] }] }).success).toBe(true);
    expect(readSuites(process.cwd()).suites.length).toBeGreaterThan(1);
  });
});
