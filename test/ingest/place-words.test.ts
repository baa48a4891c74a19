// Campus names as words: a document's 苔岙校区 makes 苔岙 a word, so a question naming the campus without 校区 keeps it.
import { describe, expect, it } from 'vitest';
import { campusWords } from '../../src/ingest/place-words.js';

describe('campus names as words', () => {
  it('reads the places a document names its campuses by, without a word run into them', () => {
    const text = '线路：线路一 | 起讫校区：苔岙校区 ⇄ 樾湖校区 | 单程时间：约35分钟\n因蔻塘校区（医学部）课程调整，自3月3日起，去樾湖校区的班次调整。';
    expect(campusWords(text).sort()).toEqual(['樾湖', '苔岙', '蔻塘'].sort());
  });

  it('takes no main, new or counted campus, and no name jieba already reads as a word', () => {
    expect(campusWords('主校区、新校区、两个校区和各校区都设有站点。')).toEqual([]);
    expect(campusWords('学校设有南湖校区和北京校区。')).toEqual([]);
  });
});
