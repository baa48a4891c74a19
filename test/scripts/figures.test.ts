// npm run figures: the export (table and CSV, filtered) over a freshly built index, and --score.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, buildTo, runScript, tempDir } from '../helpers.js';

describe('npm run figures', () => {
  let indexDir: string;
  beforeAll(async () => {
    indexDir = join(tempDir(), 'index');
    await buildTo(CORPUS, indexDir);
  });

  it('exports one metric as CSV for spreadsheets, with the source offsets', () => {
    const r = runScript('figures.ts', ['--index', indexDir, '--metric', '微信公众号·粉丝', '--csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('school,period,metric,qualifier,part,value,unit,approx,text,section,docId,start,end');
    expect(lines.slice(1).every((l) => l.includes(',微信公众号·粉丝,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('湖南大众传媒职业技术学院,2022-2023学年,微信公众号·粉丝,,,84301,人,'))).toBe(true);
  });

  it('filters by institution and prints a table', () => {
    const r = runScript('figures.ts', ['--index', indexDir, '--school', '襄阳']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('372条');
    expect(r.stdout).not.toContain('湖南');
  });

  it('refuses an unknown flag and a missing index with a clear message', () => {
    expect(runScript('figures.ts', ['--metrc', 'x']).stderr).toMatch(/metrc/);
    const missing = runScript('figures.ts', ['--index', join(tempDir(), 'none')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/npm run ingest/);
  });

  it('scores the extractor on the labelled sample', () => {
    const r = runScript('figures.ts', ['--score']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/precision \(metric \+ value \+ unit\)\s*│\s*\d+\.\d%/);
    expect(r.stdout).toMatch(/recall \(metric \+ value \+ unit\)\s*│\s*\d+\.\d%/);
  });
});
