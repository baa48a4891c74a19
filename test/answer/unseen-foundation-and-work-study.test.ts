// A school's foundation and its work-study rules, invented: a body of a school (…大学教育发展基金会) keeps its whole
// name and is found by the school's short names with the body (芦理工基金会) or without its fillers (…大学基金会);
// 几个 before a noun of people (专职工作人员) counts people, and a kind of people the label does not name (实验实训人员
// for 专职人员, 工作人员 for 专职工作人员) is no answer; a goal (力争…突破) is not the value reached, nor 其他… the whole;
// 几个点 of a share asks a percentage; a space between clauses parts a message; a follow-up asking per another span
// (一个月 after 一小时) drops the old one, and one naming a contact kind (网址呢) asks that kind.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { askedUnit } from '../../src/retrieve/query.js';
import { answererFor, tempDir } from '../helpers.js';

const FOUNDATION = `芦江理工大学教育发展基金会2024年度工作报告

一、基本情况
秘书处下设综合部、项目部两个部门，现有专职工作人员6人、兼职工作人员2人。

二、2024年度主要工作
2024年度基金会接受捐赠收入2,318.40万元。其中校友捐赠1,102.10万元，社会企业捐赠905.30万元，其他社会组织捐赠311.00万元。
公益支出2,310.50万元，占当年总支出的93.70%。管理费用96.20万元，占当年总支出的3.90%。
2024年基金会争取到省级配套资金500.00万元。

三、2025年工作计划
（一）力争全年捐赠收入突破3,000万元，新增定向捐赠项目不少于15个。
`;

const COLLEGE = `芦江职业技术学院2024年信息公开年度报告

一、工作机构
学院信息公开工作由党政办公室负责，各部门设专职信息员岗位。现有专任教师25人、实验实训人员4人、辅导员2人。全年培训各部门工作人员320人次。
`;

const WORK_STUDY = `<html><head><title>芦江师范学院学生勤工助学管理办法</title></head><body>
<h1>芦江师范学院学生勤工助学管理办法</h1>
<p>第六条 学生资助管理中心是勤工助学的日常管理机构。办公地点：博文楼305室；联系电话：0571-86001234；网址：https://zz.ljsf.example。</p>
<p>第十七条 技术类岗位酬金每小时24元，每月不超过960元；一般服务类岗位每小时20元，每月不超过800元。</p>
<p>第九条 学校每学年核定校内固定岗位1,200个左右，各学院岗位数另行通知。</p>
<p>第十八条 学生每周勤工助学时间不超过8小时，每月不超过40小时；寒暑假期间在岗的，月工作时长上限放宽至50小时。</p>
</body></html>`;

describe('a foundation’s report and work-study rules, invented', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, '芦江理工大学教育发展基金会2024年度工作报告.txt'), FOUNDATION);
  writeFileSync(join(corpus, 'ljzy-2024.txt'), COLLEGE);
  writeFileSync(join(corpus, 'ljsf-work-study.html'), WORK_STUDY);
  const bot = await answererFor(corpus);
  const today = new Date('2025-03-01T12:00:00');

  it('keeps a school’s foundation whole and finds it by the school’s short names', async () => {
    expect(bot.schools().map((s) => s.school)).toContain('芦江理工大学教育发展基金会');
    for (const q of ['芦理工基金会2024年接受捐赠收入多少', '芦江理工大学基金会2024年接受捐赠收入多少']) {
      const a = await bot.answer(q, { today });
      expect(a.school).toBe('芦江理工大学教育发展基金会');
      expect(a.answer).toContain('2,318.40万元');
    }
  });

  it('counts people for 几个 before a noun of people, and refuses a kind of people not stated', async () => {
    const a = await bot.answer('芦理工基金会秘书处有几个专职工作人员', { today });
    expect(a.answer).toContain('6人');
    const b = await bot.answer('芦江职院信息公开工作有几个专职人员？', { today });
    expect(b.found).toBe(false);
    expect(b.answer).not.toMatch(/4人|25人|2人/);
    // (…nor one the label names only by its head: 工作人员320人次 for 专职工作人员.)
    const c = await bot.answer('芦江职院信息公开工作有几个专职工作人员', { today });
    expect(c.found).toBe(false);
    expect(c.answer).not.toContain('320');
  });

  it('answers the value reached, not a goal or the rest of a breakdown', async () => {
    const a = await bot.answer('芦理工基金会去年收到多少捐赠', { today });
    expect(a.answer).toContain('2,318.40万元');
    expect(a.answer).not.toContain('3,000万元');
    expect(a.answer).not.toContain('311.00');
    const goal = await bot.answer('芦理工基金会今年力争捐赠收入达到多少', { today });
    expect(goal.answer).toContain('3,000万元');
    // (争取到 is obtained, no goal.)
    const got = await bot.answer('芦理工基金会省级配套资金有多少', { today });
    expect(got.answer).toContain('500.00万元');
  });

  it('reads 几个点 of a share as a percentage, asked of the part before', async () => {
    const a = await bot.answer('芦理工基金会去年管理费多少钱，占总支出几个点', { today });
    const [first, second] = a.answer.split('\n');
    expect(first).toContain('96.20');
    expect(second).toContain('3.90%');
    const b = await bot.answer('芦理工基金会去年管理费多少钱，占总支出的比例是多少', { today });
    expect(b.answer.split('\n')[1]).toContain('3.90%');
    expect(b.answer).not.toContain('93.70%');
    // (几个点 of no share asks a time.)
    expect(askedUnit('图书馆几个点闭馆')).not.toBe('percent');
  });

  it('asks a follow-up naming a contact kind (网址呢 after 电话) for that kind', async () => {
    const first = await bot.answer('芦江师范学院学生资助管理中心电话多少', { today });
    expect(first.answer).toContain('0571-86001234');
    const next = await bot.answer('网址呢？', { today, context: nextContext(undefined, first) });
    expect(next.answer).toContain('zz.ljsf.example');
  });

  it('parts a message at a space between clauses', async () => {
    const a = await bot.answer('芦江师范学院学生资助管理中心在哪办公 电话多少', { today });
    expect(a.answer.split('\n')[1]).toContain('0571-86001234');
    expect(a.answer).toMatch(/^①/);
  });

  it('refuses a college of one character and 学院 (文学院) that the rules do not name, not answering with the whole', async () => {
    const a = await bot.answer('芦江师范学院文学院分到多少个勤工助学岗位', { today });
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('1,200');
  });

  it('reads 寒假 as a rule’s 寒暑假 and 能干 as asking, no topic', async () => {
    const a = await bot.answer('芦江师范学院寒假一个月最多能干多少小时', { today });
    expect(a.answer).toContain('50小时');
    expect(a.answer).not.toContain('40小时');
  });

  it('drops the span the previous turn asked per when a follow-up asks per another', async () => {
    const first = await bot.answer('芦江师范学院勤工助学技术类岗位一小时多少钱', { today });
    expect(first.answer).toContain('24元');
    const next = await bot.answer('那一个月呢', { today, context: nextContext(undefined, first) });
    expect(next.answer).toContain('960元');
  });
});
