import { cpSync, mkdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, runScript, tempDir } from '../helpers.js';

function badFolder(root: string): string {
  // (A folder of its own: copying the corpus folder alone would copy a symlinked corpus as the link, and write into it.)
  const dir = join(root, 'bad');
  mkdirSync(dir);
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
      {
        file: 'good.txt',
        school: '湖南工程职业技术学院',
        title: '2023年信息公开年度报告',
        kind: 'annual-report',
        period: '2023年',
        sections: 23,
        chunks: expect.any(Number),
        guessed: [],
        warnings: [],
      },
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

  it('never aborts on a title holding two names separated by spaces (jieba refuses such words)', () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    cpSync(join(CORPUS, 'hunan-engineering-vtc-2023.txt'), join(corpus, 'a.txt'));
    writeFileSync(join(corpus, 'two-names.txt'), '兰溪职业技术学院  兰溪市技工学校\n2023 年信息公开年度报告\n一、概况\n学校全年发布信息120条。\n');
    writeFileSync(join(corpus, 'spaced.txt'), '2023 年临江市西湖区人民政府政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息856条。\n');
    const r = runScript('ingest.ts', ['--corpus', corpus, '--index', join(root, 'index'), '--json']);
    expect(r.stderr).not.toMatch(/Load dict failed/);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout).documents;
    expect(docs.map((d: { school: string }) => d.school).sort()).toEqual(['临江市西湖区人民政府', '兰溪职业技术学院', '湖南工程职业技术学院']);
  });

  it('takes institution, period and title from metadata.json and says what it guessed', () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    cpSync(join(CORPUS, 'hunan-engineering-vtc-2023.txt'), join(corpus, 'a.txt'));
    writeFileSync(join(corpus, 'notice.txt'), '关于调整住宿费标准的通知\n各学院：\n自2025年秋季起，四人间住宿费为每生每学年1200元。\n');
    writeFileSync(join(corpus, 'bad-entry.txt'), '某某学院2024年信息公开年度报告\n一、概况\n正文。\n');
    writeFileSync(
      join(corpus, 'metadata.json'),
      JSON.stringify({
        'notice.txt': { institution: '临江师范学院', aliases: ['临师'], period: '2025年', url: 'https://www.example.edu.cn/notice.html' },
        'bad-entry.txt': { period: 'sometime' },
      }),
    );
    const r = runScript('ingest.ts', ['--corpus', corpus, '--index', join(root, 'index'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const notice = out.documents.find((d: { file: string }) => d.file === 'notice.txt');
    expect(notice).toMatchObject({ school: '临江师范学院', period: '2025年', kind: 'fee-notice', guessed: [] });
    expect(out.rejected).toEqual([{ file: 'bad-entry.txt', reason: expect.stringMatching(/metadata\.json › bad-entry\.txt: .*period/) }]);
    const docs = JSON.parse(readFileSync(join(root, 'index', 'documents.json'), 'utf8'));
    expect(docs.find((d: { file: string }) => d.file === 'notice.txt')).toMatchObject({ aliases: ['临师'], url: 'https://www.example.edu.cn/notice.html' });
  });

  it('fails with the file named when metadata.json is not JSON, leaving the previous index', () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    cpSync(join(CORPUS, 'hunan-engineering-vtc-2023.txt'), join(corpus, 'a.txt'));
    writeFileSync(join(corpus, 'metadata.json'), '{ "a.txt": { institution: 1 ');
    const r = runScript('ingest.ts', ['--corpus', corpus, '--index', join(root, 'index')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/metadata\.json: not valid JSON/);
  });

  it('rejects an unknown flag and a bad configuration value by name', () => {
    expect(runScript('ingest.ts', ['--bogus']).stderr).toMatch(/bogus/);
    const r = runScript('ingest.ts', [], { CHUNK_SIZE: 'big' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/CHUNK_SIZE="big"/);
  });
});
