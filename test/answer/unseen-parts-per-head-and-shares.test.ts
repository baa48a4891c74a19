// Figures told apart by what a sentence says of them, on an invented quality report and WeChat notice: a part after
// 其中 the question names (其中国家级45项), a per-head figure after a total (总值…，生均2.07万元), the share of a named
// thing (拿到学位的比例 is 学位授予率, not 毕业率); a short name run into the next word (菱大大创, 菱大前年, 菱溪大学生均),
// a day asked before its verb (哪天开考), and bracketed titles (【四、考试时间和地点】) as sections.
import { describe, expect, it } from 'vitest';
import { cut } from '../../src/text/jieba.js';
import { answererFor, corpusOf } from '../helpers.js';

const REPORT = `菱溪大学本科教学质量报告（2023—2024学年）

一、教学条件
学校教学行政用房面积53.2万平方米，生均17.3平方米。教学科研仪器设备总值63,726.5万元，生均2.07万元；本学年新增教学科研仪器设备值5,372.8万元。
二、创新创业教育
本学年立项大学生创新创业训练计划项目523项，其中国家级45项、省级118项、校级360项；学生在各类学科竞赛中获国家级奖项236项。
三、毕业与学位授予
2024届本科毕业生应毕业6,274人，实际毕业6,152人，毕业率98.06%；授予学士学位5,998人，学位授予率97.50%。
四、招生录取
2023年在荇原省录取最低分558分，2022年为563分。
`;

const CHARTER = `菱溪大学2025年招生章程

第六章 学费和奖助学金
第二十六条 奖励与资助：1、国家奖学金，每生每年8000元。2、国家励志奖学金，每生每年5000元。3、另设有企业奖学金和单项奖学金。
`;

const NOTICE = `关于2025年春季学期开学补考报名的通知
原创 菱溪大学教务处 2025年2月20日

【一、报名时间】
📅 报名时间：2月24日至3月2日。
【二、考试时间和地点】
📅 考试时间：3月10日（周一）至3月14日（周五），地点为文渊楼。
请带学生证参加考试，开考15分钟后不得进入考场。
`;

describe('a part, a per-head figure and a share, as the question names them', async () => {
  const bot = await answererFor(corpusOf({ 'lingxi-quality-2023-2024.txt': REPORT, 'lingxi-makeup-2025.txt': NOTICE, 'lingxi-charter-2025.txt': CHARTER }));

  it('answers the part after 其中 the question names, not the whole before it, through a short name run into 大创', async () => {
    const a = await bot.answer('菱大大创项目国家级的有几项？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('45项');
    expect(a.answer).not.toMatch(/“[^”]*523项[^”]*”\[1\]$/m);
  });

  it('answers the per-head figure stated after a total when 生均 is asked, and the total when it is not', async () => {
    const perHead = await bot.answer('菱溪大学生均仪器设备值现在到多少万了？');
    expect(perHead.answer).toContain('2.07万元');
    const total = await bot.answer('菱溪大学的仪器设备总值是多少？');
    expect(total.answer).toContain('63,726.5万元');
  });

  it('reads the share of a thing named before 的比例 as that thing’s rate', async () => {
    const a = await bot.answer('菱溪大学本科毕业生拿到学位的比例是多少？');
    expect(a.answer).toContain('97.50%');
    expect(a.answer).not.toContain('98.06%');
  });

  it('keeps 生均 and 大创 whole only where jieba has no better cut (学生|均可, 扩大|创新)', () => {
    expect(cut('楸大生均日常运行支出')).toContain('生均');
    expect(cut('楸大大创项目')).toContain('大创');
    expect(cut('全体学生均可报名')).not.toContain('生均');
    expect(cut('考生均须携带准考证')).not.toContain('生均');
    expect(cut('扩大创新创业')).not.toContain('大创');
  });

  it('refuses an award of a kind the charter names without an amount, rather than give another award’s', async () => {
    const a = await bot.answer('菱溪大学的企业奖学金一年能拿多少钱？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('企业奖学金');
    expect(a.answer).not.toMatch(/8000元”\[1\]$/m);
    const own = await bot.answer('菱溪大学励志奖学金多少钱？');
    expect(own.answer).toContain('5000元');
  });

  it('reads 前年 after a short name ending in 大 as the year before last, not 大前年', async () => {
    const a = await bot.answer('菱大前年在荇原录的最低分是多少？');
    expect(a.answer).toContain('558');
  });

  it('reads 哪天开考 as asking the exam’s date, under a bracketed title', async () => {
    const a = await bot.answer('菱大开学补考哪天开考？');
    expect(a.answer).toContain('3月10日');
    expect(a.citations[0]?.section.join(' ')).toContain('考试时间和地点');
  });
});
