// Publication dates and asking words, on two invented documents: a 红头 rule whose date stands only on its closing
// 印发 line and a budget page labelled 公开日期; dates asked of several documents named one by one; words that ask
// (叫什么名字, 拿去干嘛, 怎么规定) are no things a document could lack; 当兵 is the documents' 应征义务兵.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASKS_PUBLISHED } from '../../src/retrieve/query.js';
import { answererFor, tempDir } from '../helpers.js';

const RULE = `沐川学院文件
沐院发〔2024〕11号
沐川学院学生违纪处分规定
第一条　为维护正常的教育教学秩序，制定本规定。
第二条　学校在2022年出台了《关于进一步规范学生请假管理的通知》，本规定与其一并执行。
第三条　检查结果作为各学院年度考核的重要依据。
第四条　学生受到记过及以上处分且在处分期内的，不得参加评奖评优。
第五条　本规定自2024年9月1日起施行。
第六条　本规定依据《普通高等学校学生管理规定》（教育部令第41号）制定。
抄送：沐川省教育厅。　　　　　　沐川学院党政办公室　2024年5月8日印发
`;

const BUDGET = `# 沐川职业技术学院2023年度部门决算

公开日期：2024年7月1日

## 一、基本情况
学院毕业生中应征义务兵31人，自主创业12人。
`;

describe('publication dates and asking words in invented documents', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'mc-rule.txt'), RULE);
  writeFileSync(join(corpus, 'mczy-budget.md'), BUDGET);
  const bot = await answererFor(corpus);

  it('gives each named document’s date, read from a 公开日期 label and a closing 印发 line', async () => {
    const a = await bot.answer('沐川学院的处分规定、沐川职院的决算，分别是哪天发的？');
    expect(a.answer).toContain('2024年5月8日');
    expect(a.answer).toContain('2024年7月1日');
    expect(a.answer).not.toContain('2024年9月1日');
  });

  it('gives a document’s number and its date when a message asks both (文号是多少？哪天印发的？)', async () => {
    const a = await bot.answer('沐川学院那个处分规定文号是多少？哪天印发的？');
    expect(a.answer).toContain('沐院发〔2024〕11号');
    expect(a.answer).toContain('2024年5月8日');
  });

  it('answers the number of a document another body issued from the passage citing it, not with the document’s own', async () => {
    const a = await bot.answer('沐川学院处分规定依据的《普通高等学校学生管理规定》是教育部令第几号？');
    expect(a.answer).toContain('第41号');
    expect(a.answer).not.toContain('沐院发〔2024〕11号');
  });

  it('reads 叫什么名字 as asking a name, not as a thing the document lacks', async () => {
    const a = await bot.answer('沐川学院2022年出台过一个请假管理的文件，叫什么名字？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('关于进一步规范学生请假管理的通知');
  });

  it('reads 拿去干嘛 as asking what for', async () => {
    const a = await bot.answer('沐川学院的检查结果最后拿去干嘛？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('年度考核');
  });

  it('answers 奖学金 with the 评奖评优 a rule bars, and 怎么规定 names nothing', async () => {
    const a = await bot.answer('沐川学院被记过了还能评奖学金吗，怎么规定的？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('不得参加评奖评优');
  });

  it('reads 当兵 as the report’s 应征义务兵', async () => {
    const a = await bot.answer('沐川职院有多少毕业生当兵去了？');
    expect(a.answer).toContain('31人');
  });
});

describe('publication dates asked', () => {
  it('reads a date a document announces (名单什么时候公布) as no publication date of the document', () => {
    expect(ASKS_PUBLISHED.test('招生简章里的拟录取名单大概什么时候公布？')).toBe(false);
    expect(ASKS_PUBLISHED.test('资助问答里说的贷款合同一般什么时候发出？')).toBe(false);
    expect(ASKS_PUBLISHED.test('这份通知是哪天发布的')).toBe(true);
    expect(ASKS_PUBLISHED.test('A的简章、B的处分规定、C的问答，分别是哪天发的？')).toBe(true);
  });
});
