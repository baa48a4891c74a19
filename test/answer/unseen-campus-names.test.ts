// A campus named without 校区 (从苔岙到樾湖), on an invented shuttle notice: the places its campuses are named by are
// words of the document, so the question keeps them and finds the route between them.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const NOTICE = `蓼汀大学2025年春季学期校区间班车运行安排

一、运行线路及站点
线路：线路一 | 起讫校区：苔岙校区 ⇄ 樾湖校区 | 单程时间：约35分钟
线路：线路二 | 起讫校区：苔岙校区 ⇄ 蔻塘校区 | 单程时间：约50分钟
线路：线路三 | 起讫校区：樾湖校区 ⇄ 蔻塘校区 | 单程时间：约40分钟
二、发车时间
工作日7:00至8:30为早高峰，视客流加开临时班次。
`;

describe('a campus named without 校区', async () => {
  const bot = await answererFor(corpusOf({ 'liaoting-shuttle-2025.txt': NOTICE }));

  it('finds the route between two campuses typed by their places alone', async () => {
    const a = await bot.answer('蓼汀大学坐班车从苔岙到樾湖大概要多长时间？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('约35分钟');
    const b = await bot.answer('蓼汀大学从樾湖去蔻塘坐班车要多久？');
    expect(b.answer).toContain('约40分钟');
  });
});
