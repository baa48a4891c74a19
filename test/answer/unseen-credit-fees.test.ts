// A credit-based fee notice not from the shipped reports: a part named after 其中 (其中理工类…5800元) answers the
// part asked, a per-credit price is no answer to a fee per year, a count of a sibling kind (采购意向) is no count
// of the one asked (采购公告), and a table row blank under the column asked (一年级：—) states nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const NOTICE = `# 岚渡职业技术学院关于公布学分制收费标准的通知

## 一、适用范围

2024级及以前入学的学生仍按原学年制收费标准执行，不实行学分学费，其中理工类专业每生每学年5800元，医药卫生类专业每生每学年6200元，其他专业每生每学年5000元。

## 二、学分学费

补修课程按学分收取学分学费，标准为每学分90元，其中护理专业每学分110元。护理专业（三年制）学费6600元/学年。

## 三、信息公开

2024年，学院在官网公开了采购信息，其中包括在通知公告专栏公开的6次采购意向，41次采购公告，3次资产处置公告。

## 四、转专业绩点要求

| 学院 | 接收计划（人） | 申请绩点要求·一年级 | 申请绩点要求·二年级 |
| --- | --- | --- | --- |
| 合计 | 120 | — | — |
| 机电学院 | 40 | 2.80 | 3.00 |

一年级学生申请转专业，第一学期平均学分绩点不低于2.50。

附件：岚渡职业技术学院2025级学分制收费标准一览表

岚渡职业技术学院
2025年2月18日

## 附件 岚渡职业技术学院2025级学分制收费标准一览表

| 专业类别 | 专业注册费（元/学年） | 学分学费（元/学分） |
| --- | --- | --- |
| 理工类 | 1800 | 95 |
| 医药卫生类 | 2000 | 100 |
| 财经商贸类 | 1500 | 80 |
| 艺术设计类 | 2600 | 120 |
| 中外合作办学 | 6500 | 180 |
| 其他 | 1500 | 80 |

附件2 原学生资助通知

岚渡职业技术学院学生资助管理中心
2019年5月6日

注：毕业最低学分以外加修的课程，学分学费按本表标准的50%收取；重修理论课每学分60元，实践课每学分80元；辅修每学分100元，辅修专业不另收专业注册费。学生转专业的，自转入学期起执行转入专业所属类别的收费标准，当学年已缴纳的专业注册费多退少补。学生办理退学、休学手续的，专业注册费和住宿费按实际在校月数结算，每学年按10个月计算；已缴纳但未修读课程的学分学费全额退还。应征入伍服兵役的学生，按国家有关规定享受学费补偿或学费资助。家庭经济困难学生可按规定申请国家助学贷款、学费减免等资助，具体办法见学生资助管理中心发布的通知。
`;

describe('credit-based fees and parts on an invented notice', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'landu-credit-fees-2025.md'), NOTICE);
  const bot = await answererFor(corpus);

  it('answers the part a question names after 其中 (理工科 → 其中理工类…5800元), not a neighbour part', async () => {
    for (const q of ['我是岚渡职院24级理工科的，一年学费多少？', '岚渡职院24级理工类一年学费多少？']) {
      const a = await bot.answer(q);
      expect(a.answer, q).toContain('5800元');
      expect(a.answer, q).not.toContain('6200元');
    }
  });

  it('answers a fee per year with the yearly fee, not a per-credit price its part names (其中护理专业每学分110元)', async () => {
    const a = await bot.answer('岚渡职院护理专业一年学费多少');
    expect(a.answer).toContain('6600元');
    expect(a.answer).not.toContain('110元');
  });

  it('answers a count with the kind asked (采购公告), not a sibling kind of one stem (采购意向)', async () => {
    const a = await bot.answer('岚渡职院2024年在通知公告专栏发了多少次采购公告？');
    expect(a.answer).toContain('41次');
    expect(a.answer).not.toContain('6次');
  });

  it('passes over a table row that is blank under the column asked (合计 | 一年级：—)', async () => {
    const a = await bot.answer('岚渡职院一年级转专业绩点要求是多少');
    expect(a.answer).not.toMatch(/一年级：—/);
  });

  it('reads the date signed under the body’s name before an attachment as the day a 简章/通知 was published', async () => {
    const a = await bot.answer('岚渡职院的学分制收费通知是哪天发的？');
    expect(a.answer).toContain('2025年2月18日');
  });
});

const AID = `# 澄石师范学院2024—2025学年国家助学金评审工作通知

## 三、资助标准与发放方式

国家助学金分三个等级，本学年平均资助标准为每生每年3700元，较上一学年提高400元。具体标准见下表：

| 等级 | 2024—2025学年标准（元/生·年） | 2023—2024学年标准（元/生·年） | 每月发放（元） |
| --- | --- | --- | --- |
| 一等 | 4600 | 4400 | 460 |
| 二等 | 3700 | 3300 | 370 |
| 三等 | 2800 | 2200 | 280 |
`;

describe('a tier asked of an aid table, in either script', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'chengshi-aid-2024.md'), AID);
  const bot = await answererFor(corpus);

  it('answers the tier’s row (三等…2800) before a sentence off its topic that scores higher (平均…3700元)', async () => {
    const a = await bot.answer('澄石师院国家助学金三等一年多少钱？');
    expect(a.answer).toContain('2800');
    expect(a.answer).not.toContain('3700');
  });

  it('reads the wording cues of a question in traditional characters as in simplified ones (一年多少錢 asks the yearly cell, not 每月发放)', async () => {
    const a = await bot.answer('澄石師院國家助學金三等一年多少錢？');
    expect(a.answer).toContain('2800');
    expect(a.answer).not.toMatch(/每月发放（元）：280/);
  });
});
