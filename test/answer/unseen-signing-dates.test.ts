// The date a document is signed under (its 落款), asked in Chinese, traditional characters or English, on three
// invented documents: a web page posted two days after the date it is signed on, a guide signed with a month only,
// and a brochure whose English short name ends in "Tech".
import { describe, expect, it } from 'vitest';
import { ASKS_PUBLISHED } from '../../src/retrieve/query.js';
import { answererFor, corpusOf } from '../helpers.js';

const PAGE = `<html><head><title>信息公开工作年度报告（2023—2024学年）</title>
<meta name="PubDate" content="2024-11-02"></head><body>
<div class="site-name">菰城大学信息公开网</div>
<h1>菰城大学信息公开工作年度报告（2023—2024学年）</h1>
<p>发布时间：2024-11-02</p>
<p>一、概述</p><p>本学年学校主动公开信息2,315条。</p>
<p class="sign">菰城大学</p><p class="sign">2024年10月30日</p>
</body></html>`;

const GUIDE = `# 莼溪职业技术学院2025级新生入学指南

## 一、报到时间
新生于9月6日报到。

招生就业处

2025年7月
`;

const BROCHURE = `芡塘理工大学2025年第二学士学位招生简章

根据2019年4月3日公布的《第二学士学位管理办法》，制定本简章。
一、招生专业
第二学士学位招收数据科学与大数据技术专业，计划30人。

芡塘理工大学教务处
2025年3月18日
`;

describe('the date a document is signed under', async () => {
  const bot = await answererFor(
    corpusOf({ 'gucheng-disclosure.html': PAGE, 'chunxi-guide.md': GUIDE, 'qiantang-second-degree.txt': BROCHURE }),
  );

  it('reads 落款, 签署 in English and 發 in traditional characters as asking a document’s date', () => {
    expect(ASKS_PUBLISHED.test('那份年报落款是哪天？')).toBe(true);
    expect(ASKS_PUBLISHED.test('两份文件的落款日期分别是哪天？')).toBe(true);
    expect(ASKS_PUBLISHED.test("Qiantang Tech's brochure: what date is it signed?")).toBe(true);
    // (…not a date that a thing a document describes is issued on, nor a count of items published.)
    expect(ASKS_PUBLISHED.test('When is the student card issued?')).toBe(false);
    expect(ASKS_PUBLISHED.test('How many items were published on the website?')).toBe(false);
    expect(ASKS_PUBLISHED.test('According to the admissions brochure, when will offer letters be issued?')).toBe(false);
    expect(ASKS_PUBLISHED.test('When are exam results published, per the notice?')).toBe(false);
  });

  it('gives the 落款 date of a web page, not the date the page was posted on', async () => {
    const a = await bot.answer('菰城大学那份信息公开年报落款是哪天？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('2024年10月30日');
    expect(a.answer).not.toContain('2024-11-02');
  });

  it('gives a guide signed with a month only, asked in traditional characters', async () => {
    const a = await bot.answer('莼溪職院新生指南和菰城大學年報，落款日期分別是哪天？');
    expect(a.answer).toContain('2025年7月');
    expect(a.answer).toContain('2024年10月30日');
  });

  it('finds an institution named "… Tech" in English and gives the date it signed', async () => {
    const a = await bot.answer("What date is Qiantang Tech's second-degree brochure signed?");
    expect(a.answer).toContain('芡塘理工大学');
    expect(a.answer).toContain('2025年3月18日');
    // (…not the date of a document it cites near its top.)
    expect(a.answer).not.toContain('2019年4月3日');
  });
});
