import { cpSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, runScript, tempDir } from '../helpers.js';

function badFolder(root: string): string {
  const dir = join(root, 'bad');
  cpSync(CORPUS, dir, { recursive: true, filter: (p) => p === CORPUS || false });
  writeFileSync(join(dir, 'random.docx'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'old.doc'), 'Word 97');
  return dir;
}

describe('npm run ingest', () => {
  it('ingests the good report, names each bad file with its reason, and exits 1', () => {
    const root = tempDir();
    const corpus = badFolder(root);
    cpSync(join(CORPUS, 'hunan-engineering-vtc-2023.txt'), join(corpus, 'good.txt'));
    const r = runScript('ingest.ts', ['--corpus', corpus, '--index', join(root, 'index'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.documents).toEqual([
      { file: 'good.txt', school: '湖南工程职业技术学院', period: '2023年', sections: 23, chunks: expect.any(Number), warnings: [] },
    ]);
    const reasons = Object.fromEntries(out.rejected.map((x: { file: string; reason: string }) => [x.file, x.reason]));
    expect(reasons['random.docx']).toMatch(/corrupt \.docx/);
    expect(reasons['empty.txt']).toMatch(/empty file/);
    expect(reasons['scan.pdf']).toMatch(/not a valid PDF/);
    expect(reasons['old.doc']).toMatch(/unsupported extension "\.doc"/);
    expect(out.elapsedMs).toBeGreaterThan(0);
  });

  it('exits 2 on a folder of only bad files and leaves the previous index untouched', () => {
    const root = tempDir();
    const index = join(root, 'index');
    expect(runScript('ingest.ts', ['--corpus', CORPUS, '--index', index, '--json']).code).toBe(0);
    const before = readlinkSync(index);
    const manifest = readFileSync(join(index, 'manifest.json'), 'utf8');
    const r = runScript('ingest.ts', ['--corpus', badFolder(root), '--index', index]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/nothing could be ingested; the previous index is unchanged/);
    expect(readlinkSync(index)).toBe(before);
    expect(readFileSync(join(index, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('prints a summary table and totals with the elapsed time', () => {
    const root = tempDir();
    const r = runScript('ingest.ts', ['--corpus', CORPUS, '--index', join(root, 'index')]);
    expect(r.code).toBe(0);
    for (const school of ['湖南工程职业技术学院', '湖南大众传媒职业技术学院', '湖南石油化工职业技术学院', '湖南安全技术职业学院', '襄阳科技职业学院'])
      expect(r.stdout).toContain(school);
    expect(r.stdout).toMatch(/5 ingested, 0 rejected, \d+ chunks, [\d.]+ MB in [\d.]+ s/);
    expect(r.stderr).toMatch(/ingest \|/); // the progress bar
  });

  it('rejects an unknown flag and a bad configuration value by name', () => {
    expect(runScript('ingest.ts', ['--bogus']).stderr).toMatch(/bogus/);
    const r = runScript('ingest.ts', [], { CHUNK_SIZE: 'big' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/CHUNK_SIZE="big"/);
  });
});
