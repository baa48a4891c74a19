// Documents a question points at or that state no year, on invented notices and a charter: "这份学费通知里…" reads the
// notice whose title holds 学费 even when a later notice of the same body is about 住宿费; a charter without a year still
// answers a question naming one, saying it is undated; and 什么时候生效 is answered by a start told by an event
// (自…之日起生效), not only by a date.
import { describe, expect, it } from 'vitest';
import { documentsFor } from '../../src/answer/documents.js';
import { pointedDocWords } from '../../src/retrieve/query.js';
import type { ReportDocument } from '../../src/types.js';
import { answererFor, corpusOf } from '../helpers.js';

const TUITION = `茭川省物价局关于规范和调整公办普通高校学费的通知
茭价费〔2014〕240号
各公办普通高校：
一、学费标准。本科院校工科类专业学费标准为每生每学年6000元。
二、落实资助政策。各高校要从事业收入中足额提取4%的经费，采取减免学费、发放特殊困难补助、开辟入学“绿色通道”等方式资助家庭经济困难学生。
茭川省物价局
2014年6月30日
`;

const DORMS = `茭川省物价局关于规范和调整普通高校住宿费的通知
茭价费〔2017〕88号
各普通高校：
一、住宿费标准。公办高校4人间每生每学年1600元。
二、资助。各高校要采取缓交住宿费、开辟“绿色通道”等方式资助家庭经济困难学生。
茭川省物价局
2017年7月10日
`;

const CHARTER = `蓠山牧业学院招生章程
第一章 总则
第一条 为规范招生工作，制定本章程。
第七章 附则
第三十条 本章程自省教育厅审核备案之日起生效。
`;

describe('documents pointed at, and documents without a year', async () => {
  const bot = await answererFor(corpusOf({ 'jc-tuition-2014.txt': TUITION, 'jc-dorms-2017.txt': DORMS, 'lsmy-charter.txt': CHARTER }));

  it('reads the words a question points at a document with', () => {
    expect(pointedDocWords('茭川这份公办高校学费通知里，学校要提取多少经费？')).toEqual(expect.arrayContaining(['公办', '学费']));
    // (A follow-up's 那 points at nothing: 公示 there is an act.)
    expect(pointedDocWords('那学校网站公示了几条？')).toEqual([]);
    // (…nor 该 of 应该, an ask between, or a 通知书.)
    expect(pointedDocWords('住宿生应该遵守哪些规定？')).toEqual([]);
    expect(pointedDocWords('这个学费标准是哪个文件规定的？')).toEqual([]);
    expect(pointedDocWords('这个录取通知书什么时候寄出？')).toEqual([]);
  });

  it('makes the document whose title holds the words pointed with primary of its kind, not the latest', () => {
    const notice = (title: string, year: number) =>
      ({ docId: title, kind: 'fee-notice', title, period: { kind: 'year', label: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31` } }) as unknown as ReportDocument;
    const docs = [notice('关于规范和调整公办普通高校学费的通知', 2014), notice('关于规范和调整普通高校住宿费的通知', 2017)];
    expect(documentsFor(docs, undefined).find((c) => c.primary)?.doc.title).toMatch(/住宿费/);
    expect(documentsFor(docs, undefined, pointedDocWords('这份公办高校学费通知里怎么说')).find((c) => c.primary)?.doc.title).toMatch(/学费/);
  });

  it('answers from the document whose title holds the words pointed with', async () => {
    const a = await bot.answer('茭川省物价局这份学费通知里，学校要用哪些方式资助家庭经济困难学生？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('减免学费');
    expect(a.answer).not.toContain('缓交住宿费');
    expect(a.citations[0]?.title ?? '').toMatch(/学费/);
  });

  it('answers a year asked from a charter that states none, saying it is undated, and a start told by an event', async () => {
    const a = await bot.answer('蓠山牧业学院2018年的招生章程什么时候开始生效？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('自省教育厅审核备案之日起生效');
    expect(a.answer).toContain('未注明年份');
  });
});
