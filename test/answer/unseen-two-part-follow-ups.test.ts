// Two questions in one message, on invented documents: a second part that only changes something (打成轻微伤呢)
// is answered by a passage holding what it changed, not by the first part's passage again (and one asking a list of its
// own, 那哪些…不予公开, after a yes-or-no question asks the list, and one naming another of a kind, 秋季批呢 after
// 春季批…, asks of it); two things listed with
// 、 before 各 (硕士、博士各是多少, 硕士、博士研究生…分别) are each asked; a campus named by one character (南校区) is the one a cell names
// with its other name in brackets (南校区（湖滨校区））; a room asked right before the ask (6人间多少钱) is the row
// asked of, no measure; and a room another part names (…，6人间几点断电) is no scene of the first part.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { answererFor, tempDir } from '../helpers.js';

const RULES = `芦江师范学院学生违纪处分办法

第十一条 打架斗殴的，按下列规定处理：
（一）策划、煽动他人打架的，给予记过以上处分；
（二）动手打人但未造成伤害的，给予警告处分；
（三）致人轻微伤的，给予严重警告处分；
（四）致人轻伤以上的，给予开除学籍处分。
`;

const FEES = `<html><head><title>芦江医科大学2025年学生收费标准公示</title></head><body>
<h1>芦江医科大学2025年学生收费标准公示</h1>
<h2>一、研究生奖助</h2>
<table><tr><th>项目</th><th>对象</th><th>标准</th></tr>
<tr><td>研究生国家奖学金</td><td>全日制硕士、博士研究生</td><td>硕士20000元/生·年；博士30000元/生·年</td></tr>
<tr><td>研究生国家助学金</td><td>全日制硕士、博士研究生</td><td>硕士6000元/生·年；博士15000元/生·年</td></tr>
</table>
<h2>二、住宿费</h2>
<table><tr><th>校区</th><th>房型</th><th>住宿费（元/生·学年）</th><th>说明</th></tr>
<tr><td>南校区（湖滨校区）</td><td>6人间</td><td>760</td><td>公共卫浴</td></tr>
<tr><td>北校区</td><td>6人间</td><td>940</td><td>独立卫浴</td></tr>
<tr><td>北校区</td><td>4人间</td><td>1300</td><td>独立卫浴</td></tr>
</table>
<h2>三、信息公开渠道</h2>
<p>全年各渠道共发布信息2196条。其中，通过信息公开网专栏发布清单事项信息588条，清单事项覆盖率达到100%。各渠道发布情况见下表。</p>
<table><tr><th>渠道</th><th>发布条数</th><th>占比</th></tr>
<tr><td>学校主页</td><td>905</td><td>41.2%</td></tr>
<tr><td>信息公开网专栏</td><td>588</td><td>26.8%</td></tr>
<tr><td>微信公众号</td><td>703</td><td>32.0%</td></tr>
</table>
<h2>五、研究生学费</h2>
<table><tr><th>类别</th><th>对象</th><th>学费标准</th></tr>
<tr><td>全日制学术型</td><td>博士研究生</td><td>10000元/生·学年</td></tr>
<tr><td>自筹生</td><td>硕士研究生</td><td>6500元/生·学年</td></tr>
<tr><td>自筹生</td><td>博士研究生</td><td>7500元/生·学年</td></tr>
</table>
<h2>四、作息</h2>
<p>宿舍楼每日6:10开门，23:10关门；6人间宿舍每晚23:40熄灯断电，次日6:10恢复供电。</p>
</body></html>`;

const DISCLOSURE = `芦江师范学院2024年信息公开工作年度报告

一、依申请公开情况
（一）依申请公开的情况
学校严格依照上级文件要求开展信息公开，全年未收到公民、法人和其他组织提出的信息公开申请。
（二）不予公开的情况
学校本年度未公开的信息为涉及国家秘密、商业秘密及个人隐私的信息，以及由法律法规、校纪校规规定需要保密的信息。
`;

const EXCHANGE = `芦江师范学院学生出国交流项目资助办法

五、申请与评审
（一）申请批次。学校每年组织两批申请：
1. 春季批：每年3月1日至3月31日申报，适用于当年下半年出发的项目；
2. 秋季批：每年9月1日至9月30日申报，适用于次年上半年出发的项目。
因出国交流管理系统升级，2025年春季批出国交流申报截止时间提前至2025年3月28日。
`;

describe('two-part questions on invented rules and a fee notice', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'ljsf-rules.txt'), RULES);
  writeFileSync(join(corpus, 'ljyd-fees.html'), FEES);
  writeFileSync(join(corpus, 'ljsf-disclosure-2024.txt'), DISCLOSURE);
  writeFileSync(join(corpus, 'ljsf-exchange.txt'), EXCHANGE);
  const bot = await answererFor(corpus);

  it('answers a second part that only changes something with the passage on what it changed', async () => {
    const a = await bot.answer('芦江师范学院动手打人但没打伤给什么处分？打成轻微伤呢？');
    expect(a.answer).toContain('警告处分');
    expect(a.answer).toContain('严重警告处分');
    expect(a.found).toBe(true);
  });

  it('asks each of two things listed with 、 before 各', async () => {
    const a = await bot.answer('芦江医大研究生国家奖学金硕士、博士各是多少？');
    expect(a.answer).toContain('20000元');
    expect(a.answer).toContain('30000元');
    expect(a.answer).not.toContain('15000');
  });

  it('asks each of two siblings listed with 、 that share the words after the second (硕士、博士研究生)', async () => {
    const a = await bot.answer('芦江医大自筹的硕士、博士研究生一年学费分别多少？');
    const [first, second] = a.answer.split('\n');
    expect(first).toContain('6500元');
    expect(second).toContain('7500元');
    expect(a.answer).not.toContain('10000');
  });

  it('reads a one-character campus and its bracketed other name as the campus asked', async () => {
    const a = await bot.answer('芦江医科大学南校区6人间住宿费多少钱');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('760');
    expect(a.answer).not.toContain('940');
    const b = await bot.answer('芦江医科大学北校区6人间住宿费多少钱');
    expect(b.answer).toContain('940');
  });

  it('asks a part opening with 占 (占全部的比例是多少) in the scene of the part before', async () => {
    const a = await bot.answer('芦江医科大学信息公开网专栏发了多少条？占全部的比例是多少');
    const [first, second] = a.answer.split('\n');
    expect(first).toContain('588');
    expect(second).toContain('26.8%');
  });

  it('keeps a room another part names out of the first part', async () => {
    const a = await bot.answer('芦江医科大学宿舍早上几点开门，6人间几点断电');
    const [first, second] = a.answer.split('\n');
    expect(first).toContain('6:10');
    expect(first).not.toContain('23:40');
    expect(second).toContain('23:40');
  });

  it('answers a follow-up asking a list of its own (那哪些…不予公开) after a yes-or-no question with the list', async () => {
    const prev = await bot.answer('芦江师院2024年收到过信息公开申请吗？');
    const a = await bot.answer('那哪些信息学校是不予公开的？', { context: nextContext(undefined, prev), explain: true });
    expect(a.answer).toContain('商业秘密');
    // (A list is asked now, not whether there were applications.)
    expect(a.explain).toBeDefined();
    expect(a.explain!.understand.intent).not.toBe('yesno');
  });

  it('answers a follow-up naming another of the same kind (秋季批呢 after 春季批…) with the passage on it', async () => {
    const prev = await bot.answer('芦江师院出国交流春季批什么时候申报？');
    const a = await bot.answer('秋季批呢？', { context: nextContext(undefined, prev) });
    expect(a.answer).toContain('9月1日至9月30日');
    expect(a.answer).not.toContain('3月28日');
  });
});
