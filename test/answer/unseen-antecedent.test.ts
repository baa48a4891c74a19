// A passage pointing back to contact ways it does not give (可通过上述方式实名举报) answers 打哪个电话举报 with the
// sentence before it, where the number is. Invented brochure; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';

const BROCHURE = `芃溪大学2025年高校专项计划招生简章

八、监督与咨询
学校纪委办公室对招生工作全程监督。监督电话：0738-6120345，监督邮箱：jwb@pengxi-u.edu.cn。
考生如发现招生过程中有违规行为，可通过上述方式实名举报，学校将依法依规调查处理。
招生咨询电话：0738-6120001。
`;

describe('a passage pointing back to contact ways', async () => {
  const bot = await answererFor(corpusOf({ 'px-zhuanxiang-2025.txt': BROCHURE }));

  it('answers with the number given in the sentence before it', async () => {
    const a = await bot.answer('芃溪大学专项计划招生要是有违规，打哪个电话举报？');
    expect(a.answer).toContain('0738-6120345');
  });
});
