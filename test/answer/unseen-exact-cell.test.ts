// A table row whose cell is exactly the name asked (专业：人工智能) answers, not a row where the name is only part of
// another cell (学院：计算机与人工智能学院 | 专业：计算机科学与技术). Invented charter; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const CHARTER = `# 芃溪理工大学2025年第二学士学位招生简章

## 二、招生专业及计划

| 学院 | 专业 | 学制 | 计划数 | 学费（元/学年） | 备注 |
| --- | --- | --- | --- | --- | --- |
| 计算机与人工智能学院 | 计算机科学与技术 | 2年 | 40 | 6800 | 柞岗校区就读 |
| 计算机与人工智能学院 | 数据科学与大数据技术 | 2年 | 30 | 6800 | 柞岗校区就读 |
| 计算机与人工智能学院 | 人工智能 | 2年 | 20 | 7200 | 限理工类本科毕业生报考 |
| 经济与管理学院 | 会计学 | 2年 | 30 | 5600 | 苡湖校区就读 |
`;

describe('a row whose cell is the name asked', async () => {
  const bot = await answererFor(corpusOf({ 'px-second-degree-2025.md': CHARTER }));

  it('answers the 专业 named, not a row whose 学院 holds the name', async () => {
    const a = await bot.answer('芃溪理工二学位人工智能一年学费多少？');
    expect(a.answer).toContain('7200');
    expect(a.answer).not.toContain('6800');
  });
});
