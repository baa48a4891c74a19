// Listing the rows of a table whose cells say something ("哪些专业学费上浮了"), on an invented fee notice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedRowKind, nameCell } from '../../src/answer/table-filter.js';
import { answererFor, tempDir } from '../helpers.js';

const NOTICE = `青禾职业技术学院关于公布2024—2025学年学生收费标准的通知

一、学费标准

    序号  专业名称              学制   学费    备注
    ----  --------------------  -----  ------  ------------
    1     道路与桥梁工程技术    三年   5500
    2     汽车检测与维修技术    三年   6050    上浮10%
    3     工程造价              三年   5000
    4     新能源汽车技术        三年   6050    上浮10%
    5     应用物理学            三年   4800

二、住宿费标准

住宿费按学年收取，四人间每生每年1200元。
`;

describe('rows of a table listed by what their cells say', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qinghe-vtc-fees-2024.txt'), NOTICE);
  const bot = await answererFor(corpus);

  it('reads which kind of row a question lists', () => {
    expect(listedRowKind('青禾职院哪些专业学费上浮了？')).toBe('专业');
    expect(listedRowKind('Which majors have a raised tuition?')).toBe('专业');
    expect(listedRowKind('青禾职院学费多少？')).toBeUndefined();
    expect(listedRowKind('机械学院哪几个同学拿了国家奖学金')).toBe('姓名');
    expect(listedRowKind('国家奖学金都有谁')).toBe('姓名');
    // (A kind a column holds beside the rows' names: listed only where a table about the question holds it.)
    expect(listedRowKind('青禾职院有哪些校区')).toBe('校区');
    // Who may apply is a rule, not a list of names.
    expect(listedRowKind('哪些人可以申请助学贷款')).toBeUndefined();
  });

  it('lists every row whose cell holds the filter, each quoted with its name and cited, and no other row', async () => {
    const a = await bot.answer('青禾职院哪些专业学费上浮了？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('汽车检测与维修技术');
    expect(a.answer).toContain('新能源汽车技术');
    expect(a.answer).not.toContain('工程造价');
    expect(a.citations).toHaveLength(2);
    expect(a.citations[0]?.section).toEqual(['一、学费标准']);
  });

  it('lists no rows for a negated filter, a figure no row has, or another year', async () => {
    for (const q of ['青禾职院哪些专业学费没有上浮？', '青禾职院哪些专业学费上浮了15%？', '青禾职院2020年哪些专业学费上浮了？']) {
      const a = await bot.answer(q);
      expect(a.answer).not.toMatch(/上浮的专业[^：]*：/);
    }
  });

  it('lists rows whose cell says the word when the notice states the figure typed with it (上浮 in the rows, 上浮10% in the text)', async () => {
    const a = await bot.answer('青禾职院哪些专业学费上浮了10%？');
    expect(a.answer).toContain('新能源汽车技术');
  });

  it('names each row by the column of the kind asked, not the first name column', () => {
    const row = '学院名称：农学院 | 专业名称：植物保护 | 学费：6050 | 备注：上浮10%';
    expect(nameCell({ start: 0, end: row.length, text: row }, '专业')?.text).toBe('专业名称：植物保护');
  });

  it('refuses a 专业 named without the word 专业 that the table does not list (护理学), not answering with another row', async () => {
    const a = await bot.answer('青禾职院护理学学费多少？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('护理学');
    expect(a.answer).not.toMatch(/5500|6050|5000/);
  });

  it('answers the usual way when no row’s cell says it', async () => {
    const a = await bot.answer('青禾职院哪些专业学费下浮了？');
    expect(a.answer).not.toContain('下浮的专业');
  });
});

const RESULTS = `青禾理工大学关于2024—2025学年国家奖学金评审结果的公示

一、本科生国家奖学金获奖学生名单

| 序号 | 姓名 | 学院 | 专业 |
| --- | --- | --- | --- |
| 1 | 李明远 | 机械工程学院 | 车辆工程 |
| 2 | 张雨欣 | 化学化工学院 | 应用化学 |
| 3 | 王子涵 | 机械工程学院 | 机械设计制造及其自动化 |

二、研究生国家奖学金获奖学生名单

| 序号 | 姓名 | 学院 | 专业 |
| --- | --- | --- | --- |
| 1 | 赵一鸣 | 机械工程学院 | 机械工程 |
| 2 | 孙佳 | 材料学院 | 材料科学与工程 |
`;

describe('people of a list of names picked by a cell, in the table its heading names', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qinghe-tech-scholarship-results-2025.md'), RESULTS);
  const bot = await answererFor(corpus);

  it('lists the names of the rows whose cell holds the filter, from the table whose heading holds the rest', async () => {
    const a = await bot.answer('青禾理工机械工程学院哪几个同学拿了本科生国家奖学金？');
    expect(a.answer).toContain('李明远');
    expect(a.answer).toContain('王子涵');
    // Another college's row, and the graduate table's row of the same college, are no answer.
    expect(a.answer).not.toContain('张雨欣');
    expect(a.answer).not.toContain('赵一鸣');
    expect(a.citations).toHaveLength(2);
  });

  it('lists every row of a table of the kind asked when nothing picks rows (有哪几个二级学院), without the total row', async () => {
    expect(listedRowKind('青禾职院有哪几个二级学院')).toBe('二级学院');
    const dir = join(tempDir(), 'corpus2');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'qinghe-employment-2024.txt'),
      `青禾职业技术学院2024届毕业生就业质量年度报告\n\n一、各二级学院就业情况\n\n    二级学院        毕业生人数   去向落实率\n    智能制造学院      812        95.20%\n    信息工程学院      640        93.10%\n    健康护理学院      533        96.00%\n    合计              1985       94.70%\n`,
    );
    const other = await answererFor(dir);
    const a = await other.answer('青禾职院有哪几个二级学院');
    expect(a.found).toBe(true);
    for (const name of ['智能制造学院', '信息工程学院', '健康护理学院']) expect(a.answer).toContain(name);
    expect(a.answer).not.toContain('合计');
  });
});

const BROCHURE = `# 澄溪师范大学2025年港澳台地区学生招生简章

## 一、公开渠道

| 公开渠道 | 发布条数 |
| --- | --- |
| 信息公开网 | 412 |
| 官方微信公众号 | 388 |
| 校报 | 24 |
| 合计 | 824 |

## 二、招生专业

| 专业名称 | 学制 | 学费（元/学年） | 所在校区 |
| --- | --- | --- | --- |
| 汉语言文学 | 四年 | 7800 | 明湖校区 |
| 音乐学 | 四年 | 9800 | 云台校区 |
| 旅游管理 | 四年 | 7800 | 云台校区 |

## 三、住宿

| 校区 | 房间类型 | 收费标准（元/学年） |
| --- | --- | --- |
| 明湖校区 | 四人间 | 1200 |
| 明湖校区 | 六人间 | 900 |
| 云台校区 | 二人间 | 1600 |
`;

describe('rows listed from a table whose words the heading or the title holds', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'cxnu-gat-2025.md'), BROCHURE);
  const bot = await answererFor(corpus);

  it('lists the rows a cell picks when the other words are the title’s (港澳台招生里哪些专业在云台校区)', async () => {
    const a = await bot.answer('澄溪师大港澳台招生里哪些专业在云台校区上课？');
    expect(a.answer).toContain('音乐学');
    expect(a.answer).toContain('旅游管理');
    expect(a.answer).not.toContain('汉语言文学');
  });

  it('reads a column named in other words as the kind asked (房间类型 for 宿舍)', async () => {
    const a = await bot.answer('澄溪师大明湖校区有哪几种宿舍？');
    expect(a.answer).toContain('四人间');
    expect(a.answer).toContain('六人间');
    expect(a.answer).not.toContain('二人间');
  });

  it('lists every row of the table the heading names when no word picks rows (哪些渠道), without the total', async () => {
    const a = await bot.answer('澄溪师大公开信息都走哪些渠道？');
    for (const c of ['信息公开网', '官方微信公众号', '校报']) expect(a.answer).toContain(c);
    expect(a.answer).not.toMatch(/渠道：合计/);
  });
});

const ART = `# 澄溪艺术学院2025年艺术类专业学费标准

## 一、学费

| 专业名称 | 类别 | 学费（元/学年） |
| --- | --- | --- |
| 音乐学 | 艺术类 | 9800 |
| 美术学 | 艺术类 | 9600 |
| 汉语言文学 | 普通类 | 5200 |
| 数学与应用数学 | 普通类 | 5000 |
`;

describe('rows a title word does not pick', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'cxart-fees-2025.md'), ART);
  const bot = await answererFor(corpus);

  it('lists only the rows a cell picks when the title holds the word too (哪些专业是艺术类)', async () => {
    const a = await bot.answer('澄溪艺术学院哪些专业是艺术类？');
    expect(a.answer).toContain('音乐学');
    expect(a.answer).not.toContain('汉语言文学');
  });
});
