// "哪个专业去向落实率最高": the row of a table that ranks first by the column asked, found by the table's
// headers, total rows left out, quoted by its name and figure and cited; an employment figure of another cohort than the one asked refused; a change asked answered by the change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const REPORT = `# 青屿职业技术学院2024届毕业生就业质量年度报告

## 一、毕业生规模

| 学院 | 毕业生数（人） | 去向落实率 |
| --- | --- | --- |
| 机电工程学院 | 812 | 93.10% |
| 商贸学院 | 640 | 95.47% |
| 护理学院 | 905 | 91.02% |
| 合计 | 2357 | 92.88% |

毕业生中在省内就业的1850人，省内就业比例为78.49%，比2023届（76.10%）提高2.39个百分点。
本科毕业生去向落实率为94.30%；研究生毕业生去向落实率为97.80%。
月均收入由上届的3900元提高至4200元。

## 二、专业去向落实情况

| 专业代码 | 专业 | 所属学院 | 去向落实率 |
| --- | --- | --- | --- |
| 460103 | 数控技术 | 机电工程学院 | 96.20% |
| 460305 | 工业机器人技术 | 机电工程学院 | 94.05% |
| 530701 | 电子商务 | 商贸学院 | 97.31% |
| 520201 | 护理 | 护理学院 | 90.12% |
`;

describe('the first row of a table by the column asked', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qingyu-employment-2024.md'), REPORT);
  writeFileSync(join(corpus, 'qingyu-normal-2023-2024.txt'), '青屿师范学院\n2023-2024学年信息公开工作年度报告\n一、教学质量信息\n学校2023届本科毕业生去向落实率为90.10%。\n');
  const bot = await answererFor(corpus);

  it('names the 专业 with the highest rate, not the total row or another column', async () => {
    const a = await bot.answer('青屿职院哪个专业去向落实率最高？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('电子商务');
    expect(a.answer).toContain('97.31%');
    expect(a.citations[0]!.quote).toContain('电子商务');
  });

  it('names rows by their name column, not their code, and reads the asked order either way round', async () => {
    const a = await bot.answer('青屿职院去向落实率最高的专业是哪个？');
    expect(a.answer).toContain('电子商务');
    expect(a.answer).not.toContain('530701');
  });

  it('ranks from the bottom when asked 最低, and counts (毕业生数) as 最多, leaving the 合计 row out', async () => {
    expect((await bot.answer('青屿职院哪个专业去向落实率最低')).answer).toContain('护理');
    const most = await bot.answer('青屿职院哪个学院毕业生最多？');
    expect(most.answer).toContain('护理学院');
    expect(most.answer).toContain('905');
    expect(most.answer).not.toContain('2357');
  });

  it('compares only the rows a further word picks (机电工程学院哪个专业…)', async () => {
    const a = await bot.answer('青屿职院机电工程学院哪个专业去向落实率最高？');
    expect(a.answer).toContain('数控技术');
    expect(a.answer).not.toContain('电子商务');
  });

  it('refuses a cohort asked (2024届) that the report only gives another cohort (2023届) for', async () => {
    const a = await bot.answer('青屿师范学院2024届毕业生去向落实率多少？');
    expect(a.found).toBe(false);
    expect((await bot.answer('青屿师范学院2023届毕业生去向落实率多少？')).answer).toContain('90.10%');
  });

  it('answers a change asked (比上一届高了多少) with the change, not the level, also as a follow-up', async () => {
    const level = await bot.answer('青屿职院2024届省内就业比例是多少？');
    expect(level.answer).toContain('78.49%');
    expect(level.answer).not.toContain('2.39');
    const change = await bot.answer('比上一届高了多少？', { context: nextContext(undefined, level) });
    expect(change.found).toBe(true);
    expect(change.answer).toContain('2.39个百分点');
    expect((await bot.answer('青屿职院省内就业比例比上一届提高了多少？')).answer).toContain('2.39个百分点');
  });

  it('reads 提高至 as the new level, not a change, and a part swapped in a follow-up as that part', async () => {
    expect((await bot.answer('青屿职院月均收入多少？')).answer).toContain('4200元');
    const first = await bot.answer('青屿职院本科毕业生去向落实率多少？');
    expect(first.answer).toContain('94.30%');
    expect((await bot.answer('研究生呢？', { context: nextContext(undefined, first) })).answer).toContain('97.80%');
  });
});
