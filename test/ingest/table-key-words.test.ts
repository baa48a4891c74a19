// Names that tables give their rows and spanned columns become dictionary words when jieba would cut them apart,
// so a question naming them keeps the name whole (办畅享版学期包 → 畅享版, not 办畅 | 享版).
import { describe, expect, it } from 'vitest';
import { tableKeyWords } from '../../src/ingest/table-key-words.js';
import { cut } from '../../src/text/jieba.js';
import { answererFor, corpusOf } from '../helpers.js';

const ROWS = [
  '套餐：逸享版 | 带宽：100M | 学生价：20元/月 | 教职工价：30元/月',
  '校区：蔚岗校区 | 房间类型：六人间 | 收费标准（元/生·学年）：700',
  '专业：化工与制药 | 分省计划数（名）·莳川：7 | 分省计划数（名）·小计：18',
  '序号：1 | 资助项目：国家励志奖学金 | 金额（万元）：12.5',
  '项目：合计 | 金额（万元）：30.0',
  '就业状态：待就业汇总 | 人数：12',
  '类别：认定为家庭经济困难的本科生 | 人数：30',
  '姓名：葭小禾 | 学院：文学院 | 奖项：一等奖',
].join('\n');

describe('tableKeyWords', () => {
  const words = tableKeyWords(ROWS);

  it('takes a row name jieba would cut with a one-character piece', () => {
    expect(words).toContain('逸享版');
  });

  it('takes the name proper before a generic head (蔚岗 of 蔚岗校区), so siblings cut alike', () => {
    expect(words).toContain('蔚岗');
    expect(words).not.toContain('蔚岗校区');
  });

  it('takes a spanned column’s own name', () => {
    expect(words).toContain('莳川');
  });

  it('leaves names made of words (国家励志奖学金), joined words (化工与制药), numbers (六人间) and totals', () => {
    expect(words).not.toContain('国家励志奖学金');
    expect(words).not.toContain('化工与制药');
    expect(words).not.toContain('六人间');
    expect(words).not.toContain('合计');
  });

  it('leaves totals (待就业汇总), clauses (认定为…的本科生) and people’s names', () => {
    expect(words).not.toContain('待就业汇总');
    expect(words).not.toContain('认定为家庭经济困难的本科生');
    expect(words).not.toContain('葭小禾');
  });

  it('adds row names weakly: a word it would split stays whole (美术学院 beside a fragment 术学院)', async () => {
    const { addWords, cut, ROW_NAME_FREQUENCY } = await import('../../src/text/jieba.js');
    addWords(['术学院'], ROW_NAME_FREQUENCY);
    expect(cut('美术学院')).toEqual(['美术学院']);
  });
});

const GUIDE = `# 葭水大学2025年春季学期校园网资费指南

## 一、套餐

| 套餐 | 带宽 | 学生价 | 学期包（学生） |
| --- | --- | --- | --- |
| 基础版 | 50M | 10元/月 | 40元 |
| 逸享版 | 100M | 20元/月 | 90元 |
| 极速版 | 300M | 35元/月 | 150元 |
`;

describe('a question naming a row the dictionary did not know', async () => {
  const bot = await answererFor(corpusOf({ 'jiashui-network-2025.md': GUIDE }));

  it('keeps the name whole once the corpus is indexed', () => {
    expect(cut('办逸享版学期包')).toContain('逸享版');
  });

  it('answers the row it names', async () => {
    const a = await bot.answer('葭水大学办逸享版学期包要多少钱？');
    expect(a.answer).toContain('90元');
    expect(a.answer).not.toContain('150元');
  });
});
