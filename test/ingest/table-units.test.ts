import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ingest/blocks.js';
import { withTableUnits } from '../../src/ingest/table-units.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const row = (text: string): Block => ({ kind: 'table-row', text });

describe('a table’s unit line', () => {
  it('gives its unit to each bare number of the rows below it, not to codes, rates or cells with a unit of their own', () => {
    const out = withTableUnits([
      p('表5 一般公共预算财政拨款支出决算表 单位：万元'),
      row('科目编码：2050205 | 科目名称：高等教育 | 年初预算数：87,930.00 | 决算数（元）：90357.82 | 完成率：102.76%'),
    ]);
    expect(out[1]!.text).toBe('科目编码：2050205 | 科目名称：高等教育 | 年初预算数（万元）：87,930.00 | 决算数（元）：90357.82 | 完成率：102.76%');
  });

  it('leaves counts and rates under a table of amounts without the amount’s unit (接待人次, 完成率)', () => {
    const out = withTableUnits([p('单位：万元'), row('项目：公务接待 | 接待费：44.18 | 国内公务接待人次：320 | 完成率：102.76')]);
    expect(out[1]!.text).toBe('项目：公务接待 | 接待费（万元）：44.18 | 国内公务接待人次：320 | 完成率：102.76');
  });

  it('ends with its table: a blank line after the rows closes it', () => {
    const out = withTableUnits([p('单位：万元'), row('项目：合计 | 决算数：9.5'), p(''), row('学院：文学院 | 人数：120')]);
    expect(out[3]!.text).toBe('学院：文学院 | 人数：120');
  });

  it('holds across a blank line and ends at the next line of text', () => {
    const out = withTableUnits([p('单位：人'), p(''), row('学院：文学院 | 人数：120'), p('注：不含留学生。'), row('学院：理学院 | 人数：98')]);
    expect(out.map((b) => b.text)).toEqual(['单位：人', '', '学院：文学院 | 人数（人）：120', '注：不含留学生。', '学院：理学院 | 人数：98']);
  });
});
