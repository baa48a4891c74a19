// A page of admission scores by province and year (省份 cells spanning 科类 rows, a two-row header of years over
// 最低分 / 平均分 / 最低位次, "—" and "/" for cells not given), titled with no document word of the usual kind and
// dated by a span of years. Invented page; no shipped text.
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../src/ingest/period.js';
import { tableKeyWords } from '../../src/ingest/table-key-words.js';
import { answererFor, corpusOf } from '../helpers.js';

const PAGE = `<html><head><title>历年各省（区、市）本科录取分数统计-蒿坪大学本科招生网</title></head><body>
<div class="site-name">蒿坪大学本科招生网</div>
<h1>历年各省（区、市）本科录取分数统计</h1>
<p>现将蒿坪大学2022—2024年在各省（区、市）普通类本科批次的录取分数统计如下。</p>
<table>
<tr><th rowspan="2">省份</th><th rowspan="2">科类</th><th colspan="3">2022年</th><th colspan="3">2023年</th><th colspan="3">2024年</th></tr>
<tr><th>最低分</th><th>平均分</th><th>最低位次</th><th>最低分</th><th>平均分</th><th>最低位次</th><th>最低分</th><th>平均分</th><th>最低位次</th></tr>
<tr><td rowspan="2">苘原</td><td>物理类</td><td>—</td><td>—</td><td>—</td><td>521</td><td>533</td><td>61240</td><td>527</td><td>538</td><td>59318</td></tr>
<tr><td>历史类</td><td>—</td><td>—</td><td>—</td><td>540</td><td>549</td><td>18302</td><td>546</td><td>553</td><td>17125</td></tr>
<tr><td>荪湖</td><td>理科</td><td>488</td><td>501</td><td>/</td><td>493</td><td>506</td><td>/</td><td>497</td><td>509</td><td>/</td></tr>
</table>
<p>说明：位次为“/”的省份未公布一分一段表。2024年苘原省本科批省控线为物理类430分，历史类452分。</p>
</body></html>`;

describe('a grid of scores by province and year', async () => {
  const bot = await answererFor(corpusOf({ 'haoping-scores.html': PAGE }));

  it('keeps a two-character province that heads a row as a word of the document', () => {
    expect(tableKeyWords('省份：萑溪 | 科类：物理类 | 2024年·最低分：527')).toContain('萑溪');
  });

  it('dates a page by the span of years it covers', () => {
    expect(periodOf('现将蒿坪大学2022—2024年在各省的录取分数统计如下')).toMatchObject({ start: '2022-01-01', end: '2024-12-31' });
    // (Two adjacent years stay read as before: 2021-2022年度 may be a school year.)
    expect(periodOf('2021-2022年度')).toMatchObject({ label: '2022年' });
  });

  it('answers the province, 科类 and year asked from the row, a bare 最低分？ included', async () => {
    const a = await bot.answer('蒿坪大学去年在苘原物理类最低分？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('527');
    expect(a.answer).not.toMatch(/没有2024年/);
  });

  it('says a cell left as “/” gives no figure instead of quoting another cell of the row', async () => {
    const a = await bot.answer('荪湖理科考生，蒿坪大学去年最低位次是多少？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('没有给出数字');
  });

  it('says a cell left as “—” for the year asked gives no figure', async () => {
    const a = await bot.answer('蒿坪大学2022年在苘原物理类的最低分是多少？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('没有给出数字');
    expect(a.answer).not.toContain('527');
  });

  it('answers the grid asked in English (lowest admitted rank, physics track)', async () => {
    const a = await bot.answer('What was the lowest admitted rank for Haoping University in 苘原 physics track in 2024?');
    expect(a.answer).toContain('59318');
  });

  it('reads 省控线 as one word, the line a province draws, not the school’s lowest score', async () => {
    const a = await bot.answer('蒿坪大学所在的苘原，去年物理类本科省控线多少？');
    expect(a.answer).toContain('430分');
    expect(a.answer).not.toContain('527');
  });
});
