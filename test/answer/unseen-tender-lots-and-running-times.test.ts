// A tender notice split into lots and a fitness-test notice, both invented: a lot (第2包, "Lot 2") is a row of its
// own that a follow-up swaps; running times (3′17″, 4分32秒) and 秒 are figures, and a distance the question names
// (1000米跑) is the event, not its answer; 一、二年级 opens no heading.
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { parseMarker } from '../../src/ingest/markers.js';
import { answererFor, corpusOf } from '../helpers.js';

const TENDER = `<html><head><title>蓂溪大学多媒体设备采购项目公开招标公告</title></head><body>
<h1>蓂溪大学多媒体设备采购项目公开招标公告</h1>
<h2>一、项目基本情况</h2>
<p>项目编号：MXU-CG-2025-0031</p>
<table>
<tr><th>包号</th><th>采购内容</th><th>预算金额（万元）</th><th>交货期</th></tr>
<tr><td>第1包</td><td>交互式显示终端</td><td>268.00</td><td>合同签订后45日内</td></tr>
<tr><td>第2包</td><td>录播系统</td><td>157.30</td><td>合同签订后60日内</td></tr>
<tr><td>第3包</td><td>扩声系统</td><td>61.20</td><td>合同签订后30日内</td></tr>
</table>
<p>交货地点：第1包、第2包为蓂溪大学本部；第3包为蓂溪大学荭川校区。</p>
<h2>二、其他补充事宜</h2>
<p>投标保证金：第1包50,000.00元，第2包30,000.00元，第3包10,000.00元。</p>
</body></html>`;

const FITNESS = `苧城师范学院关于开展2025年学生体质健康测试工作的通知

一、测试项目
一、二年级男生测试1000米跑、引体向上，女生测试800米跑、仰卧起坐。
二、评分标准
男生1000米跑满分成绩为3′17″，及格成绩为4分32秒；女生800米跑满分成绩为3′18″。50米跑满分成绩为6.7秒。
三、成绩评定
（一）评定等级：
优秀90.0分及以上；良好80.0～89.9分；及格60.0～79.9分。
（二）学年总分达到良好及以上的，方可参加当学年评优评先；学年总分不及格的，不得参评各类奖学金。
`;

describe('lots of a tender and running times of a fitness test', async () => {
  const bot = await answererFor(corpusOf({ 'mingxi-tender-2025.html': TENDER, 'zhucheng-fitness-2025.txt': FITNESS }));

  it('reads 第2包 as a row of its own, in Chinese numerals too, and "Lot 2" in English', async () => {
    const a = await bot.answer('蓂溪大学第二包交货期多久？');
    expect(a.answer).toContain('60日');
    const en = await bot.answer('How much is the bid bond for Lot 2 of Mingxi University’s tender?');
    expect(en.answer).toContain('30,000.00元');
    expect(en.answer).not.toContain('50,000.00元');
  });

  it('swaps the lot in a follow-up (第2包呢？ after 第1包)', async () => {
    const first = await bot.answer('蓂大第1包交货期多久？');
    expect(first.answer).toContain('45日');
    const next = await bot.answer('第2包呢？', { context: nextContext(undefined, first) });
    expect(next.answer).toContain('60日');
  });

  it('answers the lot a place is named for (第3包 → 荭川校区)', async () => {
    const a = await bot.answer('蓂溪大学第3包的货送到哪个校区？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('荭川校区');
  });

  it('answers a running time written in primes or in 分 and 秒', async () => {
    const full = await bot.answer('苧城师院男生1000米跑满分成绩是多少？');
    expect(full.answer).toContain('3′17″');
    const pass = await bot.answer('苧城师院男生1000米跑及格要跑进多少？');
    expect(pass.answer).toContain('4分32秒');
  });

  it('reads 一、二年级 and 三、四年级 as years, no heading’s marker', () => {
    expect(parseMarker('一、二年级男生测试1000米跑')).toBeUndefined();
    expect(parseMarker('三、四年级（2022级、2021级）')).toBeUndefined();
    expect(parseMarker('一、测试项目')?.style).toBe('cn');
    // (…while a heading whose words start with a numeral stays one: 一、二级学院考核办法, 二、二等奖.)
    expect(parseMarker('一、二级学院考核办法')?.style).toBe('cn');
    expect(parseMarker('二、二等奖（12项）')?.style).toBe('cn');
  });
});
