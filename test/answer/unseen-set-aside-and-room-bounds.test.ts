// What the asker leaves out and what a row's bound holds, on an invented report and fee notice: a tempting neighbour
// named to be left out (别跟…弄混, …的不算), a room size inside a bound a fee row states (8人间 under 6人间以上, 双人间
// under 少于4人), and a relative the asker speaks for (外甥), no thing a document could lack.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const REPORT = `菖湾职业技术学院2023年信息公开年度报告

一、主动公开情况
（一）资产采购信息公开
全年在学校官网发布采购公告41次，其中包括在通知公告专栏公开的7次采购意向，以及在省级资产交易平台发布的9次资产处置公告。
（二）对外交流信息公开
学校中文官网发布对外交流新闻16条，国际合作处二级网站发布新闻和相关政策法规63条，英文官网发布新闻92条。
（三）网站建设
学校官网全年发布信息1860篇，其中招生信息网发布112篇，就业信息网发布205篇。
`;

const FEES = `蘼州省物价局关于调整普通高校学生宿舍住宿收费标准的通知

一、收费标准
寝室定员：4人间 | 公办高校（元/生·学年）：1500 | 民办高校（元/生·学年）：1900
寝室定员：6人间（含5人间） | 公办高校（元/生·学年）：1100 | 民办高校（元/生·学年）：1400
寝室定员：6人间以上 | 公办高校（元/生·学年）：700 | 民办高校（元/生·学年）：900
二、说明
1.寝室定员少于4人的，以4人间标准为基准，按实际住宿人数结算。
2.同一寝室的学生按同一个标准收费。
`;

describe('a neighbour set aside and a room inside a bound', async () => {
  const bot = await answererFor(corpusOf({ 'changwan-vtc-2023.txt': REPORT, 'mizhou-dorm-fees-2024.txt': FEES }));

  it('leaves out the figure the asker says not to mix up (别跟…那个数弄混)', async () => {
    const a = await bot.answer('菖湾职院2023年的采购意向一共公开了几次？别跟资产处置公告那个数弄混');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('7次');
    expect(a.answer).not.toMatch(/9次/);
  });

  it('leaves out what the asker says does not count (…的不算)', async () => {
    const a = await bot.answer('菖湾职院讲对外交流的新闻，学校中文官网本身发了几条？国际合作处那个二级网站的不算');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('16条');
    expect(a.answer).not.toContain('63条');
  });

  it('answers a room size from the row whose bound holds it (8人间 under 6人间以上)', async () => {
    const a = await bot.answer('蘼州公办高校8人间宿舍住宿费标准是多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('700');
    expect(a.answer).not.toContain('1100');
    const b = await bot.answer('蘼州民办高校住8人间一年多少钱？');
    expect(b.answer).toMatch(/(?<!\d)900(?!\d)/);
    expect(b.answer).not.toMatch(/(?<!\d)1900(?!\d)|(?<!\d)1400(?!\d)/);
  });

  it('still answers the row a size names, and refuses none for a size under a lower bound (双人间 under 少于4人)', async () => {
    const six = await bot.answer('蘼州公办高校6人间住宿费多少？');
    expect(six.found).toBe(true);
    expect(six.answer).toContain('1100');
    expect(six.answer).not.toMatch(/(?<!\d)700(?!\d)/);
    const two = await bot.answer('蘼州的高校住双人间，住宿费怎么算？');
    expect(two.found).toBe(true);
    expect(two.answer).toContain('以4人间标准为基准');
  });

  it('reads a relative the asker speaks for (外甥) as no thing the notice lacks', async () => {
    const a = await bot.answer('我外甥想住蘼州公办高校的4人间，一年多少钱？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1500');
  });
});
