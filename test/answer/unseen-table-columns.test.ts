// Which cell of a table row answers: the row's own total under a spanning header (分省计划数·小计) when the question
// names no column, a people count for 招几个, the column of the people asked (学生, not 教职工), a deposit as money.
// Invented documents; no shipped text.
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, corpusOf } from '../helpers.js';

const PLAN = `<html><head><title>葭水大学2025年高校专项计划招生简章</title></head><body>
<h2>葭水大学2025年高校专项计划招生简章</h2>
<p><strong>一、招生专业及分省计划</strong></p>
<table>
<tr><th rowspan="2">专业</th><th rowspan="2">学制</th><th colspan="4">分省计划数（名）</th><th rowspan="2">学费（元/学年）</th></tr>
<tr><th>莳川</th><th>蘋洲</th><th>其他省份</th><th>小计</th></tr>
<tr><td>园艺</td><td>4年</td><td>7</td><td>5</td><td>6</td><td>18</td><td>4700</td></tr>
<tr><td>水产养殖学</td><td>4年</td><td>4</td><td>3</td><td>2</td><td>9</td><td>4900</td></tr>
<tr><td>合计</td><td></td><td>11</td><td>8</td><td>8</td><td>27</td><td></td></tr>
</table>
<p><strong>二、第二学士学位</strong></p>
<table>
<tr><th>专业</th><th>计划数</th><th>学费（元/学年）</th></tr>
<tr><td>智能制造工程</td><td>35</td><td>6600</td></tr>
<tr><td>环境设计</td><td>25</td><td>7100</td></tr>
<tr><td>食品科学与工程</td><td>30</td><td>5900</td></tr>
</table>
<p><strong>三、体育场馆收费</strong></p>
<table>
<tr><th rowspan="2">项目</th><th rowspan="2">计费单位</th><th colspan="2">收费标准（元）</th></tr>
<tr><th>学生</th><th>教职工</th></tr>
<tr><td>攀岩墙季卡</td><td>元/人·季</td><td>150</td><td>240</td></tr>
</table>
<p><strong>四、学费调整及退宿</strong></p>
<p>报名考核费为每人100元，通过报名系统在线缴纳。</p>
<p>护理学专业学费自2025级起由5600元/学年调整为6000元/学年，2024级及以前年级仍按原标准执行。</p>
<p>毕业生离校前须退还宿舍钥匙，逾期未退宿的，按每人每天12元收取住宿费。住宿押金标准为每人260元，验收合格的全额退还。</p>
</body></html>`;

describe('the cell of a row that answers', async () => {
  const bot = await answererFor(corpusOf({ 'jiashui-2025-plan.html': PLAN }));

  it('answers 一共招几个 with the row total under a spanning header, not its first column', async () => {
    const a = await bot.answer('葭水大学专项园艺一共招几个人？');
    expect(a.answer).toContain('18');
    expect(a.answer).not.toMatch(/莳川[^|]*：7/);
  });

  it('still answers a column the question names', async () => {
    const a = await bot.answer('葭水大学专项园艺莳川招几个人？');
    expect(a.answer).toMatch(/莳川：7/);
  });

  it('reads 招几个 as a count of people: the 计划数 cell answers', async () => {
    const a = await bot.answer('葭水大学智能制造工程招几个？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('35');
  });

  it('answers the students’ price when students ask, not the staff column beside it', async () => {
    const a = await bot.answer('葭水大学学生办攀岩墙季卡要多少钱？');
    expect(a.answer).toContain('150');
    expect(a.answer).not.toContain('240');
  });

  it('reads 押金能退多少 as the deposit asked, not the overdue fee per day', async () => {
    const a = await bot.answer('葭水大学退宿押金能退多少？');
    expect(a.answer).toContain('260元');
    expect(a.answer).not.toContain('12元');
  });

  it('reads a major named in English (Food Science) as the table’s 专业', async () => {
    const a = await bot.answer('How much is the yearly tuition for the Food Science second degree at Jiashui University (葭水大学)?');
    expect(a.answer).toContain('5900');
  });

  it('reads 学长 as people of another cohort, not a thing the documents must name', async () => {
    const context = nextContext(undefined, await bot.answer('葭水大学护理学一年学费多少？'));
    const a = await bot.answer('那24级的学长他们交多少？', { context });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('5600元');
  });

  it('reads a fee right before 要多少 as money asked, named by the words of its fee (报名 of 报名考核费)', async () => {
    const a = await bot.answer('葭水大学报名费要多少？');
    expect(a.answer).toContain('100元');
  });

  it('answers 加起来一共 with the table’s total row', async () => {
    const a = await bot.answer('葭水大学专项各专业加起来一共招多少人？');
    expect(a.answer).toContain('27');
  });
});
