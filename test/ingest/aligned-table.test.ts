// Tables typed with spaces for columns in plain text: read by the header's columns.
import { describe, expect, it } from 'vitest';
import { alignedCells, alignedTable } from '../../src/ingest/aligned-table.js';
import { plainTextBlocks } from '../../src/ingest/text-tables.js';

const DORMS = [
  '    住宿费按学年收取，单位：元/生·学年。',
  '',
  '    宿舍类型                          所在校区   收费标准   备注',
  '    --------------------------------  --------   --------   ------------------',
  '    四人间（独立卫浴，带空调）        北校区     1300',
  '    六人间（公共卫浴，无空调）        南校区     700        原标准600元',
  '',
  '    注：带空调宿舍不另收空调使用费。',
];

describe('tables aligned with spaces', () => {
  it('reads cells by display columns (a Chinese character is two wide)', () => {
    expect(alignedCells('宿舍类型  北校区').map((c) => c.at)).toEqual([0, 10]);
  });

  it('gives each row its header’s words, leaving out the cells a row leaves empty', () => {
    const rows = plainTextBlocks(DORMS).filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toEqual([
      '宿舍类型：四人间（独立卫浴，带空调） | 所在校区：北校区 | 收费标准：1300',
      '宿舍类型：六人间（公共卫浴，无空调） | 所在校区：南校区 | 收费标准：700 | 备注：原标准600元',
    ]);
    // The lines around the table stay paragraphs.
    expect(plainTextBlocks(DORMS).filter((b) => b.kind === 'paragraph').map((b) => b.text.trim())).toContain('注：带空调宿舍不另收空调使用费。');
  });

  it('keeps a total row that leaves its first column empty, and skips a rule across the table', () => {
    const t = alignedTable(
      ['序号  资助项目          人数      金额（万元）', '1     国家奖学金        124       124.00', '2     国家助学金        5450      1991.20', '----  ----------------  --------  --------', '      合计              5574      2115.20'],
      0,
    );
    expect(t?.rows.at(-1)).toEqual(['', '合计', '5574', '2115.20']);
  });

  it('takes no list of names set in columns for a table (no rule, no figures)', () => {
    expect(alignedTable(['护理          医学检验技术    口腔医学技术', '助产          医学影像技术    康复治疗技术', '药学          中药学          眼视光技术'], 0)).toBeUndefined();
  });

  it('puts a cell pushed right by a long cell before it under its own column', () => {
    const t = alignedTable(
      [
        '序号  专业名称                学制   学费   备注',
        '----  ----------------------  -----  -----  ------',
        '1     道路与桥梁工程技术      三年   5500',
        '2     汽车检测与维修技术（中外）  三年  12000  中外合作',
      ],
      0,
    );
    expect(t?.rows.at(-1)).toEqual(['2', '汽车检测与维修技术（中外）', '三年', '12000', '中外合作']);
  });

  it('takes no contact lines or prose with double spaces for a table', () => {
    expect(alignedTable(['收费咨询：计划财务处  0517-83926015', '资助咨询：学生资助管理中心  0517-83926088', '监督举报：学院纪委办公室  0517-83926199'], 0)).toBeUndefined();
    expect(alignedTable(['学校重视资助工作  全年发放资助金额  较上年增长', '其中国家助学金  5450人  1991.20万元'], 0)).toBeUndefined();
  });
});
