// Listing the rows of a table whose cells say something ("哪些专业学费上浮了"), on an invented fee notice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedRowKind, nameCell } from '../../src/answer/table-filter.js';
import { answererFor, tempDir } from '../helpers.js';

const NOTICE = `青禾职业技术学院关于公布2024—2025学年学生收费标准的通知

一、学费标准

    序号  专业名称              学制   学费    备注
    ----  --------------------  -----  ------  ------------
    1     道路与桥梁工程技术    三年   5500
    2     汽车检测与维修技术    三年   6050    上浮10%
    3     工程造价              三年   5000
    4     新能源汽车技术        三年   6050    上浮10%

二、住宿费标准

住宿费按学年收取，四人间每生每年1200元。
`;

describe('rows of a table listed by what their cells say', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qinghe-vtc-fees-2024.txt'), NOTICE);
  const bot = await answererFor(corpus);

  it('reads which kind of row a question lists', () => {
    expect(listedRowKind('青禾职院哪些专业学费上浮了？')).toBe('专业');
    expect(listedRowKind('Which majors have a raised tuition?')).toBe('专业');
    expect(listedRowKind('青禾职院学费多少？')).toBeUndefined();
  });

  it('lists every row whose cell holds the filter, each quoted with its name and cited, and no other row', async () => {
    const a = await bot.answer('青禾职院哪些专业学费上浮了？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('汽车检测与维修技术');
    expect(a.answer).toContain('新能源汽车技术');
    expect(a.answer).not.toContain('工程造价');
    expect(a.citations).toHaveLength(2);
    expect(a.citations[0]?.section).toEqual(['一、学费标准']);
  });

  it('lists no rows for a negated filter, a figure no row has, or another year', async () => {
    for (const q of ['青禾职院哪些专业学费没有上浮？', '青禾职院哪些专业学费上浮了15%？', '青禾职院2020年哪些专业学费上浮了？']) {
      const a = await bot.answer(q);
      expect(a.answer).not.toMatch(/上浮的专业[^：]*：/);
    }
  });

  it('lists rows whose cell says the word when the notice states the figure typed with it (上浮 in the rows, 上浮10% in the text)', async () => {
    const a = await bot.answer('青禾职院哪些专业学费上浮了10%？');
    expect(a.answer).toContain('新能源汽车技术');
  });

  it('names each row by the column of the kind asked, not the first name column', () => {
    const row = '学院名称：农学院 | 专业名称：植物保护 | 学费：6050 | 备注：上浮10%';
    expect(nameCell({ start: 0, end: row.length, text: row }, '专业')?.text).toBe('专业名称：植物保护');
  });

  it('answers the usual way when no row’s cell says it', async () => {
    const a = await bot.answer('青禾职院哪些专业学费下浮了？');
    expect(a.answer).not.toContain('下浮的专业');
  });
});
