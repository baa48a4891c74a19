import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, runScript, tempDir } from '../helpers.js';

describe('npm run ask', () => {
  const index = join(tempDir(), 'index');
  beforeAll(() => {
    expect(runScript('ingest.ts', ['--corpus', CORPUS, '--index', index, '--json']).code).toBe(0);
  });

  it('prints a readable answer with its sources', () => {
    const r = runScript('ask.ts', ['--index', index, '湖南安全技术职业学院阳光服务平台的事项办结率是多少？']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('办结率100%');
    expect(r.stdout).toMatch(/来源：\n\[1\] 湖南安全技术职业学院《2022-2023学年信息公开工作年度报告》二、主动公开情况 › （三）教育阳光服务网络平台受理情况。/);
  });

  it('prints the Answer as JSON with --json and honours --school', () => {
    const r = runScript('ask.ts', ['--index', index, '--json', '--school', '传媒学院', '官微粉丝有多少？']);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ found: true, school: '湖南大众传媒职业技术学院' });
    expect(a.answer).toContain('84301人');
  });

  it('answers JSON lines from standard input with their ids, loading the index once', () => {
    const input = ['{"id":"a","question":"湖南石化被省市级媒体报道了多少条？"}', 'not json', '{"id":2,"question":"北京大学的章程？"}'].join('\n');
    const r = runScript('ask.ts', ['--index', index, '--jsonl'], {}, input);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2]);
    expect(lines[0].answer).toContain('51条');
    expect(lines[1].found).toBe(false);
    expect(r.stderr).toMatch(/line 2: expected \{"id","question"\}/);
  });

  it('explains a missing index and a missing question', () => {
    expect(runScript('ask.ts', ['--index', join(tempDir(), 'none'), '学费']).stderr).toMatch(/No index at .*run `npm run ingest` first/);
    expect(runScript('ask.ts', ['--index', index]).stderr).toMatch(/ask needs a question/);
  });
});
