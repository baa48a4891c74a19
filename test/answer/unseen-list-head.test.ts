// A list asked by a modified noun (要交哪些纸质材料) is found under a heading naming its head noun (（二）提交材料), and
// answered with the numbered items below the line introducing them; 要交 with 哪些 asks things, not money. A list
// asked by a word of kind (学科门类, 几个环节) that the text never writes is answered from the items, not refused.
// Invented charter; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const CHARTER = `芃溪理工大学2025年第二学士学位招生简章

一、学校概况
芃溪理工大学现有全日制本科生2.1万人，拥有工学、理学、管理学、经济学、艺术学等五大学科，设有16个学院。

三、报名
（一）网上报名
考生于2025年5月10日至5月25日登录报名系统填写信息。
（二）提交材料
考生须于2025年5月28日17:00前将以下材料（纸质版）邮寄或送至芃溪理工大学教务处（行政楼206室），邮寄以邮戳为准：
1. 系统导出并打印的《第二学士学位报名表》（本人签字）；
2. 本科阶段成绩单原件（加盖教务处公章）；
3. 毕业证书、学士学位证书复印件；
4. 身份证复印件（正反面）。
（三）报名费
报名考核费为每人100元，通过报名系统在线缴纳。
`;

describe('a list asked by a modified noun', async () => {
  const bot = await answererFor(corpusOf({ 'px-second-degree-2025.txt': CHARTER }));

  it('answers with the numbered items the line under the heading introduces', async () => {
    const a = await bot.answer('报芃溪理工二学位要交哪些纸质材料？');
    expect(a.answer).toContain('报名表');
    expect(a.answer).toContain('成绩单原件');
    expect(a.answer).toContain('身份证复印件');
    expect(a.answer).not.toContain('100元');
  });

  it('answers a list asked by a word of kind the text never writes (学科门类) from the items it names', async () => {
    const a = await bot.answer('芃溪理工有哪些学科门类？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('工学、理学、管理学');
  });
});
