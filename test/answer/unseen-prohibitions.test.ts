// What may not be brought or done (不让带, 不许, 不准) is written 严禁携带 / 禁止 in the rules: the asker's plain words find
// the rule, on an invented ferry-bus notice whose other rules name 上车 more often.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const NOTICE = `蘩汀大学校内摆渡车乘车须知

一、运行时间
工作日7:00至21:00，每15分钟一班。
二、乘车规定
1. 上车时请出示校园卡，一人一卡，不得一卡多刷。
2. 上车后请坐稳扶好，车辆行驶中不得站立。
3. 严禁携带易燃易爆物品、管制刀具及宠物乘车。
4. 乘车时禁止饮食，请保持车内清洁。
`;

describe('prohibitions asked in plain words', async () => {
  const bot = await answererFor(corpusOf({ 'fanting-univ-ferry-bus.txt': NOTICE }));

  it('answers what may not be brought on board (不让带上车) with the 严禁携带 rule', async () => {
    const a = await bot.answer('蘩汀大学摆渡车哪些不让带上车？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('严禁携带易燃易爆物品');
    expect(a.answer).not.toContain('一卡多刷');
  });

  it('answers what may not be done (不许) with the 禁止 rule', async () => {
    const a = await bot.answer('蘩汀大学的摆渡车上不许吃东西吗？');
    expect(a.answer).toContain('禁止饮食');
  });
});
