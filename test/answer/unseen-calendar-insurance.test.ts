// Kinds of document first met in round 17: a school calendar with a branch campus's own dates, a
// health-insurance notice with last year's row beside this year's, an admissions summary whose totals
// sit beside a breakdown by sex, and comparisons giving each institution its own office.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const CALENDAR = `苕溪职业技术学院文件
苕职院教〔2025〕9号
关于2025—2026学年校历的通知
一、南汀校区新生报到及军训安排
南汀校区因海上实训安排，以下事项与其他校区不同：
1. 2025级新生于9月13日至14日报到，9月15日至9月26日进行军事技能训练和入学教育，9月29日正式上课。
2. 学生寒假自2026年1月24日（星期六）开始，至3月7日（星期六）结束，3月9日正式上课。
二、第一学期安排
1. 2025级新生于9月6日至7日报到，9月8日至9月19日进行军事技能训练和入学教育，9月22日正式上课。
2. 学生寒假自2026年1月17日（星期六）开始，至2月28日（星期六）结束；寒假确需留校的学生须于1月9日前提交留校申请。
三、节假日安排
1. 国庆节、中秋节：10月1日（星期三）至8日（星期三）放假调休，共8天。
2. 劳动节：5月1日（星期五）至5日（星期二）放假调休，共5天。
3. 端午节：6月19日（星期五）至21日（星期日）放假，共3天。
四、联系方式
教务处：行政楼A305室
教务处电话：0730-6615032。
`;

const INSURANCE = `苕溪医科大学
关于做好2025年度大学生城乡居民基本医疗保险参保缴费工作的通知
根据《苕溪市医疗保障局关于做好2025年度城乡居民医保参保缴费工作的通知》（苕医保发〔2024〕21号）要求，通知如下：
一、缴费标准
2025年度城乡居民医保筹资标准为每人每年1090元，其中个人缴费380元，各级财政补助710元。个人缴费标准较2024年度（350元）提高30元。
| 年度 | 个人缴费（元/人·年） | 财政补助（元/人·年） |
| --- | --- | --- |
| 2024年度 | 350 | 670 |
| 2025年度 | 380 | 710 |
二、报销待遇
参保学生在校医院门诊就医，政策范围内费用报销比例为85%，每学年门诊报销限额为600元。
三、联系方式
学生资助管理中心：行政楼B112室
学生资助管理中心电话：0731-5286113。
`;

const ADMISSIONS = `苕溪理工大学2025年普通本科分省录取情况统计
2025年，我校面向全国22个省（区、市）招收普通本科新生，招生计划共2931人（含国家专项计划），实际录取2931人，计划完成率100%。
录取新生中男生1881人、女生1050人。截至9月20日，新生实际报到2861人。
`;

const CHARTER = `苕溪师范大学2025年港澳台地区招生简章
一、招生计划
学校面向港澳台地区招收本科生60人。
二、联系方式
联系部门：苕溪师范大学招生就业处（港澳台侨招生办公室）
办公地点：明湖校区行政楼305室
联系电话：0657-3318826
地址：岫川省苕溪市明湖区师大路1号
`;

describe('calendars, insurance notices and admissions summaries (round 17 kinds)', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'calendar.txt'), CALENDAR);
  writeFileSync(join(corpus, 'insurance.md'), INSURANCE);
  writeFileSync(join(corpus, 'admissions.txt'), ADMISSIONS);
  writeFileSync(join(corpus, 'charter.txt'), CHARTER);
  const bot = await answererFor(corpus);
  const ask = (question: string) => bot.answer(question, { today: new Date('2025-03-01') });

  it('answers a follow-up asking the change (比去年涨了多少) with the sentence stating it, not the level', async () => {
    const fee = await ask('苕溪医大今年医保个人交多少');
    const change = await bot.answer('比去年涨了多少？', { context: nextContext(undefined, fee), today: new Date('2025-03-01') });
    expect(change.answer).toContain('提高30元');
  });

  it('answers a calendar date for the main campus when the question names no campus, the branch campus’s when it does', async () => {
    expect((await ask('苕溪职院25级新生军训从哪天到哪天？')).answer).toContain('9月8日至9月19日');
    expect((await ask('苕溪职院南汀校区新生军训从哪天到哪天？')).answer).toContain('9月15日至9月26日');
  });

  it('answers when a span ends with the span (…开始，至…结束), and a follow-up naming another campus for that campus', async () => {
    const main = await ask('苕溪职院主校区学生寒假放到几号');
    expect(main.answer).toContain('2月28日');
    const branch = await bot.answer('南汀校区的呢？', { context: nextContext(undefined, main), today: new Date('2025-03-01') });
    expect(branch.answer).toContain('3月7日');
  });

  it('answers where an office works with the place line under the contact block naming it', async () => {
    const a = await ask('苕溪师大港澳台招生办公室在哪里办公？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('行政楼305室');
  });

  it('answers a document number asked (文号) with the number the document prints at its top, quoted', async () => {
    const a = await ask('苕溪职院这个校历通知的文号是多少？');
    expect(a.answer).toContain('苕职院教〔2025〕9号');
    expect(a.citations.some((c) => c.quote.includes('苕职院教〔2025〕9号'))).toBe(true);
    // (A number the text cites, 根据《…》（苕医保发〔2024〕21号）, is another document's.)
    const cited = await ask('苕溪医大医保通知的文号是多少？');
    expect(cited.answer).not.toContain('苕医保发');
    expect(cited.answer).toContain('没有写明文号');
  });

  it('answers how many days a holiday lasts with the days and the dates they count, under a label naming two holidays', async () => {
    const dragon = await ask('苕溪职院端午放几天？');
    expect(dragon.answer).toContain('共3天');
    expect(dragon.answer).toContain('6月19日');
    expect((await ask('苕溪职院国庆放几天假？')).answer).toContain('共8天');
  });

  it('answers last year’s payment from last year’s row of this year’s notice, and never with a sum paid back', async () => {
    const last = await ask('苕溪医大去年学生医保自己交了多少');
    expect(last.found).toBe(true);
    expect(last.answer).toContain('350');
    const paid = await ask('苕溪医大学生医保一年要交多少钱');
    expect(paid.answer).not.toContain('600元');
  });

  it('answers 分别在哪间办公室 for each institution’s own office', async () => {
    const a = await ask('苕溪职院教务处和苕溪医大资助中心分别在哪间办公室？');
    expect(a.answer).toContain('A305室');
    expect(a.answer).toContain('B112室');
  });

});
