// What a question counts is the noun after its classifier: "多少家用人单位" is not answered by "大型招聘会1场" (a count
// of events), and "来了多少家单位、提供了多少个岗位" asks two counts, each answered by its own figure; 提供 names
// nothing measured. Invented report; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';
import { askedCountedNoun } from '../../src/answer/figure-match.js';
import { questionParts } from '../../src/answer/understand.js';

const REPORT = `芃溪职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（三）招生就业信息公开。2024年通过校园门户网主动公开信息：通知公告6条，新闻报道11条，大型招聘会2场，在线招聘50余条。学校加强与用人单位的联系，积极邀请用人单位进校招聘。
（四）双选会举办情况。面向2024届毕业生，学校共举办双选会23场，参会单位共计418家，岗位需求数量达到15630个。
`;

describe('the thing a count asks for', async () => {
  const bot = await answererFor(corpusOf({ 'px-2024.txt': REPORT }));

  it('refuses a count of employers that the report gives only as a count of fairs', async () => {
    const a = await bot.answer('芃溪职院2024年的大型招聘会来了多少家用人单位？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('没有找到');
  });

  it('answers two counts listed with 、, each by its own figure', async () => {
    const a = await bot.answer('芃溪职院双选会一共来了多少家单位、提供了多少个岗位？');
    expect(a.answer).toContain('418家');
    expect(a.answer).toContain('15630个');
  });

  it('reads the counted noun and splits asks that each count their own thing', () => {
    expect(askedCountedNoun('来了多少家用人单位？')).toBe('用人单位');
    expect(askedCountedNoun('有几个岗位')).toBe('岗位');
    expect(askedCountedNoun('多少钱')).toBeUndefined();
    expect(questionParts('双选会来了多少家单位、提供了多少个岗位？')).toHaveLength(2);
    expect(questionParts('学费、住宿费一共多少？')).toHaveLength(1);
  });
});
