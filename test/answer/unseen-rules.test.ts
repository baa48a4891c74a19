// Answering on invented library rules, a recruitment notice and a short annual report: one-character
// acts (借几本书), a labelled line naming the measure of a comparison, glossed English, plain kinds (普通博士).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
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

第五条  读者逾期费累计达到5元的，暂停借阅权限；图书逾期超过30天未还的，另暂停借阅权限15天。
`;

const RECRUIT = `青禾师范学院2026年公开招聘专任教师公告

青禾师范学院位于青禾市，校园占地1,200亩，全日制在校生16,500余人，专任教师980人。

一、引进待遇
1. 安家费：具有副高级职称的博士30万元，其他博士20万元（税前）。
2. 科研启动经费：理工科博士12万元，人文社科博士6万元。
3. 住房补贴：每月1,200元，最长36个月。

二、面试安排
面试（含试讲）时间为2026年4月25日，面试地点另行通知。读者意见可投馆长信箱。
`;

const REPORT = `# 青禾职业技术学院2024年信息公开工作年度报告

## 一、概述

学院位于青禾市经济技术开发区，占地面积700亩，全日制在校生9,800人，现有专任教师420人。

## 二、人事师资信息

学院对引进的博士研究生给予安家费18万元、科研启动经费4万元。

## 三、网站与就业

本学年学院官网总计发文1,200篇，其中机电工程学院150篇，经济管理学院98篇。用人单位在招聘毕业生时愿意给出的平均薪资为6,000元；毕业生期望的平均薪资为7,000元。

### 1.毕业去向落实率

专科毕业生毕业去向落实人数为60人，毕业去向落实率为75.95%。

### （4）专科毕业生毕业去向落实情况

专科毕业生协议和合同就业率20.25%、升学率41.77%、灵活就业率8.86%、自主创业率5.06%。
`;

const DORM = `青禾理工大学学生宿舍管理规定

第一条  学校现有学生公寓12栋，住宿学生约9,000人。

第二条  宿舍楼每日6:00开门，23:00关门；周五、周六及法定节假日前一天延迟至23:30关门。

第三条  申请校外住宿须由本人提交书面申请，并于每学期开学后两周内报学生工作处审批。

第四条  违纪积分满分为20分，积分达到12分及以上的，取消住宿资格。

第五条  联系方式
地址：青禾市学府路1号行政楼201室学生公寓管理中心
咨询电话：0601-5551234
电子邮箱：gy@qh.example

第六条  食堂就餐时间
问：食堂几点开饭？
答：早餐6:30—9:00，午餐11:00—13:00，晚餐17:00—19:00。一食堂二楼提供夜宵，时间为21:00—23:00。
`;

const CATALOG = `# 青禾理工大学2026年硕士研究生招生专业目录

## 一、专业目录

| 专业代码、名称 | 研究方向 | 拟招人数 | 备注 |
| --- | --- | ---: | --- |
| 085400电子信息（专业学位） | 01计算机技术 | 120 | 含推免26人 |
| 085800能源动力（专业学位） | 01电气工程 | 40 | 含推免8人 |

## 二、住宿

全日制研究生可申请入住研究生公寓，4人间1200元/生·年，2人间1500元/生·年。
`;

describe('invented library rules, recruitment notice and annual report', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qh-library.txt'), LIBRARY);
  writeFileSync(join(corpus, 'qhsf-recruit.txt'), RECRUIT);
  writeFileSync(join(corpus, 'qhzy-report.md'), REPORT);
  writeFileSync(join(corpus, 'qh-dorm.txt'), DORM);
  writeFileSync(join(corpus, 'qh-catalog.md'), CATALOG);
  const bot = await answererFor(corpus);

  it('follows up with a time (那周末呢) on the same measure, and with a thing (那夜宵呢) asked as before', async () => {
    const first = await bot.answer('青禾理工宿舍晚上几点关门？');
    expect(first.answer).toContain('23:00');
    const weekend = await bot.answer('那周末呢？', { context: nextContext(undefined, first) });
    expect(weekend.found).toBe(true);
    expect(weekend.answer).toContain('23:30');
    const meals = await bot.answer('青禾理工食堂中午几点开饭？');
    const late = await bot.answer('那夜宵呢？', { context: nextContext(undefined, meals) });
    expect(late.answer).toContain('21:00—23:00');
  });

  it('answers 什么时候 with a span counted from an event of the school year (开学后两周内)', async () => {
    const a = await bot.answer('青禾理工想在校外住，什么时候申请？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('开学后两周内');
  });

  it('answers the threshold asked (多少分就…, 欠到多少就…) with the bound that sets it off', async () => {
    const a = await bot.answer('青禾理工违纪积分多少分就取消住宿资格？');
    expect(a.answer).toContain('12分');
    expect(a.answer).not.toContain('20分');
    const b = await bot.answer('青禾理工逾期费欠到多少就不让借书了？');
    expect(b.answer).toContain('5元');
    expect(b.answer).not.toContain('15天');
  });

  it('answers a department’s figure from its own clause, not the whole (机电工程学院150篇)', async () => {
    const a = await bot.answer('青禾职业技术学院的机电工程学院在官网发了几篇？');
    expect(a.answer).toContain('150篇');
    expect(a.answer).not.toContain('1,200篇');
  });

  it('tells an employer’s offer from a graduate’s wish', async () => {
    expect((await bot.answer('What average salary do employers offer graduates of 青禾职业技术学院?')).answer).toContain('6,000元');
    expect((await bot.answer('青禾职业技术学院毕业生期望的平均薪资是多少？')).answer).toContain('7,000元');
  });

  it('says a place left to a later notice is not given yet (面试地点另行通知), while the time stated is answered', async () => {
    const where = await bot.answer('青禾师范学院面试具体在哪栋楼？');
    expect(where.found).toBe(false);
    expect(where.answer).toContain('另行通知');
    const when = await bot.answer('青禾师范学院面试什么时候？');
    expect(when.found).toBe(true);
    expect(when.answer).toContain('4月25日');
  });

  it('refuses a person asked by title (馆长叫什么) when no passage names one', async () => {
    expect((await bot.answer('青禾师范学院館長叫什麼名字？')).found).toBe(false);
  });

  it('reads a fee asked (住宿费) in a passage under its thing (住宿), and refuses it for another level (本科生)', async () => {
    expect((await bot.answer('青禾理工大学研究生4人间住宿费多少？')).answer).toContain('1200元');
    expect((await bot.answer('青禾理工大学本科生宿舍4人间住宿费多少？')).found).toBe(false);
  });

  it('answers two contact details joined (电话跟邮箱), the office named on the lines above its phone', async () => {
    const a = await bot.answer('青禾理工大学公寓管理中心电话跟邮箱给一下');
    expect(a.answer).toContain('0601-5551234');
    expect(a.answer).toContain('gy@qh.example');
    expect((await bot.answer('青禾理工大学公寓管理中心电话是多少？')).answer).toContain('0601-5551234');
  });

  it('answers the rate asked, not another rate of the same people (落实率, not 合同就业率), in English too', async () => {
    expect((await bot.answer('青禾职业技术学院专科毕业生毕业去向落实率是多少？')).answer).toContain('75.95%');
    const en = await bot.answer("What is the graduation destination rate of 青禾职业技术学院's junior-college graduates?");
    expect(en.answer).toContain('75.95%');
    expect(en.answer).not.toContain('20.25%');
  });

  it('reads 住校 as the documents’ 住宿', async () => {
    expect((await bot.answer('青禾理工有多少学生住校？')).answer).toContain('9,000人');
  });

  it('reads a count cell (拟招人数：120) as a count, not the ambulance number, and re-cuts 专硕拟|招 as 拟招', async () => {
    const a = await bot.answer('青禾理工电子信息专硕拟招几个人？');
    expect(a.answer).toContain('120');
    expect(a.answer).not.toMatch(/26人/);
  });

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
