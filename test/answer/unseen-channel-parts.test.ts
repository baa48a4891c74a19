// A 其中 part counts for the channel the nearest clause before it named, on an invented report: in one sentence,
// 官网…，其中原创800条 is the website's and 官方微博…，其中原创256条 the microblog's; a sentence naming the asked channel beside another shares its parts.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const REPORT = `荛川学院2024年信息公开工作年度报告

三、主动公开情况
学校官网发布信息1200条，其中原创信息800条，官方微博发布信息300条，其中原创信息256条。
学校通过就业网和微信公众号发布就业信息432条，其中双选会信息12条。
`;

describe('the channel of a 其中 part', async () => {
  const bot = await answererFor(corpusOf({ 'raochuan-2024-report.txt': REPORT }));

  it('answers the part of the channel asked, not the same part of the channel named before', async () => {
    // (The part under the channel asked ranks above the same part under the other channel.)
    const score = async (q: string, figure: string) =>
      (await bot.answer(q, { explain: true })).explain?.decisions[0]?.candidates.find((c) => c.figure === figure && c.text.startsWith('其中'))?.score ?? -Infinity;
    const site = '荛川学院官网去年的原创信息有多少条？';
    expect(await score(site, '800条')).toBeGreaterThan(await score(site, '256条'));
    const blog = '荛川学院官方微博去年的原创信息有多少条？';
    expect(await score(blog, '256条')).toBeGreaterThan(await score(blog, '800条'));
    expect((await bot.answer(site)).answer).not.toContain('256条');
  });

  it('reads a part of channels named together (就业网和微信公众号) as the asked channel’s', async () => {
    expect((await bot.answer('荛川学院就业网去年发了几条双选会信息？')).answer).toContain('12条');
  });
});
