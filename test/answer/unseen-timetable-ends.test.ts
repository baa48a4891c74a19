// The first or last of a numbered sequence (首班车, 末班, the last bus), on an invented shuttle timetable whose rows are
// numbered 班次：1…, whose weekend cells are empty ("—") after row 3, and whose row 6 runs only in exam week (a mark a
// note restricts): the first or last row that runs where and when asked.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const TIMETABLE = `蓼汀大学2025年春季学期校区间班车时刻表

一、线路一：苔岙校区 ⇄ 樾湖校区
班次：1 | 工作日·苔岙校区发车：6:40 | 工作日·樾湖校区发车：7:05 | 周末·苔岙校区发车：8:10 | 周末·樾湖校区发车：9:15
班次：2 | 工作日·苔岙校区发车：9:20 | 工作日·樾湖校区发车：10:05 | 周末·苔岙校区发车：12:40 | 周末·樾湖校区发车：13:45
班次：3 | 工作日·苔岙校区发车：12:10 | 工作日·樾湖校区发车：13:25 | 周末·苔岙校区发车：16:20 | 周末·樾湖校区发车：17:35
班次：4 | 工作日·苔岙校区发车：15:30 | 工作日·樾湖校区发车：16:15 | 周末·苔岙校区发车：— | 周末·樾湖校区发车：—
班次：5 | 工作日·苔岙校区发车：18:45 | 工作日·樾湖校区发车：19:50 | 周末·苔岙校区发车：— | 周末·樾湖校区发车：—
班次：6 | 工作日·苔岙校区发车：21:30* | 工作日·樾湖校区发车：22:10* | 周末·苔岙校区发车：— | 周末·樾湖校区发车：—
注：标“*”的班次仅考试周开行。
`;

describe('the first and last of a numbered sequence', async () => {
  const bot = await answererFor(corpusOf({ 'liaoting-timetable-2025.txt': TIMETABLE }));

  it('answers the first bus from the column asked', async () => {
    const a = await bot.answer('蓼汀大学工作日从苔岙校区去樾湖校区，首班车几点？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('6:40');
  });

  it('answers the last weekday bus that runs regularly, not one only an exam week runs', async () => {
    const a = await bot.answer('蓼汀大学工作日樾湖校区发车的末班车几点？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('19:50');
    expect(a.answer).not.toContain('22:10');
  });

  it('answers the last weekend bus from the rows whose weekend cells run', async () => {
    const a = await bot.answer('蓼汀大学周末苔岙校区发车的最后一班几点？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('16:20');
  });
});
