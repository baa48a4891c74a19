// Met in round 18: a fee board published by a unit named after the university (…大学东湖学院) answering
// questions about the university, and a city asked (去宜昌上班) beside companies whose names open with it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const NOTICE = `临溪中医药大学关于调整全日制学历教育学费标准的通知
一、本科专业学费标准
医学类专业学费每生每学年5500元，其他专业每生每学年4800元。
`;

const BOARD = `临溪中医药大学东湖学院2017-2018学年收费公示栏
为规范收费行为，现将我校2017-2018学年校内收费项目标准公示如下：
（一）住宿费类

| 收费项目 | 收费范围、对象 | 执行标准 |
| --- | --- | --- |
| 4人一间 | 2017级东湖学院学生 | 2000元／生·学年 |
| 4人一间 | 2017级临溪中医药大学学生 | 1600元／生·学年 |

（二）其它收费类

| 收费项目 | 收费范围、对象 | 执行标准 |
| --- | --- | --- |
| 课题查新费 | 校内人员 | 国内查新480元／项 |
| 课题查新费 | 校外人员 | 国内查新600元／项 |
`;

const EMPLOYMENT = `汀兰工程大学2023届毕业生就业质量年度报告
一、主要就业城市
毕业生主要流向的城市为“汀兰市”（1947人，占比42.49%）、“宜昌市”（206人，占比4.50%）、“深圳市”（263人，占比5.74%）。
二、重点单位就业情况

| 序号 | 单位名称 | 就业人数 |
| --- | --- | --- |
| 1 | 宜昌人福药业有限责任公司 | 13 |
| 2 | 宜昌东阳光生化制药有限公司 | 10 |
`;

const POSTS = `汀兰安全职业学院2022—2023学年信息公开工作年度报告
一、主动公开情况
本学年学校官网总计发文2273篇，其中官网主站745篇，党政办公室57篇，教务处46篇，财务处11篇，培训教育部146篇，基础课部72篇。
`;

describe('a unit’s documents and places inside companies’ names (round 18)', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'notice.txt'), NOTICE);
  writeFileSync(join(corpus, 'board.md'), BOARD);
  writeFileSync(join(corpus, 'employment.md'), EMPLOYMENT);
  writeFileSync(join(corpus, 'posts.txt'), POSTS);
  const bot = await answererFor(corpus);
  const ask = (question: string) => bot.answer(question, { today: new Date('2025-03-01') });

  it('answers a question about the university from the fee board of a unit named after it, in the unit’s name and checked', async () => {
    const a = await ask('校外人员到临溪中医药大学做国内课题查新，一项多少钱？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('600元');
    expect(a.answer).toContain('临溪中医药大学东湖学院');
    expect(a.answer).not.toContain('未能核对');
  });

  it('reads a unit’s line naming the unit (2017级东湖学院学生) as the unit’s, not the university’s asked', async () => {
    const whole = await ask('临溪中医药大学2017级4人间住宿费多少？');
    expect(whole.answer).toContain('1600元');
    const unit = await ask('东湖学院2017级4人间住宿费多少？');
    expect(unit.answer).toContain('2000元');
  });

  it('answers an office’s own count (培训教育部, which jieba cuts in two) among a sentence’s counts, not the whole’s', async () => {
    const a = await ask('汀兰安全职院培训教育部在学校官网发了几篇文章？');
    expect(a.answer).toContain('146篇');
    expect(a.answer).not.toContain('2273篇');
  });

  it('answers how many went to work in a city (去宜昌上班) with the city’s figure, not a company named after it', async () => {
    const a = await ask('汀兰工程大学23届毕业生去宜昌上班的有多少人？');
    expect(a.answer).toContain('206人');
  });
});
