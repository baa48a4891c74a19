import { describe, expect, it } from 'vitest';
import { statesNone, statesValueOf } from '../../src/answer/stated-value.js';

describe('a measure stated with a value that is no figure', () => {
  it('finds the value after the measure and a linking word', () => {
    expect(statesValueOf('我校要求考生选测科目等级为A+B及以上', ['科目'])).toBe(true);
    expect(statesValueOf('外语语种：不限', ['语种'])).toBe(true);
    expect(statesValueOf('录取规则是分数优先、遵循志愿', ['录取规则'])).toBe(true);
  });

  it('does not take a sentence that only names the measure', () => {
    expect(statesValueOf('分数相同时按选测科目等级高低排序', ['科目'])).toBe(false);
    expect(statesValueOf('学校按规定收取学费，', ['学费'])).toBe(false);
  });
});

describe('a statement that there was none', () => {
  it('reads 未收到, 没有发生, 尚未 as a count of none', () => {
    expect(statesNone('2024年度，学校未收到依申请公开的信息。')).toBe(true);
    expect(statesNone('本年度没有发生因信息公开引起的行政复议。')).toBe(true);
    expect(statesNone('全年共收到申请39件。')).toBe(false);
  });
});
