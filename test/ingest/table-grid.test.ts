// Tables with merged cells read as standalone rows; a cell across the table is a caption.
import { describe, expect, it } from 'vitest';
import { tableBlocks } from '../../src/ingest/table-grid.js';

const c = (text: string, colspan = 1, rowspan = 1) => ({ text, colspan, rowspan });

describe('tables with merged cells', () => {
  it('reads a title row and a group row as paragraphs, and carries a row-spanning cell down', () => {
    const blocks = tableBlocks([
      [c('某学院2024学年收费公示', 4)],
      [c('项目'), c('对象'), c('标准'), c('依据')],
      [c('（一）学费类', 4)],
      [c('学费', 1, 2), c('本科生'), c('5000元/生·学年'), c('某价〔2020〕1号', 1, 2)],
      [c('专科生'), c('4500元/生·学年')],
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '某学院2024学年收费公示' },
      { kind: 'paragraph', text: '（一）学费类' },
      { kind: 'table-row', text: '项目：学费 | 对象：本科生 | 标准：5000元/生·学年 | 依据：某价〔2020〕1号' },
      { kind: 'table-row', text: '项目：学费 | 对象：专科生 | 标准：4500元/生·学年 | 依据：某价〔2020〕1号' },
    ]);
  });

  it('keeps a header spanning several columns over each of them', () => {
    const blocks = tableBlocks([
      [c('收费项目', 2), c('标准')],
      [c('住宿费'), c('四人间'), c('1200元')],
    ]);
    expect(blocks).toEqual([{ kind: 'table-row', text: '收费项目：住宿费 | 收费项目：四人间 | 标准：1200元' }]);
  });

  it('reads a two-level header: the second row names the columns under the cell spanning them', () => {
    const blocks = tableBlocks([
      [c('专业类别', 1, 2), c('收费标准', 2), c('备注', 1, 2)],
      [c('专业注册费（元/学年）'), c('学分学费（元/学分）')],
      [c('理工类'), c('1800'), c('95'), c('')],
    ]);
    expect(blocks).toEqual([
      { kind: 'table-row', text: '专业类别：理工类 | 收费标准·专业注册费（元/学年）：1800 | 收费标准·学分学费（元/学分）：95' },
    ]);
  });

  it('reads a second row of figures under a merged first column as data, not as a header', () => {
    const blocks = tableBlocks([
      [c('校区', 1, 2), c('房间', 2), c('标准')],
      [c('二人间'), c('空调'), c('1600')],
    ]);
    expect(blocks[0]!.text).toContain('标准：1600');
  });

  it('heads a figure spanning the columns of other groups by the group label above it, not by the first column', () => {
    const blocks = tableBlocks([
      [c('类别'), c('甲大学'), c('普通大学'), c('高职院校')],
      [c('艺术类专业'), c('9000'), c('9000'), c('9000')],
      [c('乙美术学院', 4)],
      [c('绘画类专业'), c('18000', 3)],
      [c('备注：表列标准为基准标准，可下浮10%。', 4)],
      [c('合计'), c('—', 3)],
    ]);
    expect(blocks).toContainEqual({ kind: 'table-row', text: '类别：绘画类专业 | 乙美术学院：18000' });
    // (A note across the table, holding figures or opening with 注, is no group label.)
    expect(blocks).toContainEqual({ kind: 'table-row', text: '类别：合计 | 甲大学：—' });
    const noted = tableBlocks([
      [c('类别'), c('甲大学'), c('普通大学')],
      [c('注：以上为基准标准', 3)],
      [c('合计'), c('—', 2)],
    ]);
    expect(noted).toContainEqual({ kind: 'table-row', text: '类别：合计 | 甲大学：—' });
  });

  it('keeps a one-row table as its cells', () => {
    expect(tableBlocks([[c('甲'), c('乙')]])).toEqual([{ kind: 'table-row', text: '甲 | 乙' }]);
  });
});
