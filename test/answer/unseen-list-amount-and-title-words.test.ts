// A list asked with how much of it to give (…有哪些情况不能申报？说几个主要的。) and a staff rule read in its own words
// (评职称 is 专业技术职务评审, 报职称 is 申报), on an invented title-criteria document whose title names no document word
// the lists knew before (评审条件) and whose number gives its short name (蘅院人〔2025〕2号 → 蘅院).
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const CRITERIA = `蘅芷学院教师专业技术职务评审条件
（2025年修订）
（2025年1月9日学院党委会审议通过　蘅院人〔2025〕2号印发）
第一章 总则
第一条　为深化职称制度改革，建立以品德、能力和业绩为导向的教师评价体系，制定本条件。
第二章 基本条件
第五条　有下列情形之一的，不得申报：
1. 师德考核不合格的，当年及此后3年内不得申报；
2. 经查实存在学术不端行为的，自处理决定作出之日起5年内不得申报；
3. 申报材料弄虚作假的，取消当年申报资格。
第三章 评审程序
第九条　对评审结果有异议的，可在公示期内以书面形式向学院纪委办公室实名反映。
第十条　2025年度评审中，申报人的论文条件可选择按原条件执行。
`;

describe('a list with how much of it to give, and a staff rule in its own words', async () => {
  const bot = await answererFor(corpusOf({ 'hengzhi-title-criteria-2025.docx.txt': CRITERIA }));

  it('reads the institution from a title ending in 评审条件 and its short name from the document number', async () => {
    const a = await bot.answer('对蘅院职称评审结果有意见，可以找哪个部门反映？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('学院纪委办公室');
  });

  it('asks no second question of 说几个主要的: it lists the cases asked', async () => {
    const a = await bot.answer('蘅芷学院哪些情形不能申报职称？说几个主要的。');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('师德考核不合格');
    expect(a.answer).not.toMatch(/②/);
  });

  it('reads 评职称 as the rule’s 专业技术职务评审', async () => {
    const a = await bot.answer('蘅院今年评职称，论文还能按老条件算吗？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('可选择按原条件执行');
  });
});
