// Table rows in replies, on invented rows: the cells naming what was asked and the figure's cell.
import { describe, expect, it } from 'vitest';
import { cellsToShow, quoteCells, rowCells, rowKey } from '../../src/answer/table-row.js';

const ROW = '序 号：7 | 专业代码及名称：（120203K）会计学 | 修业年限：四年 | 学费标准（元/学年）：4800 | 备注：无';
const span = { start: 100, end: 100 + ROW.length, text: ROW };
/** Weighs a cell by whether it holds one of the words asked. */
const weigher =
  (...asked: string[]) =>
  (text: string) =>
    asked.filter((w) => text.includes(w)).length;

describe('table rows in replies', () => {
  it('splits a row into cells with offsets into the document', () => {
    const cells = rowCells(span);
    expect(cells.map((c) => c.text)).toHaveLength(5);
    for (const c of cells) expect(ROW.slice(c.start - 100, c.end - 100)).toBe(c.text);
  });

  it('keys a row by its name column wherever it stands, and never shows a code column as its key', () => {
    const row = '学院：经济管理学院 | 专业代码：125100 | 专业名称：工商管理（MBA） | 学习方式：非全日制 | 学费（元/年）：24000';
    expect(rowKey(row)).toBe('工商管理（MBA）');
    const r = { start: 0, end: row.length, text: row };
    // Every cell with a digit weighs something for a figure question; the code still is no key.
    const shown = cellsToShow(r, (t) => (/MBA/.test(t) ? 1 : 0) + (/\d/.test(t) ? 0.2 : 0), row.indexOf('24000'));
    expect(shown.map((c) => c.text)).toEqual(['专业名称：工商管理（MBA）', '学费（元/年）：24000']);
  });

  it('shows the key cell and the figure cell, with … for the cells between', () => {
    const figureAt = 100 + ROW.indexOf('4800');
    const shown = cellsToShow(span, weigher('会计学', '学费'), figureAt);
    expect(shown.map((c) => c.text)).toEqual(['专业代码及名称：（120203K）会计学', '学费标准（元/学年）：4800']);
    expect(quoteCells(span, shown, 3)).toBe('“…专业代码及名称：（120203K）会计学 | … | 学费标准（元/学年）：4800…”[3]');
  });

  it('never shows the figure cell twice when it also names what was asked', () => {
    const row = '部门：招生办 | 联系电话：0731-88888888';
    const s = { start: 0, end: row.length, text: row };
    const shown = cellsToShow(s, weigher('招生办', '电话'), row.indexOf('0731'));
    expect(shown.map((c) => c.text)).toEqual(['部门：招生办', '联系电话：0731-88888888']);
  });

  it('shows the column a question names by its header (是学啥专业的 → 专业：…), beside a rarer key', () => {
    const row = '序号：10 | 姓名：周雨桐 | 学院：计算机与信息学院 | 专业：计算机科学与技术 | 年级：2021级';
    const r = { start: 0, end: row.length, text: row };
    // The name weighs far more than 专业 does: the asked column is still shown.
    const weight = (t: string) => (t.includes('周雨桐') ? 3 : 0) + (t.includes('专业') ? 1 : 0);
    expect(cellsToShow(r, weight).map((c) => c.text)).toEqual(['姓名：周雨桐', '专业：计算机科学与技术']);
    // …even when the value shares a word of the question (体检地点：…体检点 for 在哪体检).
    const row2 = '学院：计算机学院 | 体检日期：9月4日 | 体检地点：西区体育馆临时体检点';
    const r2 = { start: 0, end: row2.length, text: row2 };
    const w2 = (t: string) => (t.includes('计算机') ? 1 : 0) + (t.includes('体检') ? 0.3 : 0) + (t.includes('地点') ? 0.5 : 0);
    expect(cellsToShow(r2, w2).map((c) => c.text)).toContain('体检地点：西区体育馆临时体检点');
    // …and when the value holds the asked word as much as the header does (专业所属学院：第三临床医学院 for 哪个学院).
    const row3 = '序 号：13 | 专业代码及名称：（100502K）针灸推拿学 | 修业年限：五年 | 专业所属学院：第三临床医学院 | 收费所属专业类别：医学类';
    const r3 = { start: 0, end: row3.length, text: row3 };
    const w3 = (t: string) => (t.includes('针灸') ? 1 : 0) + (t.includes('推拿学') ? 1 : 0) + (t.includes('学院') ? 0.6 : 0);
    expect(cellsToShow(r3, w3).map((c) => c.text)).toContain('专业所属学院：第三临床医学院');
  });

  it('takes the first cell after a 序号 column as what the row is about', () => {
    expect(rowKey(ROW)).toBe('（120203K）会计学');
    expect(rowKey('生源地：青海省 | 人数：15')).toBe('青海省');
  });
});
