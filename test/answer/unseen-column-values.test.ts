// A list asked of a kind that a column holds beside the rows' own names (跟哪几所学校合作 over a table of 专业 with a
// 合作院校 column): each different value once, quoted from its first row. Invented page; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const PAGE = `# 葭水大学2025年中外合作办学招生简章

## 一、分专业计划及学费

| 专业 | 合作院校 | 培养模式 | 计划数 | 学费（元/学年） | 就读校区 |
| --- | --- | --- | --- | --- | --- |
| 计算机科学与技术（中外合作办学） | 英国霍尔布鲁克大学 | 4+0 | 120 | 58000 | 蔚岗校区 |
| 电子信息工程（中外合作办学） | 英国霍尔布鲁克大学 | 2+2 | 80 | 56000 | 蔚岗校区 |
| 金融学（中外合作办学） | 美国克莱蒙斯州立大学 | 4+0 | 100 | 52000 | 莳川校区 |
| 合计 | — | — | 300 | — | — |

## 二、面试安排

| 场次 | 日期 | 时间 | 对象 |
| --- | --- | --- | --- |
| 第1场 | 6月12日 | 8:30—11:30 | 计算机科学与技术 |
| 第2场 | 6月12日 | 14:30—17:30 | 电子信息工程 |
| 第3场 | 6月13日 | 8:30—11:30 | 金融学 |

## 三、户籍迁移

新生户口迁入办理时间为9月8日至9月19日。
`;

describe('a list of a column’s values', async () => {
  const bot = await answererFor(corpusOf({ 'jiashui-sino-foreign-2025.md': PAGE }));

  it('lists each partner school once', async () => {
    const a = await bot.answer('葭水大学中外合作跟哪几所国外学校合作？');
    expect(a.found).toBe(true);
    expect(a.answer.match(/英国霍尔布鲁克大学/g)).toHaveLength(1);
    expect(a.answer).toContain('美国克莱蒙斯州立大学');
  });

  it('lists the campuses the rows name', async () => {
    const a = await bot.answer('葭水大学中外合作办学在哪几个校区上课？');
    expect(a.answer).toContain('蔚岗校区');
    expect(a.answer).toContain('莳川校区');
  });

  it('lists the days a schedule table gives, each once', async () => {
    const a = await bot.answer('葭水大学中外合作面试一共有哪几天？');
    expect(a.answer.match(/6月12日/g)).toHaveLength(1);
    expect(a.answer).toContain('6月13日');
  });

  it('never lists a table’s dates for a thing the table is not about', async () => {
    const a = await bot.answer('葭水大学新生迁户口哪几天办？');
    expect(a.answer).not.toContain('6月12日');
  });
});
