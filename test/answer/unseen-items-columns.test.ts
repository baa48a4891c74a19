// Lists and tables of an invented report read as their asker means them: a list asked of one item of a numbered list
// (教学质量方面公开了哪些信息 under 6.教学质量信息公开。) is that item's line, not the list of its siblings; a table
// ranked for the whole (毕业生最多的行业) is never ranked by a part's column (硕士毕业生人数), which ranks that part only.
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
});
