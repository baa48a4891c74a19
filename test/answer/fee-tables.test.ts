// Fee tables and notices of real universities (../shared/corpus-extra, read in place): a 专业's fee
// comes from its own row with the header cells, a 专业 the table does not list is refused, and an
// institution's second notice of the same kind is still found.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, answererFor, tempDir } from '../helpers.js';

const EXTRA = join(ROOT, '../shared/corpus-extra');
const FILES = [
  'zcmu-2015-tuition-notice.docx',
  'zcmu-adult-education-fees-notice.docx',
  'zhejiang-dormitory-fees-notice.docx',
  'zhejiang-public-university-tuition-notice.docx',
  'wust-2016-admissions-charter.txt',
];

describe.runIf(existsSync(EXTRA))('fee tables of real notices', async () => {
  const corpus = tempDir();
  for (const f of FILES) copyFileSync(join(EXTRA, f), join(corpus, f));
  const bot = await answererFor(corpus);

  it('answers a numbered room from its own row, not the row of the rooms beyond it (6人间以上)', async () => {
    const a = await bot.answer('浙江公办高校6人间住宿费多少？');
    expect(a.answer).toContain('1200');
    expect(a.answer).not.toContain('：800');
  });

  it('answers a 专业 fee from its own row, showing the row key and the fee cell with their headers', async () => {
    const a = await bot.answer('浙中医针灸推拿学学费多少');
    expect(a.found).toBe(true);
    expect(a.school).toBe('浙江中医药大学');
    expect(a.answer).toContain('针灸推拿学');
    expect(a.answer).toMatch(/学费标准（[^）]*）：(5500|6325)/);
    // The cited row is that 专业's row, not a neighbour's.
    expect(a.citations[0]!.quote).toContain('针灸推拿学');
    expect(a.citations[0]!.quote).not.toMatch(/护理学|中药学/);
  });

  it('picks the column the question names (学校执行 rather than 省定基准)', async () => {
    const a = await bot.answer('浙江中医药大学针灸推拿学学校执行的学费是多少？');
    expect(a.answer).toContain('学校执行学费标准（按学年）：6325');
  });

  it('refuses a 专业 the table does not list instead of quoting another row', async () => {
    const a = await bot.answer('浙中医应用心理学专业一年学费多少');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('心理学');
    expect(a.answer).not.toMatch(/5500|4800|6325/);
  });

  it('finds a second notice of the same kind and institution (学费 beside 住宿费)', async () => {
    const fee = await bot.answer('浙江省物价局定的普通大学其他专业学费标准是多少');
    expect(fee.citations[0]?.title).toContain('学费');
    expect(fee.answer).toContain('4800');
    const dorm = await bot.answer('浙江省物价局定的公办高校4人间住宿费是多少');
    expect(dorm.citations[0]?.title).toContain('住宿费');
    expect(dorm.answer).toContain('1600');
  });
});
