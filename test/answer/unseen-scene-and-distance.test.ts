// A first clause saying who asks (我是外省户口，…) is no thing the documents must name; a 其中 clause sets the scene of
// the figures after it in its sentence (其中…当天，…UV访客数26443人次); a distance is asked (多远, how many kilometres)
// and answered in 公里; 大专 is the 专科 documents write as 高职高专. Invented documents; no shipped text.
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { explainText } from '../../src/answer/explain.js';
import { answererFor, corpusOf } from '../helpers.js';

const FEES = `# 荇塘医学院2025年学费标准

| 专业 | 学制 | 学费（元/学年） |
| --- | --- | --- |
| 中草药栽培技术 | 3 | 5600 |
| 护理 | 3 | 6200 |

## 校区

学院现有东校区（主校区，荇塘市学府路8号）和南湖校区（荇塘市南湖镇18号）两个校区，两校区相距约17公里。

## 报考条件

获得国家承认的高职高专毕业学历后满2年的人员，可按本科毕业同等学力身份报考。

## 奖助

国家奖学金每生每年8000元。

## 专项计划

另有“退役大学生士兵”专项计划12人，由上级单独下达，具体招生专业另行公布。

## 投诉处理

全年共收到教育乱收费投诉6起，均已按规定办结。
`;

const GUIDE = `# 苕山职业技术学院2025级新生入学指南

## 一、报到时间

汽车工程学院新生9月7日报到，其余学院新生9月6日报到。

## 二、住宿安排

智能制造学院新生住北校区，宿舍为四人间。

汽车工程学院新生住西湖校区，宿舍为六人间。

## 三、官网发稿

汽车工程学院在学校官网发稿86篇，思政课部94篇，招生信息网87篇。
`;

const REPORT = `茳州职业技术学院2023-2024学年信息公开工作年度报告

一、招生信息公开

招生网共计UV访客数385120人次，PV浏览量1602311人次，其中2024年6月28日录取结果发布当天，招生网PV浏览量120455次，UV访客数23318人次。
`;

describe('scene words, 其中 scopes and distances', async () => {
  const bot = await answererFor(
    corpusOf({ 'xingtang-medical-2025-fees.md': FEES, 'jiangzhou-vtc-2023-2024-disclosure.txt': REPORT, 'tiaoshan-vtc-2025-freshman-guide.md': GUIDE }),
  );

  it('answers the fee whatever the asker says of themselves that the notice does not tell apart', async () => {
    const a = await bot.answer('我是外省户口，读荇塘医学院中草药栽培技术专业，一年学费要交多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('5600');
  });

  it('reads the figure after a 其中 clause as that clause’s (the day results came out)', async () => {
    const a = await bot.answer('茳州职院录取结果发布那天，招生网UV访客数是多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('23318');
    expect(a.answer).not.toContain('385120');
  });

  it('answers a distance asked in Chinese or English with the kilometres stated', async () => {
    for (const q of ['荇塘医学院两个校区离多远？', 'How many kilometres apart are the two campuses of Xingtang Medical College (荇塘医学院)?']) {
      const a = await bot.answer(q);
      expect(a.found).toBe(true);
      expect(a.answer).toContain('17公里');
    }
  });

  it('keeps the department a previous question named, unless the follow-up names another body in its place', async () => {
    const first = await bot.answer('苕山职院汽车工程学院新生几号报到？');
    expect(first.answer).toContain('9月7日');
    const campus = await bot.answer('那住哪个校区？', { context: nextContext(undefined, first) });
    expect(campus.answer).toContain('西湖校区');
    const posts = await bot.answer('苕山职院汽车工程学院在官网发了多少篇？');
    expect(posts.answer).toContain('86篇');
    const other = await bot.answer('思政课部呢？', { context: nextContext(undefined, posts) });
    expect(other.answer).toContain('94篇');
  });

  it('says a list the document leaves to a later notice is not given yet (具体招生专业另行公布)', async () => {
    const a = await bot.answer('荇塘医学院退役大学生士兵专项计划招哪些专业？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('另行');
  });

  it('reads 多少个名额 as a count of people, which an amount does not answer', async () => {
    const a = await bot.answer('荇塘医学院国家奖学金每年有多少个名额？', { explain: true });
    expect(a.found).toBe(false);
    expect(explainText(a.explain!)).toContain('unit people');
  });

  it('does not answer with the figure the question itself states (那6起投诉…查实了几起)', async () => {
    const a = await bot.answer('荇塘医学院那6起乱收费投诉，最后查实了几起？');
    expect(a.found).toBe(false);
  });

  it('reads 大专 as the 高职高专 a charter writes', async () => {
    const a = await bot.answer('荇塘医学院大专毕业的能不能以同等学力报考？', { explain: true });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('高职高专');
    expect(explainText(a.explain!)).toMatch(/高职高专:0\.\d+/);
  });
});
