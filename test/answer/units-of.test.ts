// Which documents of another name speak for an institution: a unit named after it and a unit's word.
import { describe, expect, it } from 'vitest';
import { isUnitOf } from '../../src/answer/pick.js';

describe('isUnitOf', () => {
  it('reads a college, branch or campus named after the institution as its unit, and a body of its own as none', () => {
    expect(isUnitOf('浙江中医药大学滨江学院', '浙江中医药大学')).toBe(true);
    expect(isUnitOf('临溪大学东湖分校', '临溪大学')).toBe(true);
    expect(isUnitOf('中国科学院大学', '中国科学院')).toBe(false);
    expect(isUnitOf('浙江中医药大学', '浙江中医药大学')).toBe(false);
    expect(isUnitOf('湖南大学出版社', '湖南大学')).toBe(false);
  });
});
