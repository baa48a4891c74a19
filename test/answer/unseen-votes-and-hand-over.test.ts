// Staff rules on invented text: a vote's share written as a fraction (超过出席委员的1/2) is the figure asked, read under
// the 评委会 (评审委员会) of the rank asked; a verb of handing papers over (发给, 交至) names nothing the rules must hold.
import { describe, expect, it } from 'vitest';
import { missingEntities } from '../../src/answer/pick.js';
import { parseQuery } from '../../src/retrieve/query.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { answererFor, corpusOf } from '../helpers.js';

const RULES = `棕岚学院教师职务评审办法

第四条 教授、副教授由学院高级职务评审委员会评审；讲师由学院中级职务评审委员会评审。
第九条 评审委员会组成及表决要求如下。
评审委员会：高级职务评审委员会 | 评审职务：教授、副教授 | 委员人数：15人 | 通过要求：赞成票不少于出席委员的2/3
评审委员会：中级职务评审委员会 | 评审职务：讲师 | 委员人数：9人 | 通过要求：赞成票超过出席委员的1/2
`;

describe('votes and hand-over verbs in staff rules', async () => {
  const bot = await answererFor(corpusOf({ 'zonglan-college-title-rules.txt': RULES }));

  it('reads 高评委 / 中评委 as the senior and middle committees', async () => {
    expect((await bot.answer('棕岚学院高评委一共多少人？')).answer).toContain('15人');
    expect((await bot.answer('棕岚学院中评委几个人？')).answer).toContain('9人');
  });

  it('answers a vote’s share written as a fraction with that fraction, for the committee of the rank asked', async () => {
    const a = await bot.answer('棕岚学院评讲师，评委会投票赞成票要超过多少才算通过？', { explain: true });
    expect(a.found).toBe(true);
    const picked = a.explain?.decisions[0]?.candidates[0];
    expect(picked?.figure).toBe('1/2');
  });
});

describe('verbs of handing papers over', () => {
  // The index's own vocabulary: the words the rules use.
  const search = { known: (w: string) => RULES.includes(w), idf: () => 1 };
  const ctx = { matcher: createSchoolMatcher(['棕岚学院']), lexicon: loadLexicon(), today: new Date('2025-03-01'), known: search.known };

  it('names no thing a document must hold with 发给, 交至 (a verb jieba tags a verbal noun)', () => {
    for (const q of ['棕岚学院申报材料的复印件最晚什么时候发给学院？', '棕岚学院的申报材料要交至哪里？']) {
      const missing = missingEntities(parseQuery(q, ctx), search);
      expect(missing).not.toContain('发给');
      expect(missing).not.toContain('交至');
    }
  });

  it('still names a thing the rules lack (供给 is a noun, no hand-over)', () => {
    expect(missingEntities(parseQuery('棕岚学院的物资供给情况怎么样？', ctx), search)).toContain('供给');
  });
});
