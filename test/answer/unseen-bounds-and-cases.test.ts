// Floors, ceilings and cases of a rule, on an invented 转专业 rule: a floor asked (绩点最低要多少, 多少分以下不收)
// is answered by the bound the rule states (不低于, 低于…的不予录取), a ceiling (最多转出百分之多少) by 不超过, and a
// figure stated for a case the question names nothing of (申请转入艺术类专业的，…前20%) gives way to the general one;
// 什么情况下可以… asks the cases an article lists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedBound, statedBound } from '../../src/answer/bounds.js';
import { caseNotAsked } from '../../src/answer/cases.js';
import { answererFor, tempDir } from '../helpers.js';

const RULES = `禾川工程学院本科学生转专业实施办法
禾工教〔2025〕8号
第一章　申请条件
第五条　申请转专业的学生，应当同时具备下列条件：
（一）在校期间未受过纪律处分；
（二）申请转入艺术类专业的，第一学年专业测试成绩须位于本年级前20%，
且须参加加试；
（三）第一学年所修课程全部合格，平均学分绩点不低于2.60；
（四）二年级学生申请的，平均学分绩点不低于2.80。
第二章　计划与考核
第六条　各专业转出人数原则上不超过该专业当年级在校学生人数的15%；
各专业接收转入人数原则上不超过该专业当年级在校学生人数的8%。
第七条　考核成绩按百分制计算，其中笔试成绩占70%、面试成绩占30%。
考核成绩低于65分的，不予录取。
第三章　处理
第八条　有下列情形之一的，可以从轻处理：
（一）主动说明情况并如实陈述违纪事实，在调查过程中积极配合学校各部门开展调查工作的；
（二）主动消除不良影响或者主动赔偿他人损失，取得受害人谅解并出具书面谅解材料的；
（三）受他人胁迫、诱骗或者教唆实施违纪行为，且本人在其中起次要作用或者辅助作用的；
（四）检举他人违纪行为经查证属实，或者有其他立功表现并经所在学院认定属实的；
（五）其他依照国家和学校有关规定可以从轻处理的情形，由学生工作部门提出意见的。
第九条　本办法由教务处负责解释。
`;

describe('bounds and cases of an invented transfer rule', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'hcgc-transfer.txt'), RULES);
  const bot = await answererFor(corpus);

  it('answers a floor asked (最低要多少) with the 不低于 the rule states, not a case’s ranking', async () => {
    const a = await bot.answer('禾川工程学院转专业绩点最低要多少？');
    expect(a.answer).toContain('2.60');
    expect(a.answer).not.toContain('20%');
  });

  it('answers a ceiling asked (最多…百分之多少) with the 不超过 of the thing asked, not a weighting', async () => {
    const a = await bot.answer('禾川工程学院每个专业最多能转出去百分之多少的人');
    expect(a.answer).toContain('15%');
    expect(a.answer).not.toContain('70%');
  });

  it('answers a cut-off asked (多少分以下不收) with the score below which the rule refuses', async () => {
    const a = await bot.answer('禾川工程学院转专业考核多少分以下不收？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('65分');
  });

  it('reads 二年级 as a year of study, so the second-year floor answers 大二', async () => {
    const a = await bot.answer('禾川工程学院大二转专业绩点最低要多少？');
    expect(a.answer).toContain('2.80');
  });

  it('reads 什么情况下可以… as asking the cases a rule lists, and gives every one', async () => {
    const a = await bot.answer('禾川工程学院什么情况下可以从轻处理？');
    for (const item of ['主动说明情况', '主动消除不良影响', '受他人胁迫', '立功表现', '其他依照国家']) expect(a.answer).toContain(item);
  });

  it('answers a case the question names with that case’s figure', async () => {
    const a = await bot.answer('禾川工程学院转艺术类专业，专业测试成绩要排在前百分之多少？');
    expect(a.answer).toContain('20%');
  });
});

describe('bound words', () => {
  it('reads the direction a question asks', () => {
    expect(askedBound('绩点最低要多少')).toBe('min');
    expect(askedBound('多少分以下不收')).toBe('min');
    expect(askedBound('最多能转出去百分之多少')).toBe('max');
    expect(askedBound('What is the maximum loan?')).toBe('max');
    expect(askedBound('学费多少')).toBeUndefined();
    // (Both named: no one direction.)
    expect(askedBound('最高分和最低分各是多少')).toBeUndefined();
    // (A rank asked, or a compound naming no bound.)
    expect(askedBound('哪个学院人数最多')).toBeUndefined();
    expect(askedBound('最低生活保障家庭学生能拿多少助学金')).toBeUndefined();
  });

  it('reads a bare comparative as a bound only where what follows excludes', () => {
    const cond = '家庭人均月收入低于1500元的学生，可申请国家助学金。';
    expect(statedBound(cond, cond.indexOf('1500'), '1500元')).toBeUndefined();
    const view = '招生网浏览量超过56854次';
    expect(statedBound(view, view.indexOf('56854'), '56854次')).toBeUndefined();
    // (…nor across 且: 不超过2门 bounds the courses, not the 2.5 after it.)
    const both = '不及格课程不超过2门且平均学分绩点达到2.5';
    expect(statedBound(both, both.indexOf('2.5'), '2.5')).toBeUndefined();
  });

  it('reads the bound a rule states right before its figure, within its clause', () => {
    const t = '平均学分绩点不低于2.60；转出人数原则上不超过该专业人数的15%，笔试成绩占70%';
    expect(statedBound(t, t.indexOf('2.60'))).toBe('min');
    expect(statedBound(t, t.indexOf('15%'))).toBe('max');
    expect(statedBound(t, t.indexOf('70%'))).toBeUndefined();
    expect(statedBound('考核成绩低于65分的，不予录取', 6)).toBe('min');
  });
});

describe('cases of a rule', () => {
  it('names the kind a case clause opens that the question does not', () => {
    expect(caseNotAsked('（二）申请转入艺术类专业的，第一学年专业测试成绩须位于本年级前', '绩点最低要多少', '')).toEqual(['艺术类']);
    expect(caseNotAsked('（二）申请转入艺术类专业的，第一学年专业测试成绩须位于本年级前', '转艺术类专业要排前多少', '')).toEqual([]);
  });

  it('reads no case in the people every rule is about (在校生中应征入伍的, 家庭经济困难学生的)', () => {
    expect(caseNotAsked('在校生中应征入伍的，学费予以补偿，标准为每年', '学费补偿多少', '')).toEqual([]);
    expect(caseNotAsked('报考美术类专业的，文化成绩不低于', '文化课最低要多少分', '').join('')).toContain('美术');
  });

  it('reads no case in a circumstance every asker is in (有异议的)', () => {
    expect(caseNotAsked('对学院答复仍有异议的，可向学校提出申诉，学校在收到申诉后', '学校多久给最终答复', '')).toEqual([]);
  });
});
