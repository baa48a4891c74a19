// Answering on an invented campus service guide and fee notice (round 14's kinds, other bodies and text):
// a school name running into the next word of its title, contact lines under their own heading, offices
// named with a one-character office word (收费科).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const GUIDE = `栖霞医科大学校园服务指南
（2024—2025学年秋季学期版）

亲爱的同学：欢迎来到栖霞医科大学（简称“栖医大”）！本指南由后勤保障处整理。

一、校医院

（一）门诊时间
1. 工作日：上午8:00—11:30，下午14:00—17:30。
2. 急诊：全天24小时开放，地点在校医院一楼东侧。

（二）联系电话
1. 门诊导诊台：0971-85562120
2. 急诊（24小时）：0971-85562999
3. 医保办公室：0971-85562136

二、图书馆

（一）开放时间
1. 主校区图书馆：周一至周日7:00—22:30。
2. 寒暑假开放时间另行通知。
`;

const FEES = `<html><head><title>关于公布2024级学生学费住宿费收费标准的通知-滨湖师范学院计划财务处</title></head><body>
<h1>关于公布2024级学生学费住宿费收费标准的通知</h1>
<h2>一、学费标准</h2>
<table><tr><th>学科类别</th><th>学费标准（元/生·学年）</th></tr>
<tr><td>文史类</td><td>4,600</td></tr>
<tr><td>理工类</td><td>5,000</td></tr></table>
<h2>二、其他说明</h2>
<p>联系方式：如对收费标准有疑问，请在工作日联系计划财务处收费科，电话：0971-73326615；学生资助管理中心，电话：0971-73326652。</p>
<p>收费监督举报电话（纪委办公室）：0971-73326600。</p>
</body></html>`;

describe('an invented campus service guide and fee notice', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qxmu_service_guide.txt'), GUIDE);
  writeFileSync(join(corpus, 'bhnu_fees_2024.html'), FEES);
  const bot = await answererFor(corpus);

  it('names the school of a title running into the next word (…医科大学校园服务指南), not its file', async () => {
    const a = await bot.answer('栖医大快递');
    expect(a.answer).not.toContain('qxmu_service_guide');
    const b = await bot.answer('栖医大图书馆几点开门？');
    expect(b.answer).toContain('7:00—22:30');
  });

  it('reads a phone line by its own label, not by the section above its heading', async () => {
    const a = await bot.answer('栖医大校医院急诊电话多少');
    expect(a.answer).toContain('0971-85562999');
    expect(a.answer).not.toContain('85562120');
  });

  it('keeps an office named with 科 whole (收费科), so its own line answers', async () => {
    const a = await bot.answer('滨湖师院收费科电话多少');
    expect(a.answer).toContain('0971-73326615');
    expect(a.answer).not.toContain('73326600');
  });
});
