// A quality report numbered 1 / 1.1 / 2.3.1 (decimal headings) whose list items wrap onto a second line, a rule saying how long after an exam starts a paper may
// be handed in, and follow-ups that only step the year (更早一个学年是多少, 换成上一年的数呢). Invented text.
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/ingest/markers.js';
import { parseReport } from '../../src/ingest/parse.js';
import { nextContext } from '../../src/answer/context.js';
import { explainText } from '../../src/answer/explain.js';
import { measureWords } from '../../src/retrieve/query.js';
import { answererFor, corpusOf } from '../helpers.js';

const REPORT = `薤城大学本科教学质量报告（2023—2024学年）

1 本科教育基本情况
1.1 办学定位
学校办学历史可追溯至1958年创办的薤城师范专科学校，2003年组建为薤城大学。学校坚持应用型办学定位。
1.2 本科专业设置
学校现有本科专业61个。本学年新增康复治疗学、智能建造等3个专业。
7 存在问题与改进措施
7.1 存在问题
1. 生师比仍偏高，部分新办专业专任教师数量不足，高层次人才比例偏
低。
2. 实验室设备老化，生均实验经费偏低。
7.2 改进措施
1. 计划新增专任教师120人。
附表 本科教学基本状态数据
指标 | 2022—2023学年 | 2023—2024学年
生师比 | 18.9:1 | 18.4:1
`;

const NOTICE = `萑溪学院关于补考的通知

一、考试纪律
开考15分钟后不得进入考场，考试开始30分钟内不得交卷离场。
`;

describe('decimal headings, the time after a start, and year steps', async () => {
  const bot = await answererFor(corpusOf({ 'xiecheng-quality.txt': REPORT, 'huanxi-makeup.txt': NOTICE }));

  it('reads 7.1 and 2.3.1 as headings of their own level, not 2.5万人 or 18.2:1', () => {
    expect(parseMarker('7.1 存在问题')).toMatchObject({ style: 'decimal2', value: 1 });
    expect(parseMarker('2.3.1 教学经费投入')).toMatchObject({ style: 'decimal3', value: 1 });
    expect(parseMarker('2.5 万人次参加')?.style).not.toBe('decimal2');
    expect(parseMarker('18.2:1')?.style).not.toBe('decimal2');
    // (A numbered paragraph with its title run in, 1.1 目的和依据。本细则…, stays a paragraph.)
    expect(parseMarker('1.1 目的和依据。本细则适用于全日制研究生。')?.style).not.toBe('decimal2');
  });

  it('nests decimal headings by their numbers: 2.1 after 1.2 is its sibling, 2.3.1 goes under 2.3', async () => {
    const text = '某报告\n\n1.1 办学定位\n定位。\n1.2 专业设置\n专业61个。\n2.1 师资队伍\n教师1200人。\n2.3 教学经费\n2.3.1 经费投入\n投入1亿元。\n3.1 专业建设\n新增3个。\n';
    const p = await parseReport('r.txt', Buffer.from(text), { maxBytes: 1_000_000, size: 800, overlap: 100 });
    const paths = p.doc.sections.map((s) => s.path.join(' › '));
    expect(paths).toContain('2.1 师资队伍');
    expect(paths).toContain('2.3 教学经费 › 2.3.1 经费投入');
    expect(paths).toContain('3.1 专业建设');
    // (A chapter line, 7 存在问题, heads its decimal sections; a bare number alone, 3 名学生获奖, heads nothing.)
    const withChapter = await parseReport('c.txt', Buffer.from('某报告\n\n7 存在问题\n7.1 问题\n一是不足。\n3 名学生获奖\n'), { maxBytes: 1_000_000, size: 800, overlap: 100 });
    expect(withChapter.doc.sections.map((s) => s.path.join(' › '))).toEqual(['7 存在问题', '7 存在问题 › 7.1 问题']);
  });

  it('answers a list asked of a decimal section with all its items, a wrapped first one included', async () => {
    const a = await bot.answer('薤城大学质量报告里自己承认有哪些问题？');
    expect(a.answer).toContain('生师比仍偏高');
    expect(a.answer).toContain('实验室设备老化');
    // (…cited under its own decimal heading, 7.1 存在问题, not only its chapter's.)
    expect(a.citations[0]!.section.at(-1)).toBe('7.1 存在问题');
  });

  it('times what comes after the ask (交卷), not the start it counts from (开考)', async () => {
    expect(measureWords('开考后多久才能交卷')).toEqual(['交卷']);
    const a = await bot.answer('萑溪学院补考开考后多久才能交卷？');
    expect(a.answer).toContain('30分钟');
  });

  it('steps a follow-up back a school year when it says only 更早一个学年', async () => {
    const first = await bot.answer('薤城大学上学年的生师比是多少？');
    expect(first.answer).toContain('18.4:1');
    const a = await bot.answer('更早一个学年是多少？', { context: nextContext(undefined, first) });
    expect(a.answer).toContain('18.9:1');
  });

  it('steps two years back, and a class (届) as a year', async () => {
    const first = await bot.answer('薤城大学上学年的生师比是多少？');
    const context = nextContext(undefined, first);
    const two = await bot.answer('再往前两年呢？', { context, explain: true });
    expect(explainText(two.explain!)).toMatch(/period 2021-2022学年/);
    const cls = await bot.answer('上一届呢？', { context, explain: true });
    expect(explainText(cls.explain!)).toMatch(/period 2022-2023学年/);
  });

  it('reads 升格 as the documents’ 组建 and 前身', async () => {
    const a = await bot.answer('薤城大学以前是什么学校升格来的？');
    expect(a.answer).toContain('薤城师范专科学校');
  });

  it('refuses what was new in a year no report covers, quoting what the nearest one says', async () => {
    const a = await bot.answer('薤城大学2025年又新增了哪些本科专业？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('没有2025年');
    expect(a.answer).toContain('康复治疗学');
  });
});
