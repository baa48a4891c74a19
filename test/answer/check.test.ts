// Stage 5: every number of a reply is in a cited quote; a year left out of the check leaves its neighbours apart.
import { describe, expect, it } from 'vitest';
import { uncitedNumbers } from '../../src/answer/check.js';

const cite = (quote: string) => ({ n: 1, quote, period: '2023-2024学年', title: '信息公开年度报告', school: '甲大学' }) as never;

describe('uncitedNumbers', () => {
  it('finds none in a reply quoting its source, a list number before a date included (1.2024年5月)', () => {
    const quote = '1.2024年5月，省教育厅对全省高校信息公开工作进行评估';
    expect(uncitedNumbers({ answer: `甲大学：“${quote}”[1]`, citations: [cite(quote)] })).toEqual([]);
  });

  it('finds a number the quotes do not hold', () => {
    expect(uncitedNumbers({ answer: '甲大学：共收到申请31件，办结29件[1]', citations: [cite('共收到申请31件')] })).toEqual(['29']);
  });
});
