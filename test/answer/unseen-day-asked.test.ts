// A calendar day asked (几号报到) is not answered by a span counted from an event (入学后3个月内), and a heading saying
// the time is told elsewhere (报到时间以录取通知书为准) says the day is not given. Invented charter; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const CHARTER = `芃溪理工大学2025年第二学士学位招生简章

七、录取
（三）录取结果于2025年7月15日前公布。
（四）新生报到时间以录取通知书为准。
新生入学后3个月内进行资格复查，复查不合格者取消学籍。
`;

describe('a calendar day asked', async () => {
  const bot = await answererFor(corpusOf({ 'px-second-degree-2025.txt': CHARTER }));

  it('is not answered by a span counted from an event', async () => {
    const a = await bot.answer('芃溪理工二学位新生几号报到？');
    expect(a.found).toBe(false);
    expect(a.answer).not.toMatch(/“[^”]*3个月[^”]*”\[1\]$/);
  });

  it('is still answered by a date', async () => {
    expect((await bot.answer('芃溪理工二学位录取结果几号公布？')).answer).toContain('7月15日');
  });
});
