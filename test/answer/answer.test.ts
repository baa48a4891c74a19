import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { AnswerSchema } from '../../src/types.js';
import { readQa, uncitedNumbers } from '../../scripts/eval.js';
import { ROOT, shippedAnswerer, shippedIndex } from '../helpers.js';
import { join } from 'node:path';

describe('answer() on the shipped reports', async () => {
  const bot = await shippedAnswerer();
  const index = await shippedIndex();

  it('answers a figure question with the figure first and a verbatim citation', async () => {
    const a = AnswerSchema.parse(await bot.answer('湖南工程职业技术学院2023年在省内媒体上了多少篇报道？'));
    expect(a.found).toBe(true);
    expect(a.answer).toContain('295篇报道');
    expect(a.answer).toMatch(/\[1\]/);
    const c = a.citations[0]!;
    expect(c).toMatchObject({
      n: 1,
      school: '湖南工程职业技术学院',
      title: '2023年信息公开年度报告',
      period: '2023年',
      section: ['2、 主动公开情况', '（2） 主动公开信息的数据统计'],
    });
    expect(index.documentsById.get(c.docId)!.text.slice(c.start, c.end)).toBe(c.quote);
    expect(a.timings.retrieveMs).toBeGreaterThanOrEqual(0);
  });

  it('understands short names and colloquial words (传媒学院, 稿子)', async () => {
    const a = await bot.answer('传媒学院在外面媒体发了多少篇稿子？');
    expect(a.school).toBe('湖南大众传媒职业技术学院');
    expect(a.answer).toContain('541篇');
  });

  it('bridges 学费 to the 收费 wording and favours the 财务收费 section', async () => {
    const a = await bot.answer('湖南安全职院的学费标准在哪里公开？');
    expect(a.found).toBe(true);
    expect(a.citations[0]!.section.at(-1)).toBe('3.财务收费信息。');
  });

  it('answers an English question that names the institution in Chinese', async () => {
    const a = await bot.answer("How many job openings did 湖南大众传媒职业技术学院's employment platform post?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1580个');
  });

  it('resolves 去年 against today; a figure for a period with no report is refused, showing what the nearest says', async () => {
    const exact = await bot.answer('湖南工程职院去年招生就业的通知公告发了几条？');
    expect(exact.found).toBe(true);
    expect(exact.answer).toContain('通知公告4条');
    expect(exact.answer).not.toMatch(/没有.*的/);
    const later = await shippedAnswerer(new Date('2026-11-21T12:00:00'));
    const fallback = await later.answer('湖南工程职院去年招生就业的通知公告发了几条？');
    expect(fallback.found).toBe(false);
    expect(fallback.answer).toMatch(/^湖南工程职业技术学院没有2025年的信息公开年度报告，无法给出2025年的数字。最近的2023年信息公开年度报告中写的是：/);
    expect(fallback.answer).toContain('通知公告4条');
    expect(fallback.period).toBe('2023年');
    // A question that is not about a figure is answered from the nearest report, saying so.
    const where = await later.answer('湖南工程职院去年的学费标准在哪里公开？');
    expect(where.answer).toMatch(/^没有2025年的信息公开年度报告，以下出自最新的2023年信息公开年度报告。/);
  });

  it('says found: false, and what the report does say, when the figure is not there', async () => {
    const a = await bot.answer('湖南工程职业技术学院官方微博发了多少条？');
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/没有找到/);
    expect(a.answer).not.toContain('263');
    for (const c of a.citations) expect(c.quote).toContain('微博');
  });

  it('names an institution it does not cover and lists the covered ones', async () => {
    const a = await bot.answer('湖南铁道职业技术学院的单招章程在哪看？');
    expect(a.found).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.answer).toMatch(/暂未收录湖南铁道职业技术学院/);
    for (const s of ['湖南工程职业技术学院', '襄阳科技职业学院']) expect(a.answer).toContain(s);
  });

  it('answers a comparison with one cited line per institution', async () => {
    const a = await bot.answer('各学校视频号都发了多少条？');
    expect(a.found).toBe(true);
    const lines = a.answer.split('\n').filter((l) => /\[\d+\]/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(new Set(a.citations.map((c) => c.school)).size).toBe(a.citations.length);
    expect(a.answer).toContain('视频号发布视频63个');
    expect(a.answer).toContain('视频号发布信息41条');
  });

  it('lists the reports it holds when asked which years they cover', async () => {
    const a = await bot.answer('这几份信息公开报告各是哪一年的？');
    expect(a.citations).toHaveLength(5);
    expect(a.answer).toContain('2021～2022学年信息公开工作年度报告');
  });

  it('carries the institution into a follow-up "那去年呢？" and the topic into "那安全职院呢？"', async () => {
    const first = await bot.answer('传媒学院官微发布了多少篇推文？');
    expect(first.answer).toContain('151篇');
    let ctx = nextContext(undefined, first);
    const second = await bot.answer('那安全职院呢？', { context: ctx });
    expect(second.school).toBe('湖南安全技术职业学院');
    expect(second.answer).toContain('168篇');
    ctx = nextContext(ctx, second);
    const third = await bot.answer('那去年呢？', { context: ctx });
    expect(third.school).toBe('湖南安全技术职业学院');
    expect(third.found).toBe(true);
  });

  it("keeps to a widget's institution unless the question names another", async () => {
    const a = await bot.answer('官微有多少粉丝？', { school: '传媒学院' });
    expect(a.school).toBe('湖南大众传媒职业技术学院');
    expect(a.answer).toContain('84301人');
    await expect(bot.answer('官微粉丝', { school: '不存在大学' })).rejects.toMatchObject({ code: 'UNKNOWN_SCHOOL' });
  });

  it('never shows a number that is not in a cited quote, over the whole dev set', async () => {
    const qa = [...readQa(join(ROOT, 'eval/dev-qa.jsonl')), ...readQa(join(ROOT, 'eval/own-qa.jsonl'))];
    for (const item of qa) {
      const a = await bot.answer(item.question);
      expect(uncitedNumbers(a), `${item.id}: ${a.answer}`).toEqual([]);
      for (const c of a.citations) expect(index.documentsById.get(c.docId)!.text.slice(c.start, c.end)).toBe(c.quote);
    }
  });
});
