import { describe, expect, it } from 'vitest';
import { guardReply, tidyReply } from '../../../src/answer/llm/guard.js';
import { shippedAnswerer } from '../../helpers.js';

describe('the check on a model reply', async () => {
  const bot = await shippedAnswerer();
  const figure = await bot.answer('湖南工程职业技术学院2023年在省内媒体上了多少篇报道？');
  const where = await bot.answer('湖南安全职院的学费标准在哪里公开？');

  // Replies a model could write about 湖南工程职业技术学院's “省内媒体发表295篇报道” [1], and what the check says.
  const cases: { reply: string; ok: boolean; reasons?: string[] }[] = [
    { reply: '湖南工程职业技术学院2023年在省内媒体发表了295篇报道[1]。', ok: true },
    { reply: '2023年，该校在省内媒体共发表二百九十五篇报道［1］。', ok: true },
    { reply: '<think>问题问的是数量，原文是295</think>省内媒体发表报道295篇【1】。', ok: true },
    { reply: '湖南工程职业技术学院在省内媒体发表了约300篇报道[1]。', ok: false, reasons: ['number'] },
    { reply: '湖南工程职业技术学院在省内媒体发表了三百篇报道[1]。', ok: false, reasons: ['number'] },
    { reply: '湖南工程职业技术学院在省内媒体发表了29篇报道[1]。', ok: false, reasons: ['number'] },
    { reply: '湖南工程职业技术学院2022年在省内媒体发表了295篇报道[1]。', ok: false, reasons: ['period'] },
    { reply: '湖南工程职业技术学院在省内媒体发表了295篇报道[7]。', ok: false, reasons: ['missing-citation'] },
    { reply: '湖南工程职业技术学院在省内媒体发表了295篇报道。', ok: false, reasons: ['no-citation'] },
    { reply: '湖南大众传媒职业技术学院在省内媒体发表了295篇报道[1]。', ok: false, reasons: ['institution'] },
    { reply: '清华大学在省内媒体发表了295篇报道[1]。', ok: false, reasons: ['institution'] },
    { reply: '省内媒体发表295篇报道[1]，详见 http://example.cn/news', ok: false, reasons: ['link'] },
    { reply: '省内媒体发表295篇报道[1]。另请拨打0731-88886666咨询[1]。', ok: false, reasons: ['number'] },
    { reply: '省内媒体发表295篇报道[1]。学校已经停止招生，请大家另选其他学校[1]。', ok: false, reasons: ['unsupported'] },
    { reply: '', ok: false, reasons: ['empty'] },
    { reply: `省内媒体发表295篇报道[1]。${'该校重视宣传工作。'.repeat(60)}`, ok: false, reasons: ['too-long'] },
  ];

  it.each(cases)('$reply → ok $ok', ({ reply, ok, reasons }) => {
    const v = guardReply(reply, figure.citations, bot.matcher);
    expect(v.ok).toBe(ok);
    for (const r of reasons ?? []) expect(v.problems.map((p) => p.reason)).toContain(r);
  });

  it('passes a paraphrase that keeps the passage’s own words, years and names', () => {
    const v = guardReply('湖南安全技术职业学院的学费标准在信息公开“财务公开”子栏目公开，其中有2022年收费项目依据及标准公示[1]。', where.citations, bot.matcher);
    expect(v.problems).toEqual([]);
  });

  it('writes citation marks one way', () => {
    expect(tidyReply('见原文[1,2]和【3】、［4］')).toBe('见原文[1][2]和[3]、[4]');
  });
});
