// A row keyed by a range holds the number asked: 第9—12周 for 第10周, 60—69分 for 65分, 第13周及以后 for 第15周.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeHolds } from '../../src/answer/row-range.js';
import { answererFor, tempDir } from '../helpers.js';

describe('rangeHolds', () => {
  it('holds a number of the same unit inside a closed range', () => {
    expect(rangeHolds('第9—12周', '第10周退学，学费退还比例是多少')).toBe(true);
    expect(rangeHolds('60-69分', '考了65分绩点多少')).toBe(true);
    expect(rangeHolds('第9—12周', '第13周退学')).toBe(false);
    // (…its number in Chinese numerals too.)
    expect(rangeHolds('第3—4周', '开学第三周退学')).toBe(true);
    expect(rangeHolds('第9—12周', '第十周退学')).toBe(true);
    expect(rangeHolds('第9—12周', '第二十周退学')).toBe(false);
  });

  it('holds a number beyond an open-ended bound on its side only', () => {
    expect(rangeHolds('第13周及以后', '第15周退学呢')).toBe(true);
    expect(rangeHolds('第13周及以后', '第10周退学呢')).toBe(false);
    expect(rangeHolds('59分及以下', '考了50分')).toBe(true);
  });

  it('never matches another unit or a question without a number', () => {
    expect(rangeHolds('第9—12周', '第10天退学')).toBe(false);
    expect(rangeHolds('第9—12周', '退学学费退还比例')).toBe(false);
    // (A year is no count of years: 2024年入伍 is not 服役2年以上.)
    expect(rangeHolds('服役2年以上', '2024年入伍的学费补偿多少')).toBe(false);
  });
});

const REFUNDS = `<html><head><title>芦江职业技术学院学费退费办法</title></head><body>
<h1>芦江职业技术学院学费退费办法</h1>
<h2>一、退费比例</h2>
<table><tr><th>申请时间（按教学周）</th><th>学费退还比例</th><th>住宿费退还比例</th></tr>
<tr><td>第1—2周</td><td>85%</td><td>75%</td></tr>
<tr><td>第3—8周</td><td>45%</td><td>35%</td></tr>
<tr><td>第9—12周</td><td>15%</td><td>不予退还</td></tr>
<tr><td>第13周及以后</td><td>不予退还</td><td>不予退还</td></tr>
</table>
</body></html>`;

describe('a refund table keyed by weeks, invented', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'ljzy-refunds.html'), REFUNDS);
  const bot = await answererFor(corpus);

  it('answers from the row whose range holds the week asked', async () => {
    const a = await bot.answer('芦江职院第10周退学，学费退还比例是多少');
    expect(a.answer).toContain('15%');
    expect(a.answer).not.toContain('45%');
    const b = await bot.answer('芦江职院第5周退学，学费退还比例是多少');
    expect(b.answer).toContain('45%');
  });
});
