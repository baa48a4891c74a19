// A breakdown written in running text (其中党政办公室57篇，…，信息工程学院210篇) ranks like a table: "哪个二级学院发稿最多"
// is its top row of the kind asked (name endings in part-kinds.json), "哪个部门最少" its bottom row, and "发了多少篇"
// after it is answered by the same line. Invented report; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';
import { askedPartKind, asksOnlyTheFigure } from '../../src/answer/part-rank.js';

const REPORT = `茭岚职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（一）学校官网信息公开情况。本年度学校官网总计发文1860篇，其中官网主站512篇，党政办公室64篇，宣传部48篇，纪检监察处81篇，教务处53篇，学生工作处39篇，财务处9篇，后勤保障处17篇，机电工程学院142篇，经济管理学院97篇，信息技术学院188篇，基础教学部81篇，团委36篇。
（二）微信公众号情况。学校官方微信公众号发布信息215篇，目前共有粉丝5万余人。
（三）门户网站栏目。全年在门户网站公开发布信息730条，其中“要闻播报”12条，“校园动态”356条，“通知公告”118条，“媒体关注”244条。
`;

describe('a breakdown in running text ranks by the kind of row asked', async () => {
  const bot = await answererFor(corpusOf({ 'ql-2024.txt': REPORT }));

  it('names the college with the most posts, among colleges only, with its figure', async () => {
    const a = await bot.answer('茭岚职院哪个二级学院在官网上发稿最多？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('信息技术学院');
    expect(a.answer).toContain('188篇');
    expect(a.answer).not.toContain('512');
  });

  it('ranks offices (处室) without the teaching departments that tie with them', async () => {
    const a = await bot.answer('茭岚职院职能处室里谁在官网发文最多？');
    expect(a.answer).toContain('纪检监察处');
    expect(a.answer).not.toContain('基础教学部');
  });

  it('names the fewest for 最少, and a following 几篇 is answered by the same line', async () => {
    const a = await bot.answer('茭岚职院官网发文，发得最少的是哪个部门？几篇？');
    expect(a.answer).toContain('财务处9篇');
    expect(a.answer).not.toContain('②');
  });

  it('ranks the columns of a site pointed at with 那几个, which asks no count of its own', async () => {
    const a = await bot.answer('茭岚职院门户网站那几个栏目里，哪个发得最多？');
    expect(a.answer).toContain('校园动态');
    expect(a.answer).toContain('356条');
  });

  it('ranks the kind an English question names, and its "and how many" is answered by the same line', async () => {
    const a = await bot.answer("Which of Jiaolan VTC's secondary colleges posted the fewest articles on the college website, and how many?");
    expect(a.answer).toContain('经济管理学院');
    expect(a.answer).toContain('97篇');
    expect(a.answer).not.toMatch(/[a-z]{3}/i);
  });

  it('answers a total asked of a part the question names (“校园动态”栏目一共) with the part, and of the whole with the whole', async () => {
    expect((await bot.answer('茭岚职院门户网站“校园动态”栏目一共发了多少条？')).answer).toContain('356条');
    expect((await bot.answer('茭岚职院门户网站一共发了多少条？')).answer).toContain('730条');
  });

  it('never ranks a breakdown when two things are named and compared (微信公众号和门户网站哪个发得多)', async () => {
    const a = await bot.answer('茭岚职院微信公众号和门户网站，哪个发的信息多？');
    expect(a.answer).not.toMatch(/最多的一项/);
  });

  it('reads the kind asked and a bare figure ask', () => {
    expect(askedPartKind('哪个二级学院最多')?.kind).toBe('二级学院');
    expect(askedPartKind('谁最多')).toBeUndefined();
    // (A kind in a name is no kind asked: 职业技术学院哪个部门 asks 部门; English takes the noun after which.)
    expect(askedPartKind('茭岚职业技术学院哪个部门发文最多', ['茭岚职业技术学院'])?.kind).toBe('部门');
    expect(askedPartKind('甲校那四个二级学院，哪个发稿最多')?.kind).toBe('二级学院');
    expect(askedPartKind('职能处室里谁发文最多')?.kind).toBe('职能处室');
    expect(askedPartKind('Which office of the school posted the most?')?.kind).toBe('处室');
    expect(asksOnlyTheFigure('甲校哪个学院最多', '甲校发了多少篇', '篇')).toBe(true);
    expect(asksOnlyTheFigure('甲校哪个学院最多', '甲校粉丝有多少')).toBe(false);
    // (A total, or another measure than the top one's, is asked of its own.)
    expect(asksOnlyTheFigure('甲校哪个学院最多', '甲校一共多少篇', '篇')).toBe(false);
    expect(asksOnlyTheFigure('甲校哪个专业落实率最高', '甲校有多少人', '%')).toBe(false);
  });

  it('ranks by the kind asked when the institution is named in full (…职业技术学院哪个部门…)', async () => {
    const a = await bot.answer('茭岚职业技术学院哪个部门在官网发文最少？');
    expect(a.answer).toContain('财务处');
    expect(a.answer).not.toMatch(/·/);
  });
});
