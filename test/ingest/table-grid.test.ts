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

  it('keeps a one-row table as its cells', () => {
    expect(tableBlocks([[c('甲'), c('乙')]])).toEqual([{ kind: 'table-row', text: '甲 | 乙' }]);
  });
});
