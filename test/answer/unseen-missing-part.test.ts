// A part of the population the question names (本科, 博士) that an institution's documents never name is missing: a
// vocational college's employment report states its whole rate, which is no answer for 本科毕业生. 本科 is tagged a
// pronoun by jieba; it is still a thing a document can lack. Invented report; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const REPORT = `芃溪职业技术学院2024届毕业生就业质量年度报告

一、毕业生规模
学院2024届毕业生共3921人，均为三年制高职毕业生，其中男生2210人，女生1711人。
二、毕业去向落实情况
1.毕业去向落实率
截至2024年12月20日，毕业生总人数为3921人，毕业去向落实人数为3566人，毕业去向落实率为90.95%，其中协议和合同就业率61.20%、升学率16.05%。
`;

describe('a part of the population that the documents never name', async () => {
  const bot = await answererFor(corpusOf({ 'px-employment-2024.txt': REPORT }));

  it('refuses a 本科 rate where the report states only its whole', async () => {
    const a = await bot.answer('芃溪职院2024届本科毕业生的毕业去向落实率是多少？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('本科');
  });

  it('reads 高职 as naming 专科: a 专科 rate is no missing part of a report that says 高职', async () => {
    const a = await bot.answer('芃溪职院2024届专科毕业生的毕业去向落实率是多少？');
    expect(a.answer).not.toMatch(/没有提到“专科/);
  });

  it('still answers the whole, and a part the report names', async () => {
    expect((await bot.answer('芃溪职院2024届毕业去向落实率是多少？')).answer).toContain('90.95%');
    expect((await bot.answer('芃溪职院2024届女生有多少人？')).answer).toContain('1711人');
  });

  it('never calls 本科 missing from a document naming 本专科 students', async () => {
    const aid = `芃溪师范学院关于做好2024年国家奖学金评审工作的通知

一、国家奖学金
国家奖学金奖励具有我校正式学籍的全日制本专科学生中特别优秀的学生，奖励标准为每生每年10000元。
`;
    const own = await answererFor(corpusOf({ 'px-aid.txt': aid }));
    const a = await own.answer('芃溪师范学院本科生国家奖学金多少钱？');
    expect(a.answer).not.toMatch(/没有提到“本科/);
    expect(a.answer).toContain('10000元');
  });
});

