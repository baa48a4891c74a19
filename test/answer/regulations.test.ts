// Regulations and charters written as articles and labelled items: an article that introduces a list
// heads its items, a heading that is a label (6、考试地点：) names what its lines state, a place asked
// (在哪里考) is answered by the address, and the academic calendar (第二学期第3—4周) dates a 什么时候.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const RULES = `松岭农林大学本专科学生奖助学金评审办法
松农发〔2025〕7号

第一章 总则
第一条 为规范奖助学金评审工作，制定本办法。
第二章 申请条件
第九条 申请国家奖学金的学生，除具备基本条件外，还应同时满足：
（一）原则上为二年级及以上学生；
（二）上一学年学习成绩排名位于本专业前10%（含10%）；
第十条 申请国家励志奖学金的学生，除具备基本条件外，还应同时满足：
（一）经学校认定为家庭经济困难学生；
（二）上一学年学习成绩排名位于本专业前40%（含40%），无不及格课程；
第十二条 “松林助学金”是学校设立的校内助学金，用于补充资助家庭经济困难学生。资助标准为每生每月150元，每学年按10个月发放。
第十三条 校长奖学金用于奖励全面发展的学生。奖励标准为每生6000元，全校名额不超过20名。
第十五条 国家助学金用于资助家庭经济困难学生。学校将国家助学金分为两档：
（一）一档：每生每年4000元；
（二）二档：每生每年3000元。
国家助学金按学年申请，按月发放，即一档每月400元、二档每月300元。
第三章 评审程序
第十四条 评审工作每学年开展一次，按以下时间节点进行：
（一）9月10日至9月20日：学生本人提交申请表及相关证明材料；
（二）12月20日前：完成国家奖学金的发放。
第十一条 转专业申请时间为每学年第二学期第3—4周，学生在校期间限转一次。
第十六条 本办法由学生资助管理中心负责解释。联系地址：行政楼215室；联系电话：0766-3100001。

松岭农林大学
2025年3月2日
`;

const CHARTER = `松岭职业学院2025年单独招生章程
一、报名条件
高中、中职应往届毕业生均可报考我校单独招生考试。
二、考试科目、时间、地点
1、我校单独招生考试，在省教育考试院领导监督下，自行组织实施。
2、考试科目：文化素质+职业技能，总分500分。
3、考试时间：2025年3月份，具体时间以省教育考试院公布为准。
4、考试地点：
松岭职业学院
地 址：松岭市北山区学苑路18号
5、考生携带身份证和准考证参加考试。
三、奖助政策
新生奖学金：对第一志愿录取的考生，按高考成绩超出本科线的分值，一次性奖励如下：
超出80分及以上的，每人奖励8000元；
超出50分（含）至80分（不含）的，每人奖励4000元。
四、联系方式
- 单位：松岭职业学院招生就业处（就业指导中心）
- 地址：松岭市北山区学苑路18号
- 咨询电话：0766-3218800
- 学生资助管理中心
- 电话：0766-3218811
`;

describe('regulations and charters of articles and labelled items', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'songling-aid-rules-2025.txt'), RULES);
  writeFileSync(join(corpus, 'songling-vtc-charter-2025.txt'), CHARTER);
  const bot = await answererFor(corpus);

  it('answers a condition from the item under the article that says which award it is a condition of', async () => {
    const a = await bot.answer('松岭农林大学国家励志奖学金对成绩排名有什么要求？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('前40%');
    expect(a.answer).not.toContain('前10%');
  });

  it('answers 在哪里考 with the address under the labelled heading, not a sentence that merely names the exam', async () => {
    const a = await bot.answer('松岭职业学院单招考试在哪里考？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('学苑路18号');
  });

  it("reads a line's later sentences as about the subject its first sentence defines (“松林助学金”是…。资助标准为…)", async () => {
    const a = await bot.answer('松岭农林大学的松林助学金每个月给多少钱？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('每生每月150元');
    const b = await bot.answer('松岭农林大学校长奖学金奖励多少？');
    expect(b.answer).toContain('6000元');
  });

  it('reads a dated item of a timetable (（一）9月10日至9月20日：学生提交申请表) as the date of what it says', async () => {
    const a = await bot.answer('松岭农林大学奖学金申请材料几号交？');
    expect(a.answer).toContain('9月10日至9月20日');
    const b = await bot.answer('松岭农林大学国奖几号前发到卡上？');
    expect(b.answer).toContain('12月20日');
  });

  it('reads every line of a contact block as the office named on the nearest line above it', async () => {
    const a = await bot.answer('松岭职业学院就业指导中心电话多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('0766-3218800');
    const b = await bot.answer('松岭职业学院学生资助管理中心电话多少？');
    expect(b.answer).toContain('0766-3218811');
    expect(b.answer).not.toContain('0766-3218800');
  });

  it('answers a tier per year or per month as asked, from the items of the article defining the award, and keeps 一年 in a follow-up', async () => {
    const a = await bot.answer('松岭农林大学国家助学金一档一年多少钱？');
    expect(a.answer).toContain('每生每年4000元');
    const b = await bot.answer('二档呢？', { context: nextContext(undefined, a) });
    expect(b.answer).toContain('每生每年3000元');
    const c = await bot.answer('松岭农林大学国家助学金一档每个月多少钱？');
    expect(c.answer).toContain('每月400元');
  });

  it('reads a contact field later in a line as the contact of what the line names first', async () => {
    const a = await bot.answer('松岭农林大学学生资助中心的咨询电话是多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('0766-3100001');
  });

  it('answers from the band holding a value the question states, under the line introducing the bands', async () => {
    const a = await bot.answer('松岭职业学院超本科线60分新生奖学金能拿多少？');
    expect(a.answer).toContain('4000元');
    expect(a.answer).not.toContain('8000元');
  });

  it('asks each institution of a comparison its own words, not one metric of both', async () => {
    const a = await bot.answer('松岭农林大学转专业申请和松岭职业学院单招考试，分别在什么时候？');
    expect(a.answer).toContain('第二学期第3—4周');
    expect(a.answer).toContain('2025年3月份');
  });

  it('answers when documents were published with the date each states, cited, or says none is stated', async () => {
    const a = await bot.answer('这两份文件分别是哪天发布的？');
    expect(a.answer).toContain('2025年3月2日');
    expect(a.answer).toContain('没有写明发布日期');
    expect(a.citations.some((c) => c.quote === '2025年3月2日')).toBe(true);
    const one = await bot.answer('松岭农林大学那份办法是什么时候印发的？');
    expect(one.answer).toContain('2025年3月2日');
    expect(one.answer).not.toContain('松岭职业学院');
  });

  it('compares two institutions joined before 各 instead of splitting them into two topics', async () => {
    const a = await bot.answer('松岭农林和松岭职院电话各是多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('0766-3100001');
    expect(a.answer).toMatch(/0766-32188(?:00|11)/);
  });

  it('does not refuse a part of a message for a thing only the other part names', async () => {
    const a = await bot.answer('松岭农林大学宿舍有没有空调？转专业什么时候申请？');
    expect(a.answer).toContain('第二学期第3—4周');
  });

  it('dates a 什么时候 question by the academic calendar (第二学期第3—4周)', async () => {
    const a = await bot.answer('松岭农林大学转专业什么时候申请？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('第二学期第3—4周');
  });
});
