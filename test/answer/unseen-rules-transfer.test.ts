// Answering on an invented 辅修/转专业 rule sent by a cover letter, a joint-programme page and an exam notice:
// school years as students say them (大一), quotas counted with 个, prices per credit against a yearly fee,
// the act a call is for (打电话咨询), the document about a thing typed, clause runs as lists, thin follow-ups.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const RULES = `澄江农业大学文件
澄农教〔2025〕3号
关于印发《澄江农业大学本科学生转专业管理办法（2025年修订）》的通知
各学院：
现将办法印发给你们，请遵照执行。
澄江农业大学
2025年2月20日
第一章　申请条件
第一条　一年级学生第一学期平均学分绩点不低于2.80，二年级学生不低于3.00。
第二条　有下列情形之一的，不得申请转专业：
（一）入学未满一学期的；
（二）正在休学的；
（三）已经转过一次专业的。
第二章　接收计划
第三条　各专业接收计划如下：
学院	专业	接收计划（人）	考核方式
农学院	农学	12	面试
农学院	园艺	9	笔试+面试
第四条　2024年全校共有210名学生申请转专业，经考核最终转入88人。考核采用笔试，综合成绩低于60分的不予接收。
第三章　收费
第五条　二年级学生转入园艺专业的，原则上降一级编入下一年级学习。
第六条　补修课程按学分收取学分学费，标准为每学分90元，其中园艺专业每学分110元。园艺专业学费4800元/学年。
第七条　缴费方式如下：
1. 网上缴费：登录学校缴费平台，用户名为考生号；
2. 现场缴费：报到当天在报到现场刷卡缴费。
缴费截止时间为2025年9月20日。请勿向个人账户转账。
第八条　国家助学金用于资助家庭经济困难的本科学生。学校将国家助学金分为两档：
（一）一档：每生每年4400元；
（二）二档：每生每年3300元。
国家助学金按月发放，即一档每月440元、二档每月330元。
第九条　家庭经济困难新生可通过绿色通道先办理入学手续，在报到现场服务点（东校区体育馆东门）办理。
第四章　附则
联系方式：
教务处学籍科　电话：0977-4410021
监督电话：0977-4410099
`;

const PROGRAMME = `<html><head><title>岚山外国语学院—澳大利亚南岸大学合作举办金融学专业本科教育项目2025年招生简章</title></head><body>
<h1>岚山外国语学院—澳大利亚南岸大学合作举办金融学专业本科教育项目2025年招生简章</h1>
<h2>一、招生计划</h2>
<p>本项目2025年计划招生80人。招生专业为金融学（中外合作办学），中外合作办学项目学生入学后不得转专业。</p>
<h2>二、收费标准</h2>
<table><tr><th>收费项目</th><th>2025级标准</th></tr>
<tr><td>学费</td><td>36000元/学年</td></tr>
<tr><td>住宿费（四人间）</td><td>1100元/学年</td></tr></table>
<h2>三、咨询方式</h2>
<p>岚山外国语学院招生办公室：0977-5520110</p>
<p>办公地点：岚山校区行政楼301室</p>
</body></html>`;

const EXAM = `# 汀岸艺术学院2025年艺术类校考公告

## 一、报名

网上报名时间为2025年2月10日至2月26日17:00。校考采取现场考试方式，考点设在本部。

## 二、成绩

校考成绩满分100分。在文化成绩和校考成绩均达到最低控制线的情况下，按照（文化成绩×50%＋校考成绩×50%）从高到低录取。
`;

describe('invented transfer rules, a joint programme page and an exam notice', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'cjau-transfer.txt'), RULES);
  writeFileSync(join(corpus, 'lsfl-programme.html'), PROGRAMME);
  writeFileSync(join(corpus, 'tayx-exam.md'), EXAM);
  const bot = await answererFor(corpus);

  it('reads 大一 as 一年级 and 普通专业 as no 专业’s name', async () => {
    const a = await bot.answer('澄江农大大一普通专业转专业绩点要求');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('2.80');
  });

  it('counts a quota asked with 个 (名额几个) in people', async () => {
    const a = await bot.answer('澄江农大园艺专业转专业名额几个');
    expect(a.answer).toContain('9');
    expect(a.answer).not.toContain('12');
  });

  it('answers a yearly fee with the one per year, not the price per credit', async () => {
    const a = await bot.answer('澄江农大园艺一年学费多少');
    expect(a.answer).toContain('4800元/学年');
  });

  it('answers 打哪个电话咨询 with the contact block of the document about the thing asked', async () => {
    const a = await bot.answer('转专业有问题打哪个电话咨询？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('0977-4410021');
    expect(a.answer).not.toContain('5520110');
  });

  it('lists the clauses of a 不得 rule when asked 哪些情况', async () => {
    const a = await bot.answer('澄江农大哪些情况不能申请转专业');
    expect(a.answer).toContain('入学未满一学期');
    expect(a.answer).toContain('已经转过一次专业');
  });

  it('reads 降级 as the document’s 降一级', async () => {
    const a = await bot.answer('澄江农大大二转园艺要降级吗');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('降一级');
  });

  it('refuses a fee the document about the thing asked does not state, not another school’s', async () => {
    const a = await bot.answer('转专业以后住宿费一年多少钱？');
    expect(a.answer).not.toContain('1100');
  });

  it('counts the words of a joint programme’s title for its fee row', async () => {
    const a = await bot.answer('岚山外院合作金融学费多少一年？');
    expect(a.answer).toContain('36000元/学年');
  });

  it('answers a contact asked of the thing a page is about (中外合作办学项目电话) with the page’s contact line', async () => {
    const a = await bot.answer('岚山外院中外合作办学项目电话多少');
    expect(a.answer).toContain('0977-5520110');
  });

  it('answers where the office of the thing a page is about is with its contact block’s place', async () => {
    const a = await bot.answer('岚山外院中外合作办学项目在哪里办公？');
    expect(a.answer).toContain('行政楼301室');
  });

  it('reads 满分 as the thing measured and refuses when the document lacks it', async () => {
    const a = await bot.answer('澄江农大转专业笔试满分多少分？');
    expect(a.found).toBe(false);
    const b = await bot.answer('汀岸艺术学院校考满分多少分？');
    expect(b.answer).toContain('100分');
  });

  it('answers a 还是 question with the alternative the document states (现场 for 线上还是线下)', async () => {
    const a = await bot.answer('汀岸艺术学院校考是线上还是线下？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('现场考试');
  });

  it('answers how a score is reckoned (文化课和校考怎么算比例) with the formula’s weights', async () => {
    const a = await bot.answer('汀岸艺术学院文化成绩和校考成绩怎么算比例？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('×50%');
  });

  it('lists items closed by ；and 。 even with a paragraph of their own after them (缴费方式)', async () => {
    const a = await bot.answer('澄江农大交学费有哪几种方式');
    expect(a.answer).toContain('网上缴费');
    expect(a.answer).toContain('现场缴费');
  });

  it('answers where something is done (在哪里办) with the place named, street or not', async () => {
    const a = await bot.answer('澄江农大绿色通道在哪里办');
    expect(a.answer).toContain('体育馆东门');
  });

  it('reads the items of an article with the subject its opening names (二档呢 after 国家助学金一档一年多少钱)', async () => {
    const first = await bot.answer('澄江农大国家助学金一档一年多少钱？');
    expect(first.answer).toContain('4400元');
    const next = await bot.answer('二档呢？', { context: nextContext(undefined, first) });
    expect(next.answer).toContain('3300元');
  });

  it('reads a question of light words only (最后转成功了几个) as a follow-up', async () => {
    const first = await bot.answer('澄江农大2024年多少人申请转专业？');
    const next = await bot.answer('最后转成功了几个？', { context: nextContext(undefined, first) });
    expect(next.school).toBe('澄江农业大学');
    expect(next.found).toBe(true);
  });
});
