// A passage pointing back to contact ways it does not give (可通过上述方式实名举报) is run back over the sentence
// before it, where the number is; one that gives its own number, or points back to nothing, stays as it is.
import { describe, expect, it } from 'vitest';
import { withAntecedent } from '../../src/answer/antecedent.js';
import type { Passage } from '../../src/answer/candidates.js';

const TEXT = `八、监督
学校纪委办公室对招生工作全程监督。监督电话：0738-6120345，监督邮箱：jwb@pengxi-u.edu.cn。
考生如发现招生过程中有违规行为，可通过上述方式实名举报，学校将依法依规调查处理。
招生咨询电话：0738-6120001。如有疑问，可按以上方式咨询。
`;

/** A passage over the text between two of its substrings (the fields the extension reads). */
function passageOf(sentence: string): Passage {
  const start = TEXT.indexOf(sentence);
  return { start, end: start + sentence.length, text: sentence } as Passage;
}

describe('a passage pointing back to contact ways', () => {
  it('runs back over the sentence that gives the number', () => {
    const p = withAntecedent(passageOf('考生如发现招生过程中有违规行为，可通过上述方式实名举报，学校将依法依规调查处理。'), TEXT);
    expect(p.text).toContain('0738-6120345');
    expect(p.text).toContain('上述方式实名举报');
    expect(p.text).not.toContain('全程监督');
  });

  it('stays when it gives a number of its own, or points back to nothing', () => {
    const own = passageOf('招生咨询电话：0738-6120001。');
    expect(withAntecedent(own, TEXT)).toBe(own);
    const none = passageOf('八、监督');
    expect(withAntecedent(none, TEXT)).toBe(none);
  });
});
