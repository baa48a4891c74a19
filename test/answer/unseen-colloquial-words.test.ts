// Everyday words for what documents write otherwise: 宿舍 where a page writes 住宿, 这学期 as a time, 二甲 for 二级甲等,
// a 专业 named in English that the documents lack, a second question asked with 会怎样, and a 凡…者 rule quoted with its
// consequence. Invented documents; no shipped text.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/answer/sentences.js';
import { questionParts } from '../../src/answer/understand.js';
import { answererFor, corpusOf } from '../helpers.js';

const PAGE = `# 葭水大学2025年中外合作办学招生简章

## 一、招生计划及收费

| 专业 | 培养模式 | 计划数 | 国内阶段学费（元/学年） |
| --- | --- | --- | --- |
| 计算机科学与技术（中外合作办学） | 4+0 | 120 | 58000 |
| 金融学（中外合作办学） | 4+0 | 100 | 52000 |

## 二、住宿

蔚岗校区：四人间（独立卫浴、空调），1500元/生·学年。莳川校区：六人间，900元/生·学年。

## 三、普通话水平测试

报名时间：2025年3月3日9:00至3月9日17:00，登录报名系统注册并缴费。首次测试每人45元；再次参加测试的，每人70元。师范类专业学生须达到二级甲等及以上。

## 五、测试注意事项

考生须于开考前30分钟到达候测室，凭准考证和本人有效身份证件原件参加测试。

## 四、入学复查

新生入校后，学校进行入学资格复查，复查合格者取得学籍。凡发现弄虚作假的，一律取消入学资格。
`;

describe('colloquial words for what the documents write', async () => {
  const bot = await answererFor(corpusOf({ 'jiashui-sino-foreign-2025.md': PAGE }));

  it('reads 宿舍 as the 住宿 a page writes', async () => {
    const a = await bot.answer('葭水大学蔚岗校区宿舍一年多少钱');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1500元');
  });

  it('reads 这学期 as a time, not a thing the document must name', async () => {
    const a = await bot.answer('葭水大学这学期普通话报名几号开始？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('3月3日');
  });

  it('reads 二甲 as 二级甲等', async () => {
    const a = await bot.answer('葭水大学师范生普通话要考到二甲吗？');
    expect(a.answer).toContain('二级甲等');
  });

  it('refuses a 专业 named in English that the documents lack, saying which', async () => {
    const a = await bot.answer('Does Jiashui University (葭水大学) have a Sino-foreign software engineering programme, and what is its tuition?');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('软件工程');
  });

  it('still answers a 专业 named in English that the documents have', async () => {
    const a = await bot.answer('What is the tuition for computer science at Jiashui University (葭水大学) Sino-foreign programme?');
    expect(a.answer).toContain('58000');
  });

  it('finds what to bring (哪些东西) where a notice names the papers (证件)', async () => {
    const a = await bot.answer('葭水大学普通话考试当天要带哪些东西？');
    expect(a.answer).toContain('身份证件');
  });

  it('quotes a 凡…的 rule with its consequence', async () => {
    const a = await bot.answer('葭水大学新生查出弄虚作假会怎样？');
    expect(a.answer).toContain('一律取消入学资格');
  });

  it('never cuts a 凡…者 condition from the rule that follows it', () => {
    const text = '凡发现弄虚作假者，一律取消入学资格，并通报其所在中学。';
    expect(splitClauses({ start: 0, end: text.length, text }).map((c) => c.text)).toEqual(['凡发现弄虚作假者，一律取消入学资格，', '并通报其所在中学。']);
  });

  it('asks a later part that only asks how it will be acted on (打算怎么改) of the first part’s topic', () => {
    const parts = questionParts('葭水大学信息公开平台的互动性怎么样？打算怎么改？');
    expect(parts).toHaveLength(2);
    expect(parts[1]).toContain('互动性');
    expect(parts[1]).toContain('打算怎么改');
  });

  it('splits a second question asked with 会怎样 from the first, but not a clause conceding 无论怎样', () => {
    expect(questionParts('新生复查合格才有学籍吗？要是查出弄虚作假会怎样？')).toHaveLength(2);
    expect(questionParts('无论怎样，学费是多少？')).toHaveLength(1);
  });
});
