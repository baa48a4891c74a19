// Ways people put two questions in one, or ask for a start or an end date, on invented documents.
import { describe, expect, it } from 'vitest';
import { askedDateSide, dateSide, statedPeriod } from '../../src/answer/figure-match.js';
import { answererFor, corpusOf } from '../helpers.js';

const NOTICE = `**岚发改价费〔2025〕12号**

# 关于调整全省公办高校学费标准的通知

各公办普通高等学校：

## 一、学费标准

本科一般专业学费由每生每学年4800元调整为5300元。

## 二、执行时间

（一）新标准自2025年9月1日起执行。
（二）本通知有效期至2030年8月31日。

岚州省发展和改革委员会

2025年6月18日
`;

const CHARTER = `鹤川理工大学2025年本科招生章程

第一章 总则
第一条 学校全称鹤川理工大学，国标代码10999。
第二章 奖助政策
第二条 学校设国家奖学金每生每年8000元，国家励志奖学金每生每年5000元，国家助学金平均每生每年3300元。
第三条 自2024年秋季学期起，国家助学金分三档：一等每生每年4800元、二等每生每年3700元、三等每生每年2600元。2023—2024学年，分档标准为一等4400元、二等3300元、三等2200元。
第四条 研究生学业奖学金：硕士研究生一等每生每年10000元、二等6000元、三等3000元；博士研究生一等每生每年15000元、二等12000元。
第三章 附则
第五条 联系方式：可在工作日8:30—11:30、14:30—17:30咨询。
招生咨询电话：0969-88261100
电子邮箱：zsb@hclg.edu.example
`;

const EMPLOYMENT = `鹤川理工大学2024届毕业生就业质量年度报告

一、毕业生规模
学校2024届毕业生共3862人，其中男生2514人，女生1348人。
2024年，学校共有1247名毕业生报名参加专升本考试，录取586人。
从开始求职到落实工作，毕业生平均花费金额571元，平均用时4.2个月。
本科毕业生去向落实率为91.35%，研究生毕业生去向落实率为95.02%。
学校就业网共计UV访客数42180人次，PV浏览量153200人次，其中5月20日双选会当天，就业网PV浏览量12600次，UV访客数3100人次。
三、升学
毕业生总体国内、出国（境）升学人数1652人，国内、出国（境）升学率为25.69%。其中国内升学1583人，国内升学率为24.62%；出国（境）升学69人，出国（境）升学率为1.07%。
二、就业去向
毕业生出国深造留学的国家主要为“澳大利亚”（147人）、“英国”（92人）。
毕业生出国深造人数最多的高校为南屿大学，共有30人。
用人单位认为毕业生表现较好的方面依次是“吃苦耐劳”和“专业技能”。
录用人数排名前三的用人单位依次为：岚州轨道交通集团有限公司（126人）、岚州港航集团有限公司（87人）和鹤川公交集团有限公司（64人）。
`;

const ADULT_FEES = `鹤川理工大学关于调整成人高等教育收费标准的通知

| 序号 | 专业名称 | 原收费标准 | 调整后标准 |
| --- | --- | --- | --- |
| 1 | 工科类、医学类专业 | 1、高中起点升专科，学分学费66元/学分，计费总学分为100学分。2、专科升本科，学分学费88元/学分。 | 1、高中起点升专科，学分学费99元/学分，计费总学分为100学分。2、专科升本科，学分学费132元/学分。 |
`;

const FAQ = `鹤川理工大学2025级新生入学须知

一、报到安排
问：什么时候报到？
答：2025级新生报到时间为2025年9月6日至9月7日。
问：报到需要带哪些材料？
答：（1）录取通知书；（2）本人居民身份证原件；（3）一寸彩色证件照6张。
二、其他问题
问：宿舍有空调吗？
答：有。
问：毕业生月收入怎么样？
答：详见学校就业质量年度报告。
问：中外合作办学的学生能转专业吗？
答：中外合作办学专业学生不得转入其他专业。
`;

describe('two questions in one and dates asked by their side', async () => {
  const bot = await answererFor(
    corpusOf({
      'lan-fee-notice-2025.md': NOTICE,
      'hechuan-charter-2025.txt': CHARTER,
      'hechuan-employment-2024.txt': EMPLOYMENT,
      'hechuan-faq-2025.txt': FAQ,
      'hechuan-adult-fees.md': ADULT_FEES,
    }),
  );

  it('answers when a rule starts and when it ends, each from its own date', async () => {
    const a = await bot.answer('岚州省高校新学费标准从什么时候开始执行？有效期到哪天？');
    expect(a.answer).toMatch(/①[^②]*2025年9月1日[\s\S]*②[^①]*2030年8月31日/);
  });

  it('reads a request without a question word (邮箱也发一下) as a second question', async () => {
    const a = await bot.answer('鹤川理工招生电话多少？邮箱也发一下');
    expect(a.answer).toMatch(/①[^②]*88261100[\s\S]*②[^①]*zsb@hclg\.edu\.example/);
  });

  it('reads a grade (二等) as a row of its own, and a figure its sentence dates to an earlier period as that period’s', async () => {
    const a = await bot.answer('鹤川理工国家助学金二等一年给多少？');
    expect(a.answer).toContain('3700元');
    expect(a.answer).not.toContain('3300');
  });

  it('never answers a period asked from a sentence of another period’s document that only mentions it', async () => {
    const b = await bot.answer('鹤川理工2023-2024学年国家助学金二等多少钱？');
    expect(b.found === false || !b.answer.includes('3700')).toBe(true);
  });

  it('dates a figure by the last period its sentence names, not by a date, a range’s end or a period compared with', () => {
    expect(statedPeriod('2023—2024学年，分档标准为一等4400元、二等')?.label).toBe('2023-2024学年');
    expect(statedPeriod('其中2023年4月25日当天，招生网UV访客数')).toBeUndefined();
    expect(statedPeriod('2021-2023届本科毕业生留鄂就业比例始终保持在')).toBeUndefined();
    expect(statedPeriod('2023届毕业生的毕业去向落实率相较于2022届上升了')?.label).toBe('2023届');
    expect(statedPeriod('学校自2018年起设立校长奖学金，每生每年')).toBeUndefined();
    expect(statedPeriod('《2022年收费标准》规定每生')).toBeUndefined();
    expect(statedPeriod('学校2022届和2023届毕业去向落实率分别为')).toBeUndefined();
  });

  it('answers from a Q&A page’s 答 line, never with its 问 line, and reads 能转 as 转', async () => {
    const a = await bot.answer('去鹤川理工报到要带哪些材料？');
    expect(a.answer).toContain('录取通知书');
    expect(a.answer).toContain('一寸彩色证件照6张');
    expect(a.answer).not.toContain('问：');
    const c = await bot.answer('鹤川理工宿舍有空调吗');
    expect(c.answer).not.toContain('问：');
    expect(c.answer).toContain('答：有');
    const b = await bot.answer('鹤川理工中外合作办学的学生能转专业吗');
    expect(b.answer).toContain('不得转入其他专业');
  });

  it('never answers one part’s figure for a sibling part asked (硕士 for 博士), and refuses a grade that part lacks', async () => {
    const a = await bot.answer('鹤川理工博士研究生学业奖学金三等多少钱？');
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('3000');
    const b = await bot.answer('鹤川理工博士研究生学业奖学金一等多少钱？');
    expect(b.answer).toContain('15000元');
  });

  it('answers a contact question with the passage that gives the contact', async () => {
    const a = await bot.answer('鹤川理工招生邮箱是什么？');
    expect(a.answer).toContain('zsb@hclg.edu.example');
    const b = await bot.answer('Which phone number should I call for admissions at Hechuan Ligong?');
    expect(b.answer).toContain('88261100');
  });

  it('answers which thing of one institution is first (哪所学校去得最多) from a passage that ranks that kind of thing', async () => {
    const a = await bot.answer('鹤川理工毕业生出国留学，去得最多的是哪所学校？');
    expect(a.answer).toContain('南屿大学');
  });

  it('never answers a later part of a message with the figure an earlier part was answered with', async () => {
    const a = await bot.answer('鹤川理工去年专升本多少人报名，考上了多少');
    const second = a.answer.split('②')[1]!.split('来源')[0]!;
    expect(a.answer.split('②')[0]).toContain('1247');
    expect(second).not.toContain('1247');
  });

  it('requires of an English question the thing it names (salary), and answers what the report states', async () => {
    const a = await bot.answer('What was the average monthly salary of Hechuan University of Technology graduates in 2024?');
    expect(a.found).toBe(false);
    expect(a.answer).not.toMatch(/^[^“]*“[^”]*571/);
    const b = await bot.answer('How many graduates did Hechuan University of Technology have in 2024?');
    expect(b.answer).toContain('3862人');
  });

  it('answers a fee from the adjusted column, not the old one, even when the row is split into sentences', async () => {
    const a = await bot.answer('鹤川理工成教医学类高中起点升专科学分学费多少？');
    expect(a.answer).toContain('99元/学分');
    expect(a.answer).not.toMatch(/^[^“]*“[^”]*66元/);
  });

  it('answers each part with its own topic, not a figure stated for both (国内 vs 国内、出国)', async () => {
    const a = await bot.answer('鹤川理工2024届国内升学率多少？出国（境）升学率呢？');
    expect(a.answer).toMatch(/①[^②]*24\.62%[\s\S]*②[^①]*1\.07%/);
  });

  it('splits two parts of a population side by side (男生女生各多少人)', async () => {
    const a = await bot.answer('鹤川理工2024届男生女生各多少人');
    expect(a.answer).toMatch(/①[^②]*2514人[\s\S]*②[^①]*1348人/);
  });

  it('splits two topics owning one measure after 的 (本科生和研究生的去向落实率各是多少)', async () => {
    const a = await bot.answer('鹤川理工2024届本科生和研究生的去向落实率各是多少？');
    expect(a.answer).toMatch(/①[^②]*91\.35%[\s\S]*②[^①]*95\.02%/);
  });

  it('splits two measures named in Latin letters (UV访客数和PV浏览量), and reads a part after 其中 as no answer for the whole', async () => {
    const a = await bot.answer('鹤川理工就业网那一年UV访客数和PV浏览量各是多少？');
    expect(a.answer).toMatch(/①[^②]*42180人次[\s\S]*②[^①]*153200人次/);
    // …while the part asked by name (双选会当天) is that part's.
    expect((await bot.answer('鹤川理工双选会当天就业网PV浏览量多少？')).answer).toContain('12600次');
  });

  it('splits two topics joined by 和 with a distributive word before 各 (每年各多少钱)', async () => {
    const a = await bot.answer('鹤川理工国家奖学金和国家励志奖学金每年各多少钱？');
    expect(a.answer).toMatch(/①[^②]*8000元[\s\S]*②[^①]*5000元/);
    // Each part quotes its own figure, not one sentence holding both.
    expect(a.answer.split('②')[1]!.split('来源')[0]).not.toContain('8000');
  });
});

describe('the side of a date', () => {
  it('reads deadlines as ends and 报到 as no 到', () => {
    const t = '申请须不晚于2024年6月30日提交';
    const at = t.indexOf('2024');
    expect(dateSide(t, { start: at, end: at + 10, kind: 'date' })).toBe('end');
    expect(askedDateSide('新生什么时候报到')).toBeUndefined();
    expect(askedDateSide('有效期到哪天')).toBe('end');
    expect(askedDateSide('when do students attend classes')).toBeUndefined();
    // 从哪天到哪天 asks both ends, not the end.
    expect(askedDateSide('公示从哪天到哪天')).toBeUndefined();
  });
});
