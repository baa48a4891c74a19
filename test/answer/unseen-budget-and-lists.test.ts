// Met in round 18: a report's lists of long items (主要经验, 存在的问题, 改进措施) asked for as lists, an
// outline sentence naming the report's parts, a channel counted inside another channel's name, and a
// budget report whose table gives last year's column beside this year's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const REPORT = `雁湖职业技术学院2023—2024学年信息公开工作年度报告
根据有关文件要求，学校编制了本年度报告。报告包括信息公开工作概述、主动公开情况、依申请公开情况、信息公开工作的主要经验、存在的问题和改进措施、其他需要报告的事项等六个部分。
一、主动公开情况
学校中文官网国际交流处二级网站发布新闻和相关政策法规57条。学校中文官网发布新闻11条。学校英文官网发布新闻84条。
录取期间，通过电话、网络、直播三种方式解答招生咨询上万次。
二、信息公开工作的主要经验、存在的问题和改进措施
（一）主要经验
本学年，学校信息公开工作在各单位的密切配合和全校师生的广泛参与下，取得了一定成效。
1.突出公众关切，注重公开事项的针对性。针对招生录取、财务管理、教育质量、就业服务等社会公众广泛关注的重点领域信息，明确公开内容，细化公开条目，回应师生关切，引导全校师生凝心聚力。
2.突出民生导向，注重公开内容的实效性。针对干部选拔任用、教职工岗位聘任、生活福利改善等涉及师生切身利益的重要事项，构建起多样高效的信息公开和沟通渠道，及时收集和反馈意见。
3.突出平台构建，注重公开形式的多样性。按照整合资源、信息共享的基本思路，构建了传统媒体与新兴媒介紧密结合、相互补充的信息公开平台，形成了完备的校院两级信息公开体系。
（二）存在的问题
1． 公开内容不够细化。有些信息的公开还不够细化，师生对于某些细节仍然不够清晰。
2． 公开方式不够便捷。有些师生对于某些方式的操作还不够熟悉，需要加强宣传和指导。
（三）改进措施
一是强化各部门联动，确保信息公开的及时性；二是进一步拓展信息公开的内容和范围；三是优化信息公开平台，增加互动交流板块。今后，学校将针对存在的问题，不断改进，完善工作机制。
`;

const BUDGET = `雁湖理工大学2023年度部门决算
第一部分 收入决算情况说明
2023年度本年收入合计218,436.52万元，其中：一般公共预算财政拨款收入112,580.40万元，占51.54%；事业收入78,912.36万元。
第二部分 决算表
表2 收入决算表
单位：万元

| 项目 | 2023年决算数 | 2022年决算数 | 增减率 |
| --- | --- | --- | --- |
| 本年收入合计 | 218,436.52 | 205,117.84 | 6.49% |
| 一般公共预算财政拨款收入 | 112,580.40 | 104,236.18 | 8.01% |
| 事业收入 | 78,912.36 | 75,630.92 | 4.34% |

表1 收入支出决算总表
单位：万元

| 收入项目 | 决算数 | 支出项目 | 决算数 |
| --- | --- | --- | --- |
| 本年收入合计 | 218,436.52 | 本年支出合计 | 221,904.37 |
| 年初结转和结余 | 36,215.08 | 年末结转和结余 | 32,747.23 |

表7 政府性基金预算财政拨款收入支出决算表
单位：万元

| 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 |
| --- | --- | --- | --- | --- |
| 合计 | 0.00 | 0.00 | 0.00 | 0.00 |

注：本年度没有政府性基金预算财政拨款收入、支出及结转结余，故本表以空表列示。

表8 国有资本经营预算财政拨款支出决算表
单位：万元

| 项目 | 年初预算数 | 决算数 |
| --- | --- | --- |
| 国有资本经营预算财政拨款支出 | 0.00 | 0.00 |

第三部分 “三公”经费决算情况说明
2023年度“三公”经费支出决算为151.37万元。其中，公务用车运行维护费58.93万元，主要用于教学实习、招生宣传等所需的燃料费、维修费。全年安排因公出国（境）团组7个、29人次。

表6 “三公”经费支出决算表
单位：万元

| 项目 | 合计 | 公务用车运行维护费 | 公务接待费 |
| --- | --- | --- | --- |
| 2023年预算数 | 186.00 | 70.00 | 56.00 |
| 2023年决算数 | 151.37 | 58.93 | 44.18 |
`;

const TRANSFER = `柘湖师范学院本科生转专业管理办法（2024年修订）
第十条 转入学前教育（师范）专业的学生，须到琅坪校区学习。
附件1 2024—2025学年各学院转专业接收计划

| 学院 | 接收专业 | 接收计划（人） |
| --- | --- | --- |
| 文学院 | 汉语言文学（师范） | 12 |
| 教育科学学院 | 学前教育（师范） | 20 |
| 合计 | | 132 |
`;

describe('lists of a report’s items, channels and last year’s column (round 18 kinds)', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'report.txt'), REPORT);
  writeFileSync(join(corpus, 'budget.md'), BUDGET);
  writeFileSync(join(corpus, 'transfer.md'), TRANSFER);
  const bot = await answererFor(corpus);
  const ask = (question: string) => bot.answer(question, { today: new Date('2025-03-01') });

  it('answers a list of long numbered items (主要经验有哪几条) with each item’s opening, not the report’s outline of its parts', async () => {
    const a = await ask('雁湖职院年报总结的信息公开主要经验有哪几条？');
    for (const lead of ['突出公众关切', '突出民生导向', '突出平台构建']) expect(a.answer).toContain(lead);
    expect(a.answer).not.toContain('六个部分');
    // (The whole items are cited.)
    expect(a.citations[0]!.quote).toContain('细化公开条目');
  });

  it('answers 还存在啥问题 with the section’s items, not a heading naming them', async () => {
    const a = await ask('雁湖职院自己承认信息公开还存在啥问题？');
    expect(a.answer).toContain('公开内容不够细化');
    expect(a.answer).toContain('公开方式不够便捷');
  });

  it('reads 改进措施 (a verb before a noun) as the list asked, and answers with its items', async () => {
    const a = await ask('雁湖职院对信息公开提了哪些改进措施？');
    expect(a.answer).toContain('强化各部门联动');
    expect(a.answer).toContain('优化信息公开平台');
  });

  it('counts a channel by the one its figure’s phrase ends with: 中文官网 is not 中文官网国际交流处二级网站', async () => {
    const a = await ask('雁湖职院中文官网发了几条新闻？');
    expect(a.answer).toContain('11条');
    expect(a.answer).not.toContain('57条');
  });

  it('reads 那阵子 as the period a sentence names with 期间', async () => {
    const a = await ask('录取那阵子，雁湖职院靠电话、网络、直播一共答了多少次招生咨询？');
    expect(a.answer).toContain('上万次');
  });

  it('reads a two-sided table’s figure by the item beside it (年末结转和结余 | 决算数), keeps 年末 of 2023年末 as asked, and passes over an empty table’s zeros', async () => {
    const a = await ask('雁湖理工2023年末结转结余还剩多少？');
    expect(a.answer).toContain('32,747.23');
    expect(a.answer).not.toContain('0.00');
  });

  it('answers a row of zeros asked by name with its zero', async () => {
    const a = await ask('雁湖理工2023年国有资本经营预算财政拨款支出决算数是多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('0.00');
  });

  it('splits parallel asks listed with 、 (预算多少、决算多少) and reads a row naming the measure of a table set on its side', async () => {
    const a = await ask('雁湖理工公务用车运行维护费2023年预算多少、决算多少');
    expect(a.answer).toContain('70.00');
    expect(a.answer).toContain('58.93');
  });

  it('reads 多少个转专业的 as a count of people, and answers a follow-up asking where (在哪个校区) of the same thing', async () => {
    const total = await ask('柘湖师院这次各学院加起来一共能接收多少个转专业的？');
    expect(total.answer).toContain('132');
    const first = await ask('柘湖师院学前教育（师范）接收多少转专业学生？');
    expect(first.answer).toContain('20');
    const where = await bot.answer('转进去以后在哪个校区上课？', { context: nextContext(undefined, first), today: new Date('2025-03-01') });
    expect(where.answer).toContain('琅坪校区');
  });

  it('answers a follow-up in other words (派出去几个团) about a sentence that counts 团组', async () => {
    const first = await ask('雁湖理工2023年“三公”经费决算多少？');
    const groups = await bot.answer('派出去几个团，多少人次？', { context: nextContext(undefined, first), today: new Date('2025-03-01') });
    expect(groups.answer).toContain('团组7个');
  });

  it('answers last year’s figure from this year’s budget table, its unit from the unit line above the table', async () => {
    const first = await ask('雁湖理工2023年财政拨款收入有多少？');
    expect(first.answer).toContain('112,580.40万元');
    const before = await bot.answer('那2022年是多少？', { context: nextContext(undefined, first), today: new Date('2025-03-01') });
    expect(before.found).toBe(true);
    expect(before.answer).toContain('104,236.18');
    expect(before.citations[0]!.quote).toContain('2022年决算数（万元）：104,236.18');
  });
});
