// A worked example's figures (例如：某本科生…每学年学费5800元) illustrate a rule and state no one's value, on an invented
// enlistment-aid notice: a plain question is refused, a question working out a case of its own is answered.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const NOTICE = `芰州大学关于做好2025年应征入伍学生学费补偿工作的通知

一、补偿标准
本专科生每人每年补偿金额最高不超过18000元，研究生每人每年最高不超过22000元。
二、计算办法
按学生在校期间每学年实际缴纳的学费和国家助学贷款本息两者中的较高者计算。例如：某本科生2023年9月入学，每学年学费5800元，则每学年按5800元补偿。
三、申请时间
2025年3月3日至3月21日。
四、代偿示例
例：某研究生2022年9月入学，已缴学费共16000元；其在校期间获得国家助学贷款本金24000元，截至入伍时本息合计24366元。按就高原则，该生代偿金额为24366元。
五、入伍奖励
例：某生入伍前已缴学费5000元，按5000元补偿。学校另对每名入伍学生发放一次性奖励金3000元。
`;

describe('a worked example is no value stated', async () => {
  const bot = await answererFor(corpusOf({ 'jizhou-enlistment-aid-2025.txt': NOTICE }));

  it('refuses a plain fee question the notice answers only in an example', async () => {
    const a = await bot.answer('芰州大学读本科每学年学费多少钱？');
    expect(a.found).toBe(false);
  });

  it('reads every sentence of a paragraph opening as an example (例：…) as the example’s, not only its first', async () => {
    const a = await bot.answer('芰州大学研究生的国家助学贷款本金是多少？');
    expect(a.found).toBe(false);
  });

  it('reads the sentences going on with the example (按就高原则，该生…) as the example’s too', async () => {
    const a = await bot.answer('芰州大学研究生入伍代偿金额是多少？');
    // (Refused, or answered by the rule's cap: never by the example's value.)
    expect(a.found ? a.answer : '').not.toContain('24366元');
  });

  it('answers a rule stated after the example in its paragraph, which no longer goes on with it', async () => {
    const a = await bot.answer('芰州大学入伍学生的一次性奖励金是多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('3000元');
  });

  it('still answers the rule’s own figures', async () => {
    const cap = await bot.answer('芰州大学本科生入伍，每年学费补偿最多多少？');
    expect(cap.found).toBe(true);
    expect(cap.answer).toContain('18000元');
  });

  it('reads a header naming examples (包含专业（举例）) as no worked example', async () => {
    const fees = await answererFor(
      corpusOf({ 'jizhou-fees-2025.txt': '芰州大学2025年学费标准\n\n一、本科学费\n专业类别：理工类 | 包含专业（举例）：计算机科学与技术、化学工程与工艺 | 学费（元/生·年）：5200\n' }),
    );
    const a = await fees.answer('芰州大学理工类本科学费一年多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('5200');
  });
});
