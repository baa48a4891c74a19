// Student aid and a report's offices, on invented documents: a loan cap written for 本专科生 answers 本科生 (a loan
// asked as 能贷多少 asks money); a follow-up naming the other kind of loan (校园地…呢) asks that kind; a 考研 question
// about a 硕士 brochure is about 研究生, so the brochure's 推荐免试研究生 count is no part unasked; 几天内 asks a
// span (10日内), the 内 counting nothing; a short body (团委) named in a sentence of offices' counts has its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const AID = `<html><head><title>渚江医学院学生资助政策问答</title></head><body>
<h1>渚江医学院学生资助政策问答</h1>
<h2>一、国家助学贷款</h2>
<dl>
<dt>问：每年能贷多少？</dt>
<dd>全日制本专科生每人每年申请贷款额度不超过20000元；研究生每人每年不超过25000元。单笔贷款额度原则上不低于1000元。</dd>
<dt>问：怎么续贷？</dt>
<dd>2025年生源地信用助学贷款续贷办理时间为2025.7.1—9.15。校园地国家助学贷款续贷由学院统一组织，具体时间10月中旬另行通知。</dd>
</dl>
<h2>二、资助项目一览</h2>
<table><tr><th>项目</th><th>对象</th><th>标准</th></tr>
<tr><td>国家助学金（本科）</td><td>家庭经济困难的本科生</td><td>一档4400元、二档3300元</td></tr></table>
<h2>三、违纪与申诉</h2>
<p>学生对处分决定有异议的，可以在接到处分决定书之日起10日内，向学生申诉处理委员会提出书面申诉。学生申诉处理委员会应当在接到申诉之日起15日内作出复查结论。</p>
</body></html>`;

const BROCHURE = `# 渚江理工大学2025年硕士研究生招生简章

## 一、招生计划
2025年我校计划招收硕士研究生760名。其中拟接收推荐免试研究生118名；2024年实际录取硕士研究生702名。

## 二、报名
报名考试费每生180元，网上确认时缴纳。
`;

const REPORT = `渚江职业技术学院2023-2024学年信息公开年度报告
一、官网信息公开情况
本学年学校官网总计发文1860篇，其中党委宣传部412篇，教务处96篇，团委38篇，学生工作处57篇。
`;

describe('student aid, a master’s brochure and an annual report, invented', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'zjyx-aid.html'), AID);
  writeFileSync(join(corpus, 'zjlg-brochure.md'), BROCHURE);
  writeFileSync(join(corpus, 'zjzy-report.txt'), REPORT);
  const bot = await answererFor(corpus);

  it('answers a 本科生 loan cap with the one written for 本专科生', async () => {
    const a = await bot.answer('渚江医学院本科生助学贷款一年最多能贷多少');
    expect(a.answer).toContain('20000元');
    expect(a.answer).not.toContain('4400');
  });

  it('answers a follow-up naming the other kind of loan with that kind', async () => {
    const first = await bot.answer('渚江医学院生源地贷款今年续贷啥时候办');
    expect(first.answer).toContain('2025.7.1');
    const next = await bot.answer('校园地贷款的续贷呢？', { context: nextContext(undefined, first) });
    expect(next.answer).toContain('10月中旬');
  });

  it('reads 几天内 as a span asked, the 内 counting nothing', async () => {
    const a = await bot.answer('渚江医学院不服处分的话，几天内要提申诉？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('10日内');
  });

  it('reads a 考研 question as about 研究生, so the brochure’s 推免 count answers', async () => {
    const a = await bot.answer('渚江理工25年考研大概收多少推免生');
    expect(a.answer).toContain('118名');
    expect(a.answer).not.toContain('760名');
  });

  it('reads 报名费 as the brochure’s 报名考试费', async () => {
    const a = await bot.answer('在渚江理工考研报名费要交多少');
    expect(a.answer).toContain('180元');
  });

  it('answers a short body named in a sentence of offices’ counts (团委) with its own count', async () => {
    const a = await bot.answer('渚江职院团委自己在学校官网上发了几篇文章？');
    expect(a.answer).toContain('38篇');
    expect(a.answer).not.toContain('1860');
  });
});
