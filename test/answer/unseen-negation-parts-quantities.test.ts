// Words of a question that reports write another way, on an invented employment and exchange report: a verb the
// asker negates (没落实去向) is the report's 未落实, not the figure of those placed (but 落没落实 asks yes or no); a
// quantity typed with its unit (交换满180天) leads to the passage writing it; 四六级 is what a notice calls CET, and a
// student's 交换 its 交流.
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
`;

describe('question words reports write another way', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'lxu-employment-2024.txt'), REPORT);
  const bot = await answererFor(corpus);

  it('reads a negated verb as the report writes it (没落实 → 未落实), and a yes-or-no verb as no negation', async () => {
    expect(negatedVerbs('还有多少人没落实去向')).toEqual(['未落实']);
    expect(negatedVerbs('清单落没落实')).toEqual([]);
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
});
