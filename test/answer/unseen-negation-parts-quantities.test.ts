// Words of a question that reports write another way, on an invented employment and exchange report: a verb the
// asker negates (没落实去向) is the report's 未落实, not the figure of those placed (but 落没落实 asks yes or no); a
// quantity typed with its unit (交换满180天) leads to the passage writing it; 四六级 is what a notice calls CET, and a
// student's 交换 its 交流; a change asked by its verb (延长多少) is a change, the most a rule allows (最多能延长多少天) a bound;
// and a long run of words after a place (…报名费里考点学校) names no institution; a country asked (英国) is the region a
// document lists (欧洲).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { negatedVerbs } from '../../src/retrieve/query.js';
import { answererFor, tempDir } from '../helpers.js';

const REPORT = `菱溪大学2024届毕业生就业质量年度报告

一、毕业去向落实情况
2024届毕业生共3210人，毕业去向落实人数为2950人，毕业去向落实率为91.90%。截至8月31日，未落实毕业去向的毕业生有260人。

二、就业专业相关度
毕业生所学专业与工作的相关度为82.15%，其中“非常相关”占比24.60%。分学历来看，本科毕业生就业专业相关度为80.36%，研究生毕业生就业专业相关度为93.47%。

三、交流项目类别
学期交流项目指赴国（境）外高校交流学习时间在90天（含）以上的项目，包括校际交换、双学位等。短期交流项目指交流时间在14天至89天之间的项目。

四、资助标准
学期交流项目每人资助20,000元；短期交流项目每人资助6,000元。
国际学术会议每人次资助不超过12,000元。
注：学期项目交流时间满180天（含）以上的，按1.5倍资助，但单个项目资助额不超过36,000元。本科生在学期间累计资助总额不超过90,000元。

五、外语考试服务
学校为在校生组织CET报名，CET笔试报名费每科每人次45元，口试报名费每科每人次50元。

六、其他
日语、俄语四六级考试与同级别英语考试同场次进行。

七、分地区补贴
赴港澳台地区交流的，每人另发交通补贴1,500元；赴欧洲、北美洲交流的，每人另发交通补贴4,500元。
`;

const NOTICE = `菱川省教育考试院关于做好2025年上半年全国大学英语四、六级考试报名工作的通知

一、考试时间
2025年6月14日笔试；日语、俄语四六级考试与同级别英语考试同场次进行。

二、收费标准
CET笔试报名费每科每人次45元。笔试报名费45元中，上缴国家考试机构14元，省教育考试院11元，考点学校20元。

三、特殊考生合理便利
视力残疾考生可申请使用盲文试卷，使用盲文试卷的考生笔试时间延长50%，使用大字号试卷的考生笔试时间延长30%。

五、考场安排
各考点按每个笔试考场30人编排考场，每个考场配备监考员2名。

四、成绩复核
考生对成绩有异议的，可在成绩发布之日起10日内申请复核。平均复核时间为6.3个工作日，比上一年缩短1.2个工作日。因特殊情况需延长复核期限的，延长期限最长不超过15个工作日。
`;

describe('question words reports write another way', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'lxu-employment-2024.txt'), REPORT);
  writeFileSync(join(corpus, 'lc-cet-2025.txt'), NOTICE);
  const bot = await answererFor(corpus);

  it('reads a negated verb as the report writes it (没落实 → 未落实), and a yes-or-no verb as no negation', async () => {
    expect(negatedVerbs('还有多少人没落实去向')).toEqual(['未落实']);
    expect(negatedVerbs('清单落没落实')).toEqual([]);
    expect(negatedVerbs('整改落实没落实')).toEqual([]);
    const a = await bot.answer('菱溪大学2024届还有多少人没落实去向？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('260人');
    expect(a.answer).not.toContain('2950');
  });

  it('finds the passage writing a quantity the question types with its unit', async () => {
    const a = await bot.answer('菱溪大学交换满180天资助多少');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('36,000元');
    expect(a.answer).not.toContain('每人资助6,000元');
  });

  it('reads 四六级 as CET', async () => {
    const a = await bot.answer('菱溪大学四六级笔试报名费多少钱？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('45元');
  });

  it('asks a change by its verb (延长多少), and the most a rule allows (最多能延长多少天) as a bound', async () => {
    const a = await bot.answer('菱川考试院四六级用盲文试卷的话笔试时间延长多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('延长50%');
    const b = await bot.answer('菱川考试院复核最多能延长多少天？');
    expect(b.answer).toContain('15个工作日');
  });

  it('takes no run of a question’s words after a place for an institution’s name (…报名费里考点学校)', async () => {
    const a = await bot.answer('菱川省四六级笔试报名费里考点学校能留多少？');
    expect(a.answer).not.toContain('暂未收录');
    expect(a.answer).toContain('菱川省教育考试院');
  });

  it('reads a place asked (香港, 英国) as the region a document lists it under (港澳台地区, 欧洲)', async () => {
    const a = await bot.answer('菱溪大学学生去香港交流，交通补贴多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1,500元');
    const b = await bot.answer('菱溪大学学生去英国交流，交通补贴多少？');
    expect(b.answer).toContain('4,500元');
  });
});
