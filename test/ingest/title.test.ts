// Title blocks of layouts the shipped reports do not have: institution and period parsed apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/ingest/lines.js';
import { periodOf } from '../../src/ingest/period.js';
import { findTitleBlock } from '../../src/ingest/title.js';
import { ROOT } from '../helpers.js';

interface Case {
  name: string;
  lines: string[];
  school: string;
  aliases?: string[];
  title: string;
  kind: string;
  period: string | null;
  guessed?: string;
}
const { cases } = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/title-blocks.json'), 'utf8')) as { cases: Case[] };

const block = (lines: string[]) => findTitleBlock(toLines(lines.map((text) => ({ kind: 'paragraph' as const, text }))).lines, 'fallback-name');

describe('title blocks', () => {
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const tb = block(c.lines);
      expect(tb.school).toBe(c.school);
      expect(tb.school).not.toMatch(/\d/);
      if (c.aliases) expect(tb.aliases).toEqual(c.aliases);
      expect(tb.title).toBe(c.title);
      expect(tb.kind).toBe(c.kind);
      expect(tb.period.kind === 'unknown' ? null : tb.period.label).toBe(c.period);
      if (c.guessed) expect(tb.provenance.institution).not.toBe('title');
      else expect(tb.provenance.institution).toBe('title');
    });
  }

  it('reads the institution from a file named like its title when the page names none, and says so', () => {
    const tb = findTitleBlock(toLines(['表1 分省录取情况', '省份：河北 | 录取数：42'].map((text) => ({ kind: 'paragraph' as const, text }))).lines, '苕溪理工大学2025年分省录取一览');
    expect(tb.school).toBe('苕溪理工大学');
    expect(tb.provenance.institution).toBe('file-name');
    expect(tb.warnings.join(' ')).toMatch(/file name.*metadata\.json/);
  });

  it('falls back to the file name without its years when nothing names the institution, and says so', () => {
    const tb = findTitleBlock(toLines(['第一条 为规范管理，制定本条件。', '第二条 本条件自发布之日起施行。'].map((text) => ({ kind: 'paragraph' as const, text }))).lines, 'teacher-title-criteria-2025');
    expect(tb.school).toBe('teacher-title-criteria');
    expect(tb.provenance.institution).toBe('file-name');
    expect(tb.warnings.join(' ')).toMatch(/metadata\.json/);
  });

  it('takes no body sentence opening with the institution (…坐落于…) for a title', () => {
    const tb = block(['芰川大学坐落于美丽的芰川湖畔', '学校有学生两万人。']);
    expect(tb.title).toBe('fallback-name');
    expect(findTitleBlock(toLines(['第一条 为规范管理。'].map((text) => ({ kind: 'paragraph' as const, text }))).lines, '2025-cenfan-report').school).toBe('cenfan-report');
  });

  it('never takes a clause opening with a school word for the institution (请各学院…, 新生返校后到学院…)', () => {
    const tb = block(['开学必看｜2025年秋季学期返校指南', '请各学院于9月1日前完成摸排。', '请各学院于9月3日前上报名单。', '新生返校后到学院报到。']);
    expect(tb.school).not.toMatch(/请各学院|到学院/);
  });

  it('takes the institution that signs, not a programme named before it (国家普通话水平测试…大学测试站)', () => {
    const tb = block([
      '葭师语委办〔2025〕2号',
      '关于做好2025年上半年普通话水平测试报名工作的通知',
      '各学院（部）、各有关单位：',
      '国家普通话水平测试葭水师范大学测试站定于2025年4月组织测试。',
      '葭水师范大学语言文字工作委员会办公室',
      '国家普通话水平测试葭水师范大学测试站',
      '2025年2月24日',
    ]);
    expect(tb.school).toBe('葭水师范大学');
    expect(tb.aliases).not.toContain('国家普通话水平测试葭水师范大学');
  });

  it('says which fields it could not read, and what to do', () => {
    const tb = block(['信息公开工作报告', '今年我们做了很多工作。']);
    expect(tb.warnings.join(' ')).toMatch(/metadata\.json/);
  });
});

describe('periods', () => {
  it.each([
    ['2021～2022学年', '2021-2022学年', '2021-09-01'],
    ['2023—2024学年', '2023-2024学年', '2023-09-01'],
    ['2023 届', '2023届', '2023-01-01'],
    ['（2022年度）', '2022年', '2022-01-01'],
    ['2019-20学年', '2019-2020学年', '2019-09-01'],
    ['关于做好2025年上半年全国大学英语四、六级考试报名工作的通知', '2025年上半年', '2025-01-01'],
    ['2024年下半年学生资助工作简报', '2024年下半年', '2024-07-01'],
  ])('reads %s', (text, label, start) => {
    expect(periodOf(text)).toMatchObject({ label, start });
  });

  it('does not read a grade or a decade as a period', () => {
    expect(periodOf('2023年级新生')).toBeUndefined();
    expect(periodOf('上世纪90年代')).toBeUndefined();
  });
});
