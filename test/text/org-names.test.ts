// Campus names read from questions and headings.
import { describe, expect, it } from 'vitest';
import { campusNames } from '../../src/text/org-names.js';

describe('campusNames', () => {
  it('reads a campus by its place, one or two characters, a verb before it left out', () => {
    expect(campusNames('四、北岬校区安排')).toEqual(['北岬']);
    expect(campusNames('新生在南校区报到吗')).toEqual(['南']);
    expect(campusNames('大一去湖滨校区上课')).toEqual(['湖滨']);
  });

  it('reads 主校区, 各校区, 两个校区, 新校区 and 所在校区 as naming no campus', () => {
    for (const text of ['关于主校区住宿安排', '学校各校区住宿费', '一、两个校区统一标准', '大一是不是去新校区', '所在校区报到']) expect(campusNames(text)).toEqual([]);
  });
});
