// Documents written in forms the shipped reports never use: traditional characters with full-width
// digits, a joint notice signed mid-document with a table of other universities' fees, an employment
// report whose trend row holds the cohort before it, and breakdowns of a population.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const TRADITIONAL = `青禾醫學院
2024年度資訊公開工作報告

壹、概述
本報告統計期為２０２４年１月１日至１２月３１日。
貳、主動公開情況
全年學校通過各渠道主動公開資訊１２８６條，其中門戶網站發佈４１２條。資訊公開專欄開通以來累計發佈各類資訊一萬二千三百餘條。
參、依申請公開情況
全年受理資訊公開申請２７件，辦結２５件，結轉下年度２件。
`;

const JOINT_NOTICE = `**南屿发改价费〔2025〕88号**

# 关于调整全省公办高校住宿费标准的通知

各公办普通高等学校：

## 一、住宿费标准

住宿费按住宿条件分档核定，具体标准见下表。

| 学校 | 4人间（独立卫浴） | 6人间 |
| --- | --- | --- |
| 南屿医科大学滨江学院 | 1500 | 1000 |
| 南屿医科大学 | 1150 | 800 |
| 南屿师范大学 | 1100 | 750 |

| 学校 | 专业 | 学费 |
| --- | --- | --- |
| 南屿医科大学 | 临床医学（中外合作） | 32000 |
| 南屿医科大学 | 临床医学 | 6600 |
| 南屿师范大学 | 汉语言文学 | 5280 |

| 学校 | 专业 | 单独招生计划 |
| --- | --- | --- |
| 南屿医科大学 | 护理学 | 120人 |

除南屿师范大学外，其他公办高校6人间住宿费为每生每学年900元。

## 二、执行时间

新标准自2025年9月1日起执行。

南屿省发展和改革委员会
南屿省财政厅
南屿省教育厅

2025年6月18日

## 政策解读

问：为什么调整？
答：现行标准已执行六个学年，学校汽车工程学院等院系宿舍条件已改善。
`;

const EMPLOYMENT = `青禾职业技术学院2023届毕业生就业质量年度报告

一、毕业去向落实情况
截至2023年12月31日，毕业生总人数为3200人，毕业去向落实率为93.15%。其中，男生毕业去向落实率为95.02%；女生毕业去向落实率为90.87%。
分学院看，汽车工程学院毕业生186人，去向落实率为96.30%。
二、变化趋势
近三届毕业去向落实率如下。

| 指标 | 2021届 | 2022届 | 2023届 |
| --- | --- | --- | --- |
| 毕业去向落实率 | 88.04% | 86.92% | 93.15% |
`;

const EMPLOYMENT_2 = `南屿职业技术学院2023届毕业生就业质量年度报告

一、毕业去向落实情况
图1- 2毕业去向落实率
全校毕业生2890人，毕业去向落实率为91.40%，其中，本科毕业生毕业去向落实率为96.10%。去向落实率在95%以上的专业有9个。
`;

describe('documents in forms the shipped reports do not use', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qinghe-medical-2024.txt'), TRADITIONAL);
  writeFileSync(join(corpus, 'nanyu-dorm-notice.md'), JOINT_NOTICE);
  writeFileSync(join(corpus, 'qinghe-employment-2023.md'), EMPLOYMENT);
  writeFileSync(join(corpus, 'nanyu-employment-2023.txt'), EMPLOYMENT_2);
  writeFileSync(
    join(corpus, 'yuanling-2023.txt'),
    '沅陵理工大学2023届本科毕业生就业质量年度报告\n一、就业概况\n我校2023届本科毕业生3120人，毕业去向落实率为92.50%。\n',
  );
  writeFileSync(join(corpus, 'nanyu-normal-2024.txt'), '南屿师范大学\n2024年信息公开工作年度报告\n一、概况\n学校现有全日制在校生21300人，住宿条件持续改善。\n二、平台建设\n为适应新形势，2024年3月，学校启用了新版门户网站，同步开通信息公开专栏。\n三、学生管理服务\n学校重视学生管理信息公开工作，及时公开学生管理相关信息。向学生及家长公开《南屿师范大学学生奖励办法》《南屿师范大学学生宿舍管理规定》等制度。\n四、联系方式\n如对本报告有疑问，请与学校办公室联系（地址：南屿市学府路1号，电话：0591-86035218）。\n');
  writeFileSync(
    join(corpus, 'nanyu-vtc-charter-2024.txt'),
    '南屿职业技术学院2024年单独招生章程\n八、学费、住宿费标准\n学费：所有专业学费均为6000元/年。\n住宿费：根据学校安排统一入住。四人间：每人每年1200元。\n',
  );
  const bot = await answererFor(corpus);

  it('reads a traditional-character title block and full-width figures', async () => {
    expect(bot.schools().map((s) => s.school)).toContain('青禾医学院');
    const a = await bot.answer('青禾医学院去年主动公开了多少条信息？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('１２８６條');
    const b = await bot.answer('青禾醫學院累計發佈了多少條資訊？');
    expect(b.answer).toContain('一萬二千三百餘條');
  });

  it('takes a joint notice’s issuers from its signature block and its year from the document number', () => {
    const notice = bot.schools().find((s) => s.school === '南屿省发展和改革委员会');
    expect(notice?.reports[0]?.period).toBe('2025年');
  });

  it('answers about an institution named only in another body’s table, citing that document', async () => {
    const a = await bot.answer('南屿医科大学4人间住宿费多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1150');
    // Neither another school's row nor its college's (南屿医科大学滨江学院) is its own.
    expect(a.answer).not.toMatch(/1100|1500/);
    expect(a.citations[0]?.school).toBe('南屿省发展和改革委员会');
  });

  it('compares an institution named only in a table with one that has its own report, cheapest first (谁便宜)', async () => {
    const a = await bot.answer('南屿师范大学和南屿医科大学的6人间谁便宜？');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/从少到多[\s\S]*750[\s\S]*800/);
  });

  it('answers when something happened with a date that is its own clause, quoting the clause it dates', async () => {
    for (const q of ['南屿师范大学新版门户网站什么时候启用的？', 'When did Nanyu Normal University launch its new website?']) {
      const a = await bot.answer(q);
      expect(a.answer).toContain('2024年3月，学校启用了新版门户网站');
    }
  });

  it('answers which rules were published with the passage listing their titles', async () => {
    const a = await bot.answer('南屿师范大学公开了哪些学生管理方面的制度？');
    expect(a.answer).toContain('《南屿师范大学学生奖励办法》');
    expect(a.answer).toContain('宿舍管理规定');
  });

  it('answers a kind of phone number asked (咨询电话) with the number given, whatever words stand beside it', async () => {
    const a = await bot.answer('南屿师范大学的咨询电话是多少？');
    expect(a.answer).toContain('0591-86035218');
  });

  it('refuses a kind of line the documents do not name (心理咨询热线), whatever numbers they give', async () => {
    const a = await bot.answer('南屿师范大学的心理咨询热线是多少？');
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('0591-86035218');
  });

  it('reads a line’s opening label (住宿费：) as the subject of its later sentences', async () => {
    const a = await bot.answer('南屿职院单招住宿费一年多少？');
    expect(a.answer).toContain('1200元');
  });

  it('does not take a department named in a report for an institution', async () => {
    const a = await bot.answer('汽车工程学院住宿费多少？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('暂未收录');
  });

  it('answers the whole, not a part of the population the question does not name', async () => {
    const a = await bot.answer('青禾职院2023届毕业去向落实率多少？');
    expect(a.answer).toContain('93.15%');
    expect(a.answer).not.toMatch(/95\.02|90\.87/);
    const women = await bot.answer('青禾职院2023届女生毕业去向落实率多少？');
    expect(women.answer).toContain('90.87%');
  });

  it('answers an earlier cohort from the later report’s column, saying which report it is', async () => {
    const a = await bot.answer('青禾职院2022届毕业去向落实率多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('86.92%');
    expect(a.answer).toMatch(/没有2022届的就业质量报告.*2023届/);
  });

  it('answers a later part that only changes the population as a follow-up of the part before', async () => {
    const a = await bot.answer('青禾职院2023届男生毕业去向落实率多少，女生呢');
    expect(a.answer).toMatch(/①[^②]*95\.02%[\s\S]*②[^①]*90\.87%/);
  });

  it('asks each institution of a comparison its own words, and prefers the plain row to a variant', async () => {
    const a = await bot.answer('南屿医科大学临床医学和南屿师范大学汉语言文学，哪个学费贵？');
    expect(a.answer).toContain('6600');
    expect(a.answer).toContain('5280');
    expect(a.answer).not.toContain('32000');
    expect(a.answer.indexOf('6600')).toBeLessThan(a.answer.indexOf('5280'));
  });

  it('compares the wholes, read with their sentences, not a part, a threshold or a caption number', async () => {
    const a = await bot.answer('青禾职院和南屿职院2023届毕业去向落实率哪个高？');
    expect(a.answer).toContain('93.15%');
    expect(a.answer).toContain('91.40%');
    expect(a.answer).not.toMatch(/96\.10|95%|95\.02/);
    expect(a.answer.indexOf('93.15%')).toBeLessThan(a.answer.indexOf('91.40%'));
  });

  it('reads a 学院 without a place beside an institution as its department, not an unknown institution', async () => {
    const a = await bot.answer('青禾职院汽车工程学院去向落实率多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('96.30%');
    const b = await bot.answer('青禾职院信息工程学院去向落实率多少？');
    expect(b.answer).not.toContain('暂未收录');
    expect(b.answer).not.toMatch(/96\.30|93\.15/);
  });

  it('refuses a numbered row in either writing when the document has only others, and answers the one it has', async () => {
    for (const q of ['南屿医科大学八人间住宿费多少？', '南屿医科大学8人间住宿费多少？']) {
      const a = await bot.answer(q);
      expect(a.found).toBe(false);
      expect(a.answer).not.toMatch(/1150|800/);
    }
    const six = await bot.answer('南屿医科大学六人间住宿费多少？');
    expect(six.answer).toContain('800');
    expect(six.answer).not.toContain('1150');
  });

  it('follows up with another part of the population, and asks two periods joined by 和 each', async () => {
    const men = await bot.answer('青禾职院2023届男生毕业去向落实率多少？');
    const women = await bot.answer('那女生呢？', { context: nextContext(undefined, men) });
    expect(women.answer).toContain('90.87%');
    const both = await bot.answer('青禾职院2021届和2022届毕业去向落实率分别是多少？');
    expect(both.answer).toMatch(/①[^②]*88\.04%[\s\S]*②[^①]*86\.92%/);
  });

  it('reads a word typed before a 专业 (单招护理学专业) apart from the 专业, and its synonyms stay its own', async () => {
    const a = await bot.answer('南屿医科大学单招护理学专业招多少人？');
    expect(a.answer).toContain('120人');
    const b = await bot.answer('南屿医科大学单招应用心理学专业招多少人？');
    expect(b.found).toBe(false);
  });

  it('reads another body’s document for an institution that has its own, only where it names it', async () => {
    const a = await bot.answer('南屿师范大学6人间住宿费多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('750');
    expect(a.answer).not.toMatch(/800|1150/);
  });

  it('never answers for an institution from another body’s sentence that names it as an exception or a rival, or from its college’s row', async () => {
    // 除南屿师范大学外…900元 is about the others; the notice's row for it says 750.
    const a = await bot.answer('南屿师范大学6人间住宿费多少？');
    expect(a.answer).not.toContain('900');
    // A college's row (南屿医科大学护理学院 would be another institution) is not the parent's.
    const b = await bot.answer('南屿职业技术学院住宿费多少？');
    expect(b.answer).not.toMatch(/1150|1100|900/);
  });

  it('compares a report that states only a part’s figure (本科) instead of calling it not stated', async () => {
    const a = await bot.answer('青禾职院和沅陵理工2023届毕业去向落实率哪个高？');
    expect(a.answer).toContain('92.50%');
    expect(a.answer).toContain('93.15%');
    expect(a.answer).not.toMatch(/未说明|未提及/);
  });

  it('compares two periods joined by 和 when the question compares them, instead of splitting it', async () => {
    const a = await bot.answer('青禾职院2022届和2023届毕业去向落实率哪个高？');
    expect(a.answer).not.toMatch(/①/);
  });

  it('refuses a two-character 专业 the table does not list, naming it once', async () => {
    const a = await bot.answer('南屿医科大学法学专业学费多少？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('“法学”');
    expect(a.answer).not.toMatch(/6600|32000/);
  });
});
