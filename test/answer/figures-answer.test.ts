// Year-over-year and comparison answers from the figures index, over the invented multi-year corpus
// (青禾 2022–2024, 东川 2023–2024, 南屿 two academic years as .docx) and the shipped reports.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answerer, createAnswerer } from '../../src/answer/answer.js';
import { checkArithmetic } from '../../src/answer/arithmetic.js';
import { recordScore, wanted } from '../../src/answer/figures-answer.js';
import type { FigureRecord } from '../../src/types.js';
import { check } from '../../src/answer/check.js';
import { loadIndex } from '../../src/index/store.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { writeMultiYearCorpus } from '../fixtures/multi-year/reports.js';
import { buildTo, embeddings, shippedAnswerer, tempDir } from '../helpers.js';

let multi: Answerer;
let shipped: Answerer;

beforeAll(async () => {
  const corpus = await writeMultiYearCorpus(tempDir('multi-year-'));
  const dir = join(tempDir(), 'index');
  const built = await buildTo(corpus, dir);
  expect(built.rejected).toEqual([]);
  multi = createAnswerer({ index: await loadIndex(dir, embeddings), lexicon: loadLexicon(), today: () => new Date('2025-03-01T12:00:00') });
  shipped = await shippedAnswerer();
});

const cited = (a: { citations: { quote: string }[] }) => a.citations.map((c) => c.quote).join('\n');

describe('year over year', () => {
  it('cites both years and shows the difference and percentage as arithmetic over them', async () => {
    const a = await multi.answer('青禾职院官微发布信息比去年多了多少？');
    expect(a.found).toBe(true);
    expect(a.citations.map((c) => c.period)).toEqual(['2024年', '2023年']);
    expect(cited(a)).toContain('1210条');
    expect(cited(a)).toContain('1136条');
    expect(a.answer).toContain('1210 − 1136 = 74条');
    expect(a.answer).toContain('74 ÷ 1136 ≈ 6.5%');
    expect(a.explain).toBeUndefined();
  });

  it('compares the period asked with the one before it', async () => {
    const a = await multi.answer('青禾职业技术学院2023年公众号发布信息比上年增长了多少？');
    expect(a.citations.map((c) => c.period)).toEqual(['2023年', '2022年']);
    expect(a.answer).toContain('1136 − 980 = 156条');
  });

  it('reads the same measure however it is worded (发布文章 = 发布信息) and figures in 万', async () => {
    const a = await multi.answer('东川理工学院公众号发文数量近两年变化？');
    expect(a.answer).toContain('515 − 420 = 95篇');
    const b = await multi.answer('南屿师范学院官微阅读量比去年增长了多少？');
    expect(b.answer).toContain('29.9万 − 33.4万 = −3.5万次');
    expect(b.answer).toContain('减少');
    expect(b.found).toBe(true);
  });

  it('reads figures from a generated .docx table row', async () => {
    const a = await multi.answer('南屿师范学院门户网站发布信息比去年多了多少？');
    expect(a.answer).toContain('1107 − 1021 = 86条');
    expect(a.citations[0]!.file).toBe('nanyu-normal-2023-2024.docx');
  });

  it('says approximate figures make the change approximate', async () => {
    const a = await multi.answer('青禾职业技术学院公众号粉丝比去年增加了多少？');
    expect(a.answer).toContain('3.5万 − 2.8万 = 0.7万人');
    expect(a.answer).toContain('约数');
  });

  it('leaves a change question to the passage path when an institution has one report', async () => {
    const a = await shipped.answer('湖南安全技术职业学院官微粉丝比去年增长了多少？');
    expect(a.answer).not.toMatch(/ − /);
  });
});

describe('comparisons from the figures index', () => {
  it('ranks one metric across institutions, one cited line each, and names those that do not state it', async () => {
    const a = await multi.answer('各校公众号阅读量是多少？');
    const lines = a.answer.split('\n').filter((l) => /\[\d+\]/.test(l));
    expect(lines.map((l) => l.split('（')[0])).toEqual(['青禾职业技术学院', '南屿师范学院']);
    expect(a.answer).toContain('未说明：东川理工学院');
    expect(new Set(a.citations.map((c) => c.school)).size).toBe(a.citations.length);
  });

  it('takes each institution’s report for the year asked', async () => {
    const a = await multi.answer('2023年各校官网发布信息多少条？');
    expect(a.answer).toContain('1288条');
    expect(a.answer).toContain('702条');
    // An academic year that overlaps the year asked (2022-2023学年) counts for it.
    expect(a.answer).toContain('南屿师范学院（2022-2023学年）');
    expect(a.answer).not.toContain('1350条');
  });

  it('answers 哪所…最多 over the shipped reports, largest first', async () => {
    const a = await shipped.answer('哪所学校公众号粉丝最多？');
    const lines = a.answer.split('\n').filter((l) => /\[\d+\]/.test(l));
    expect(lines[0]).toContain('84301人');
    expect(lines[1]).toContain('4万余人');
    expect(a.answer).toMatch(/未说明：.*湖南工程职业技术学院/);
  });

  it('answers a comparison phrased with 几所学校 for every covered institution', async () => {
    const a = await shipped.answer('这几所学校官微各发了多少篇文章？');
    expect(a.found).toBe(true);
    // 工程职院 states it twice in one sentence (官方微信发布信息263条，…公众号发布文章263篇): either is its figure.
    for (const n of [/372条/, /263[条篇]/, /168篇/, /151篇/]) expect(a.answer).toMatch(n);
  });

  it('states a figure only one report has, and that the others do not', async () => {
    const a = await shipped.answer('各校发了多少次资产招租公告？');
    expect(a.answer).toContain('7次资产招租公告');
    expect(a.answer).toMatch(/未说明：.*襄阳科技职业学院/);
  });
});

describe('the check learns arithmetic over cited figures', () => {
  const quote = (q: string) => ({
    n: 1,
    docId: 'd',
    file: 'f',
    school: 's',
    title: 't',
    kind: 'annual-report' as const,
    period: '2024年',
    section: [],
    quote: q,
    start: 0,
    end: q.length,
  });
  const citations = [quote('发布信息1136条'), { ...quote('发布信息980条'), n: 2 }];

  it('allows a right difference and percentage of cited figures', () => {
    expect(check({ answer: '“发布信息1136条”[1]“发布信息980条”[2]\n1136 − 980 = 156条；156 ÷ 980 ≈ 15.9%', citations, found: true }, () => []).ok).toBe(true);
  });

  it('refuses a wrong result, and inputs that are no cited figure', () => {
    expect(checkArithmetic('1136 − 980 = 157条', ['1136条', '980条']).problems).toHaveLength(1);
    expect(checkArithmetic('1200 − 980 = 220条', ['1136条', '980条']).problems).toHaveLength(1);
    expect(check({ answer: '“发布信息1136条”[1]\n1136 − 980 = 156条', citations: [citations[0]!], found: true }, () => []).ok).toBe(false);
  });

  it('still refuses a bare number that no quote holds', () => {
    expect(check({ answer: '“发布信息1136条”[1] 比上年多156条', citations, found: true }, () => []).ok).toBe(false);
  });

  it('lets a line name an institution beside another body’s quote only when a quoted table row names it whole', () => {
    const named = (line: string) => ['南屿师范大学', '南屿医科大学'].filter((n) => line.includes(n));
    const row = { ...quote('学校：南屿师范大学 | 6人间：750'), school: '南屿省教育厅' };
    expect(check({ answer: '南屿师范大学：“…6人间：750”[1]', citations: [row], found: true }, named).ok).toBe(true);
    const sentence = { ...quote('除南屿师范大学外，其他公办高校6人间住宿费为900元'), school: '南屿省教育厅' };
    expect(check({ answer: '南屿师范大学：“…900元”[1]', citations: [sentence], found: true }, named).ok).toBe(false);
    const college = { ...quote('学校：南屿医科大学滨江学院 | 4人间：1500'), school: '南屿省教育厅' };
    expect(check({ answer: '南屿医科大学：“…4人间：1500”[1]', citations: [college], found: true }, named).ok).toBe(false);
  });

  it('lets a refusal echo the asker’s own numbers in quotes, and nothing else', () => {
    const question = '2025级4人间住宿费多少？';
    expect(check({ answer: '文件中没有提到“2025级、4人间”，无法回答。', citations: [], found: false, question }, () => []).ok).toBe(true);
    expect(check({ answer: '文件中没有提到“2026级”，无法回答。', citations: [], found: false, question }, () => []).ok).toBe(false);
    expect(check({ answer: '“4人间1200元”', citations: [], found: true, question }, () => []).ok).toBe(false);
  });
});

describe('what a comparison wants', () => {
  it('ranks a record stating the compound measure asked (就业满意度) over one of another thing’s 满意度', () => {
    const w = wanted({ question: '武工程和西建大的毕业生，对自己工作的就业满意度各是多少？', aliases: ['武工程', '西建大'], measure: ['满意度'], terms: [] });
    const record = (text: string): FigureRecord => {
      const at = text.lastIndexOf('9');
      return { docId: 'd', school: 's', period: '2023届', metric: '满意率', value: 90, unit: '%', unitClass: 'percent', approx: false, text: '9x%', start: at, end: at + 3, quoteStart: 0, quoteEnd: text.length } as unknown as FigureRecord;
    };
    const own = '毕业生就业满意度为95.93%';
    const other = '用人单位对学校就业服务表示非常满意（满意度99.65%）';
    const score = (text: string) => recordScore(w, record(text), text.slice(0, text.search(/\d/)));
    expect(score(own)!).toBeGreaterThan(score(other) ?? -Infinity);
  });


  it('reads no measure in the institutions’ names (工程 of 武工程, a short name)', () => {
    const w = wanted({ question: '用人单位招人遇到困难的比例，武工程、西建大各是多少？', aliases: ['武工程', '西建大'], measure: ['比例'], terms: [] });
    expect(w.text).not.toContain('工程');
    expect(w.bare).not.toContain('工程');
    expect(w.text).toContain('困难的比例');
  });
});
