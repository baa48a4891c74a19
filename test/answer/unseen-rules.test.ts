// Answering on invented library rules, a recruitment notice and a short annual report: one-character
// acts (借几本书), a labelled line naming the measure of a comparison, glossed English, plain kinds (普通博士).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const LIBRARY = `青禾理工大学图书馆借阅规则

第一章  总则

第一条  青禾理工大学图书馆馆藏纸质图书210万册，阅览座位5,200个。

第二章  借阅

第二条  各类读者借阅权限如下表：

  读者类型          可借册数    借期      可续借次数
  ------------------------------------------------
  本科生            25册        30天      1次
  硕士研究生        35册        60天      1次
  教职工            50册        90天      2次
  ------------------------------------------------

第三条  文献传递：本科生每人每年免费12篇，研究生每人每年免费30篇，超出部分每篇收费2元。

第四条  彩色A4打印每张1.00元，黑白A4打印每张0.10元。
`;

const RECRUIT = `青禾师范学院2026年公开招聘专任教师公告

青禾师范学院位于青禾市，校园占地1,200亩，全日制在校生16,500余人，专任教师980人。

一、引进待遇
1. 安家费：具有副高级职称的博士30万元，其他博士20万元（税前）。
2. 科研启动经费：理工科博士12万元，人文社科博士6万元。
3. 住房补贴：每月1,200元，最长36个月。
`;

const REPORT = `# 青禾职业技术学院2024年信息公开工作年度报告

## 一、概述

学院位于青禾市经济技术开发区，占地面积700亩，全日制在校生9,800人，现有专任教师420人。

## 二、人事师资信息

学院对引进的博士研究生给予安家费18万元、科研启动经费4万元。
`;

describe('invented library rules, recruitment notice and annual report', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qh-library.txt'), LIBRARY);
  writeFileSync(join(corpus, 'qhsf-recruit.txt'), RECRUIT);
  writeFileSync(join(corpus, 'qhzy-report.md'), REPORT);
  const bot = await answererFor(corpus);

  it('reads 借几本书 as the books a reader may borrow (可借册数), not another count of the same reader', async () => {
    const a = await bot.answer('青禾理工本科生一次最多借几本书？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('25册');
    expect(a.answer).not.toContain('12篇');
  });

  it('compares campus areas when the question says 校园 for the school', async () => {
    const a = await bot.answer('青禾师范学院和青禾职业技术学院哪个校园占地大？');
    expect(a.answer).toContain('1,200亩');
    expect(a.answer).toContain('700亩');
  });

  it('compares the ordinary kind (普通博士) with a document that names no kind', async () => {
    const a = await bot.answer('青禾师范学院和青禾职业技术学院给普通博士的安家费哪个高？');
    expect(a.answer).toContain('20万元');
    expect(a.answer).toContain('18万元');
  });

  it('compares a measure that a labelled line above the figures names (科研启动经费：理工科博士12万元)', async () => {
    const a = await bot.answer('理工科博士去青禾师范学院和去青禾职业技术学院，科研启动经费分别给多少？');
    expect(a.answer).toContain('12万元');
    expect(a.answer).toContain('4万元');
    expect(a.answer).not.toContain('20万元');
  });

  it('reads the Chinese gloss of English words (full-time teachers (专任教师)), not what the English alone suggests', async () => {
    const a = await bot.answer('Which has more full-time teachers (专任教师), 青禾师范学院 or 青禾职业技术学院?');
    expect(a.answer).toContain('980人');
    expect(a.answer).toContain('420人');
    expect(a.answer).not.toContain('16,500');
  });

  it('reads a rank as the documents write it (副教授 → 副高级职称)', async () => {
    const a = await bot.answer('副教授职称的博士去青禾师范学院，安家费给多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('30万元');
  });
});
