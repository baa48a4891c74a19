// What a heading says about the lines under it: a run-in label (3.5 不得参评情形。) is answered with what follows it, a
// line closing with a colon (还须满足：) with the item lines below it, shown whole; of two sibling sections under one
// chapter, the one whose own heading names what is asked (（二）改进措施 for 打算怎么改) answers; and 下一步 is no 进一步.
// Invented documents; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const RULES = `# 蒹溪大学2025年研究生学业奖学金评定细则

## 三、学业奖学金

**3.4 评定比例。** 硕士研究生一等奖学金比例为20%，二等为40%，三等为40%。

**3.5 不予参评情形。** 有下列情形之一的，取消当年参评资格：受到警告及以上纪律处分的；存在学术不端行为的；无故未参加中期考核的；超出基本修业年限的。

## 四、报考条件

（一）报名参加考试的人员，须符合下列条件：

国家承认学历的应届本科毕业生；

已获硕士学位的人员。

（二）以同等学力身份报考的人员，除符合上述条件外，还须满足：

以第一作者在公开发行的学术期刊上发表过与报考专业相关的学术论文1篇及以上，或修完报考专业本科主干课程8门且成绩合格；

复试时须加试两门报考专业的本科主干课程，加试科目不得与初试科目相同；

同等学力考生不得报考我校会计硕士、法律硕士专业。
`;

const REPORT = `萁川职业技术学院2024年信息公开工作年度报告

一、概述

2024年，学校进一步完善信息公开制度，全年主动公开信息1260条。

二、本年度信息公开工作存在的问题及下一步改进措施

（一）存在的问题

1.信息公开的及时性有待进一步加强。

2.信息发布平台分散，有待进一步整合。

（二）改进措施

1.健全机制，压实责任。将信息公开纳入部门年度考核，明确各部门信息发布的时限。

2.整合平台，统一入口。建设统一的信息公开门户，实现各部门网站信息同步发布。
`;

describe('headings and the items under them', async () => {
  const bot = await answererFor(corpusOf({ 'jianxi-grad-scholarship-2025.md': RULES, 'qichuan-vtc-2024-disclosure.txt': REPORT }));

  it('answers with what a run-in label introduces, not the label alone', async () => {
    const a = await bot.answer('蒹溪大学哪些情况不能参评学业奖学金？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('受到警告及以上纪律处分的');
    expect(a.answer).toContain('超出基本修业年限的');
  });

  it('quotes every item below a line closing with a colon, whatever was asked', async () => {
    const a = await bot.answer('同等学力报考蒹溪大学有什么额外要求？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('加试两门报考专业的本科主干课程');
    expect(a.answer).toContain('不得报考我校会计硕士');
  });

  it('answers 打算怎么改 from the section headed 改进措施, not the sibling listing the problems', async () => {
    const a = await bot.answer('萁川职院针对信息公开存在的问题，下一步打算怎么改？');
    expect(a.found).toBe(true);
    expect(a.citations[0]!.section).toContain('（二）改进措施');
    expect(a.answer).not.toContain('有待进一步');
  });
});
