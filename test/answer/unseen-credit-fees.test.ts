// A credit-based fee notice not from the shipped reports: a part named after 其中 (其中理工类…5800元) answers the
// part asked, a per-credit price is no answer to a fee per year, a count of a sibling kind (采购意向) is no count
// of the one asked (采购公告), and a table row blank under the column asked (一年级：—) states nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const NOTICE = `# 岚渡职业技术学院关于公布学分制收费标准的通知

## 一、适用范围

2024级及以前入学的学生仍按原学年制收费标准执行，不实行学分学费，其中理工类专业每生每学年5800元，医药卫生类专业每生每学年6200元，其他专业每生每学年5000元。

## 二、学分学费

补修课程按学分收取学分学费，标准为每学分90元，其中护理专业每学分110元。护理专业（三年制）学费6600元/学年。

## 三、信息公开

2024年，学院在官网公开了采购信息，其中包括在通知公告专栏公开的6次采购意向，41次采购公告，3次资产处置公告。

## 四、转专业绩点要求

| 学院 | 接收计划（人） | 申请绩点要求·一年级 | 申请绩点要求·二年级 |
| --- | --- | --- | --- |
| 合计 | 120 | — | — |
| 机电学院 | 40 | 2.80 | 3.00 |

一年级学生申请转专业，第一学期平均学分绩点不低于2.50。
`;

describe('credit-based fees and parts on an invented notice', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'landu-credit-fees-2025.md'), NOTICE);
  const bot = await answererFor(corpus);

  it('answers the part a question names after 其中 (理工科 → 其中理工类…5800元), not a neighbour part', async () => {
    for (const q of ['我是岚渡职院24级理工科的，一年学费多少？', '岚渡职院24级理工类一年学费多少？']) {
      const a = await bot.answer(q);
      expect(a.answer, q).toContain('5800元');
      expect(a.answer, q).not.toContain('6200元');
    }
  });

  it('answers a fee per year with the yearly fee, not a per-credit price its part names (其中护理专业每学分110元)', async () => {
    const a = await bot.answer('岚渡职院护理专业一年学费多少');
    expect(a.answer).toContain('6600元');
    expect(a.answer).not.toContain('110元');
  });

  it('answers a count with the kind asked (采购公告), not a sibling kind of one stem (采购意向)', async () => {
    const a = await bot.answer('岚渡职院2024年在通知公告专栏发了多少次采购公告？');
    expect(a.answer).toContain('41次');
    expect(a.answer).not.toContain('6次');
  });

  it('passes over a table row that is blank under the column asked (合计 | 一年级：—)', async () => {
    const a = await bot.answer('岚渡职院一年级转专业绩点要求是多少');
    expect(a.answer).not.toMatch(/一年级：—/);
  });
});
