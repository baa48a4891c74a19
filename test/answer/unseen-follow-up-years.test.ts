// A second message with no word of its own but a time (去年招了多少？) asks the previous topic of that time, and a
// figure the newer document dates in brackets (计划招生180名（2024年为150名）) answers for that year; a short message
// naming no institution keeps the previous topic as its scene; 最低一档 picks the lowest of a sentence's tiers. Invented documents; no shipped text.
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { explainText } from '../../src/answer/explain.js';
import { answererFor, corpusOf } from '../helpers.js';

const CHARTER = `# 苕山理工大学2025年第二学士学位招生简章

## 一、招生计划

2025年学校在3个学院的6个专业招收第二学士学位学生，计划招生180名（2024年为150名，开设5个专业）。

## 二、学制与学费

第二学士学位学制2年，学费按所读专业的普通本科标准收取，经管类每生每学年5600元。

## 三、住宿

茳州校区四人间每生每学年1200元。

## 五、助学金与测试费

2025年学校共发放助学金1210万元，比2024年的1100万元增长10%。

国家助学金按家庭经济困难程度分三档：一档每生每年4600元，二档每生每年3400元，三档每生每年2200元，按10个月发放。

测试报名时须交证书工本费，每人12元。

普通话水平测试首次参加每人50元，再次参加每人75元。

## 四、专项计划

高校专项计划招生计划数为120名，报名截止时间为4月20日。

国家专项计划招生计划数为80名，报名截止时间为5月10日。
`;

const REPORT = `荇塘大学信息公开工作年度报告（2023—2024学年）

一、主动公开情况

本学年学校各单位共主动公开信息一万三千余条，比上学年（11,480条）增长13.2%。
`;

describe('follow-ups asking another year', async () => {
  const bot = await answererFor(corpusOf({ 'tiaoshan-tech-2025-second-degree.md': CHARTER, 'xingtang-univ-2023-2024-disclosure.txt': REPORT }));

  it('reads 去年招了多少 as the previous topic a year earlier, answered by the figure dated to that year', async () => {
    const first = await bot.answer('苕山理工今年第二学士学位招多少人？');
    expect(first.answer).toContain('180名');
    const a = await bot.answer('去年招了多少？', { context: nextContext(undefined, first) });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('150名');
  });

  it('keeps the previous topic as the scene of a short question naming no institution', async () => {
    for (const [plan, deadline, count] of [
      ['国家专项计划', '5月10日', '80名'],
      ['高校专项计划', '4月20日', '120名'],
    ]) {
      const first = await bot.answer(`苕山理工${plan}报名几号截止？`);
      expect(first.answer).toContain(deadline);
      const a = await bot.answer('招生计划数是多少？', { context: nextContext(undefined, first) });
      expect(a.found).toBe(true);
      expect(a.answer).toContain(count);
    }
  });

  it("answers the lowest or highest of a sentence's parallel tiers, also when a follow-up turns 最高 into 最低", async () => {
    expect((await bot.answer('苕山理工助学金最低一档每年多少钱？')).answer).toContain('2200元');
    const top = await bot.answer('苕山理工助学金最高那一档每年给多少？');
    expect(top.answer).toContain('4600元');
    const low = await bot.answer('最低一档呢？', { context: nextContext(undefined, top) });
    expect(low.answer).toContain('2200元');
  });

  it('reads 第一次 as the 首次 a fee notice writes', async () => {
    const a = await bot.answer('苕山理工普通话第一次考要交多少钱？', { explain: true });
    expect(a.answer).toContain('50元');
    expect(explainText(a.explain!)).toMatch(/首次:0\.\d+/);
  });

  it('dates the figure right after the year compared with to that year', async () => {
    const a = await bot.answer('苕山理工2024年发放助学金多少钱？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1100万元');
  });

  it('moves the previous period a year back for 再往前一年, answered by the figure compared with 上学年', async () => {
    const first = await bot.answer('荇塘大学2023-2024学年主动公开了多少条信息？');
    expect(first.answer).toContain('一万三千余条');
    const a = await bot.answer('再往前一年呢？', { context: nextContext(undefined, first) });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('11,480条');
  });

  it('keeps a new question a question of its own: naming the school, on another topic, or 提前一年', async () => {
    const first = await bot.answer('苕山理工今年第二学士学位招多少人？');
    const context = nextContext(undefined, first);
    const own = await bot.answer('你们学校去年一共有多少学生？', { context, explain: true });
    expect(explainText(own.explain!)).not.toContain('follow-up of');
    const pool = await bot.answer('有游泳馆吗？', { context, explain: true });
    expect(explainText(pool.explain!)).not.toContain('carried');
    expect(pool.found).toBe(false);
    const early = await bot.answer('那可以提前一年毕业吗？', { context, explain: true });
    expect(explainText(early.explain!)).not.toMatch(/period 2024年/);
  });

  it('keeps the first topic over two elliptic turns (去年招了多少？ then 前年呢？)', async () => {
    const first = await bot.answer('苕山理工2025年第二学士学位计划招生多少名？');
    const second = await bot.answer('去年招了多少？', { context: nextContext(undefined, first) });
    const context = nextContext(nextContext(undefined, first), second);
    expect(context.question).toBe(first.question);
    expect(context.asked).toBe('2024年');
  });

  it('dates a figure by the year opening its bracketed aside', async () => {
    const a = await bot.answer('苕山理工2024年第二学士学位计划招生多少名？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('2024年为150名');
  });
});
