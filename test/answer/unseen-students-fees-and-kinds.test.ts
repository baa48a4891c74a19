// A college named by a place-like short name followed by 学生 (西陵学生: its students, not students from a place),
// a fee asked as 怎么收费 (the amount, not a way of paying), words for what is new (新开 → 新增) and a kind of a
// category the documents name only as the category (美术类 of 艺术类), and students' short words (公选课). Invented documents.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/answer/explain.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { answererFor, corpusOf } from '../helpers.js';

const REPORT = `西陵学院2023届毕业生就业质量年度报告

一、就业前景
毕业生对自身所学专业的就业前景乐观度为71.36%。
二、专业建设
本年度新增智能制造工程技术、婴幼儿托育服务与管理等4个专业。
`;

const MAJORS = `# 西陵学院2023届各专业毕业去向落实率

| 专业 | 毕业去向落实率 |
| --- | --- |
| 机电一体化技术 | 92.1% |
| 数控技术 | 90.3% |
| 电梯工程技术 | 88.7% |
`;

const FEES = `# 东陵学院收费公示栏

| 收费项目 | 收费对象 | 收费标准 |
| --- | --- | --- |
| 课外上机费 | 在校学生 | 1.5元／小时 |
| 补考费 | 在校学生 | 40元／门次 |
`;

const MAKEUP = `东陵学院关于2025年春季学期补考报名的通知

一、补考对象
1. 专业必修课不及格的，可报名补考。
2. 公共选修课不及格的，不安排补考，可重新选修。
⚠️ 以下情况不能参加补考，只能重修：
· 旷考的；
· 考试作弊的。
二、报名
补考报名须在3月2日前完成，逾期不予办理。
Q：补考报名后可以撤销吗？
A：可以，补考报名3月1日前可自行撤销，补考费不予退还。
Q：实习的同学怎么补考？
A：由学院汇总名单，补考统一安排在实习返校后进行。
`;

const CHARTER = `东陵学院2025年普通本科招生章程

第十条　艺术类专业的录取办法详见我校当年发布的艺术类专业招生简章。
第十一条　普通类专业按分数优先原则录取。
`;

describe('students of a college, fees asked how, and kinds of categories', async () => {
  const bot = await answererFor(corpusOf({ 'xiling-employment.txt': REPORT, 'xiling-majors.md': MAJORS, 'dongling-fees.md': FEES, 'dongling-charter.txt': CHARTER, 'dongling-makeup.txt': MAKEUP }));

  it('reads 西陵学生 as the students of 西陵学院, 湖南省学生 still as where students come from', () => {
    const m = createSchoolMatcher(['西陵学院', '湖南某某学院']);
    expect(m.find('前年毕业的西陵学生觉得专业前景乐观吗').map((h) => h.school)).toEqual(['西陵学院']);
    expect(m.find('湖南学生能申请吗').map((h) => h.school)).toEqual([]);
    expect(m.find('湖南省的学生能申请吗').map((h) => h.school)).toEqual([]);
  });

  it('answers a rate asked of 西陵学生', async () => {
    const a = await bot.answer('前年毕业的西陵学生，觉得自己专业就业前景乐观的比例有多少？');
    expect(a.answer).toContain('71.36%');
  });

  it('answers 怎么收费 with the amount of the row', async () => {
    const a = await bot.answer('东陵学院课外上机怎么收费？', { explain: true });
    expect(a.answer).toContain('1.5元／小时');
    // (…a fee asked, so a quote trimmed to the question's words keeps the figure.)
    expect(explainText(a.explain!)).toMatch(/unit money/);
  });

  it('reads 新开 as the document’s 新增', async () => {
    const a = await bot.answer('西陵学院最近新开了哪些专业？');
    expect(a.answer).toContain('智能制造工程技术');
    // (…not every row of a table of its majors: those are not the new ones.)
    expect(a.answer).not.toContain('数控技术');
  });

  it('answers a kind of 艺术类 (美术类) from what the charter says of 艺术类, not refusing it', async () => {
    const a = await bot.answer('想报东陵学院的美术类专业，怎么录取？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('艺术类专业招生简章');
  });

  it('reads 公选课 as 公共选修课', async () => {
    const a = await bot.answer('东陵学院公选课挂了能补考吗？');
    expect(a.answer).toContain('不安排补考');
  });

  it('reads 哪些情况不让补考 as the cases a rule lists, 不让 as 不能', async () => {
    const a = await bot.answer('东陵学院哪些情况不让补考？');
    expect(a.answer).toContain('旷考');
    expect(a.answer).toContain('作弊');
  });
});
