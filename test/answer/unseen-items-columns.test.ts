// Lists and tables of an invented report read as their asker means them: a list asked of one item of a numbered list
// (教学质量方面公开了哪些信息 under 6.教学质量信息公开。) is that item's line, not the list of its siblings; a table
// ranked for the whole (毕业生最多的行业) is never ranked by a part's column (硕士毕业生人数), which ranks that part only;
// and a list asked (存在哪些主要问题, 报告里说) is answered by the passage introducing its items (存在以下问题：一是…), not by
// another sentence of the section naming 问题 (上年度4项问题中已整改3项).
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const REPORT = `蕖川职业技术学院2024年信息公开工作报告

二、信息主动公开情况
（一）信息公开的内容
1.基本信息公开。学校通过官方网站设置了学校概况、新闻中心、机构设置等栏目，对学校名称、办学地点等基本情况进行公开。
2.人事信息公开。及时公开教师招聘信息，包括招聘岗位、招聘条件、招聘程序等；对职称评审的方案和通知进行发布。
3.教学质量信息公开。发布了专业人才培养方案、课程标准等文件。公开了学生学籍异动信息。公开了教学成果奖评选结果、技能竞赛获奖情况等教学质量信息。
4.学生管理服务信息公开。发布了学生管理规定等6项制度，公布了国家奖学金的评审结果。
（二）公开的渠道
学校通过官方网站、微信公众号、公示栏等渠道公开信息。

七、存在的主要问题及改进情况
2024年学校信息公开工作取得了一定成效，但仍存在以下问题：一是部分二级学院信息更新不够及时；二是依申请公开答复文书的规范性有待加强；三是信息公开平台与办公系统尚未打通。
针对上述问题，2025年学校将：（1）建立信息公开月度通报制度，每月5日前通报各单位上月信息更新情况；（2）开展依申请公开答复文书专项培训，全年不少于2次，重要答复文书须经法律顾问审核；（3）推进信息公开平台与OA办公系统对接，计划于2025年10月底前上线运行；（4）在2024年度决算批复后20日内完成公开，补齐清单事项。
上年度问题整改情况：《2023年度信息公开工作报告》提出的4项问题中，已整改完成3项；
“网站无障碍改造”1项中的一期工程已于2024年11月完成，二期工程预计于2025年6月底前完成。
`;

const EMPLOYMENT = `# 蕖川大学2024届毕业生就业质量年度报告

## 一、就业单位行业

| 就业单位行业 | 硕士毕业生人数 | 硕士毕业生占比 | 本科毕业生人数 | 本科毕业生占比 |
| --- | --- | --- | --- | --- |
| 制造业 | 41 | 22.16% | 310 | 8.05% |
| 建筑业 | 12 | 6.49% | 905 | 23.51% |
| 教育 | 30 | 16.22% | 402 | 10.44% |
| 总计 | 185 | 100.00% | 3849 | 100.00% |
`;

describe('lists and tables read as the asker means them', async () => {
  const bot = await answererFor(corpusOf({ 'qc-2024.txt': REPORT, 'qcu-employment-2024.md': EMPLOYMENT }));

  it("answers a list asked of one item with that item's line, not with the list of its siblings", async () => {
    const a = await bot.answer('蕖川职院去年在教学质量方面公开了哪些信息？');
    expect(a.found).toBe(true);
    for (const item of ['人才培养方案', '学籍异动', '教学成果奖', '技能竞赛获奖']) expect(a.answer).toContain(item);
    expect(a.answer).not.toContain('基本信息公开');
    expect(a.answer).not.toContain('学生管理规定');
  });

  it("ranks a table by the column of the part a question names, and never a whole by a part's column", async () => {
    const part = await bot.answer('蕖川大学2024届本科毕业生去得最多的是哪个行业？');
    expect(part.found).toBe(true);
    expect(part.answer).toContain('建筑业');
    expect(part.answer).toContain('905');
    const whole = await bot.answer('蕖川大学2024届毕业生人数最多的是哪个行业？');
    expect(whole.answer).not.toMatch(/硕士毕业生人数最多/);
  });

  it('answers a list asked by the passage introducing its items, the report as the place it is said being no topic', async () => {
    const a = await bot.answer('蕖川职院报告里说信息公开存在哪些主要问题？');
    expect(a.found).toBe(true);
    for (const item of ['更新不够及时', '规范性有待加强', '尚未打通']) expect(a.answer).toContain(item);
    expect(a.answer.indexOf('一是')).toBeLessThan(a.answer.indexOf('4项问题') < 0 ? Infinity : a.answer.indexOf('4项问题'));
  });
});
