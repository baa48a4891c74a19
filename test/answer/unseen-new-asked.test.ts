// What was added asked (新涨了多少粉丝) is answered only by a figure stated as added (新增粉丝0.6万人), never by the plain
// level (粉丝量5.2万人). Invented report; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const WITH_NEW = `芃溪职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（二）学校官方微信公众号发布推文186篇，目前共有粉丝5.2万人，新增粉丝0.6万人。
（三）招生信息。2024年新生实际报到3120人，报到率96.10%。
`;
const LEVEL_ONLY = `芃川职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（二）学校官方微信公众号：官微粉丝量52301人，发布推文151篇。
`;

describe('what was added asked', async () => {
  const bot = await answererFor(corpusOf({ 'px-2024.txt': WITH_NEW, 'pc-2024.txt': LEVEL_ONLY }));

  it('is the figure stated as added', async () => {
    expect((await bot.answer('芃溪职院官微去年新涨了多少粉丝？')).answer).toContain('0.6万人');
  });

  it('is not asked by the 新 of 新生', async () => {
    expect((await bot.answer('芃溪职院去年新生报到率多少？')).answer).toContain('96.10%');
  });

  it('is not the plain level when nothing is stated as added', async () => {
    const a = await bot.answer('芃川职院官微去年新涨了多少粉丝？');
    expect(a.found).toBe(false);
  });
});
