// Figures of another period inside the latest document: a table row keyed by the period asked (届别：2022届),
// a section headed by it (附表 2024年…录取情况), and two measures of one row joined by 和 (最低分和位次).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const REPORT = `桐屿职业技术学院2024届毕业生就业质量年度报告

一、毕业生规模
学院2024届毕业生共4216人，去向落实率为94.33%。

二、近三届主要指标

    届别       毕业生人数   去向落实率   升学人数
    2022届       3756        92.41%       431
    2023届       3987        93.05%       498
    2024届       4216        94.33%       612

三、地区流向
毕业生留在本省就业的比例为78.4%。
`;

const CHARTER = `# 蘅岭理工学院2025年普通本科招生章程

## 第一章 总则

第一条 学校全称蘅岭理工学院，国标代码16601。

## 附表 2024年学校在部分省份录取情况（供参考）

| 省份 | 科类 | 最高分 | 最低分 | 最低分位次 |
| --- | --- | --- | --- | --- |
| 东屿省 | 物理类 | 583 | 512 | 68473 |
| 东屿省 | 历史类 | 571 | 526 | 21390 |
`;

describe('figures of another period inside the latest document', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'tyvtc-2024.txt'), REPORT);
  writeFileSync(join(corpus, 'hlit-2025.md'), CHARTER);
  const bot = await answererFor(corpus);

  it('answers an earlier cohort from the table row keyed by it, saying which report it is from', async () => {
    const a = await bot.answer('桐屿职院2022届去向落实率是多少');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('92.41%');
    expect(a.answer).toContain('2024届');
    expect(a.answer).not.toContain('94.33%');
  });

  it('still refuses a cohort the document has no row for', async () => {
    const a = await bot.answer('桐屿职院2020届去向落实率是多少');
    expect(a.found).toBe(false);
  });

  it('answers last year from a section headed by that year, and both measures joined by 和', async () => {
    const a = await bot.answer('去年蘅岭理工在东屿物理类最低录取分和位次是多少');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('512');
    expect(a.answer).toContain('68473');
  });

  it('reads 比例多大 as a share, not an area', async () => {
    const a = await bot.answer('桐屿职院毕业生留在本省工作的比例多大');
    expect(a.answer).toContain('78.4%');
  });
});
