// Staff rules on invented text: the items listed beside a rank (分为A、B和C) are its siblings, a passage naming only them another's;
// a vote's share written as a fraction (超过出席委员的1/2) is a figure; 评委会 is the 评审委员会, 投票 its 表决 / 赞成票;
// a verb of handing over (发给) names no thing the rules must hold; a 中层干部 is one holding a 中层领导职务.
import { describe, expect, it } from 'vitest';
import { listedSiblings, namesOnlySibling } from '../../src/answer/enumerated-siblings.js';
import { answererFor, corpusOf } from '../helpers.js';

const RULES = `棕岚学院教师职务评审办法

第三条 教师职务分为教授、副教授、讲师和助教。
第四条 教授、副教授由学院高级职务评审委员会评审；讲师由学院中级职务评审委员会评审；助教由学院直接聘任。
第九条 评审委员会组成及表决要求如下。
评审委员会：高级职务评审委员会 | 评审职务：教授、副教授 | 委员人数：15人 | 通过要求：赞成票不少于出席委员的2/3
评审委员会：中级职务评审委员会 | 评审职务：讲师 | 委员人数：9人 | 通过要求：赞成票超过出席委员的1/2
第十条 申报人须于2025年5月31日前将申报材料发送至人事处。
第十一条 年均实验教学工作量不少于300学时；担任学院中层及以上领导职务的，可按本条标准的60%执行。
`;

describe('items listed beside a thing asked', () => {
  it('finds the other items of the lists that hold a word as an item, not kinds of it (副教授 beside 教授)', () => {
    expect(listedSiblings(RULES, '助教').sort()).toEqual(['副教授', '教授', '讲师'].sort());
    expect(listedSiblings(RULES, '教授')).toEqual(['讲师', '助教']);
    expect(listedSiblings(RULES, '评审委员会')).toEqual([]);
  });

  it('tells a passage naming only another listed item from one naming the item asked', () => {
    const siblings = new Map([['助教', listedSiblings(RULES, '助教')]]);
    expect(namesOnlySibling('教授、副教授由学院高级职务评审委员会评审；', ['助教'], siblings)).toBe(true);
    expect(namesOnlySibling('助教由学院直接聘任。', ['助教'], siblings)).toBe(false);
    expect(namesOnlySibling('评审委员会组成及表决要求如下。', ['助教'], siblings)).toBe(false);
  });
});

describe('ranks, votes and hand-over verbs in staff rules', async () => {
  const bot = await answererFor(corpusOf({ 'zonglan-college-lab-title-rules.txt': RULES }));

  it('answers a vote’s share written as a fraction, for the committee of the rank asked', async () => {
    const a = await bot.answer('棕岚学院评讲师，评委会投票赞成票要超过多少才算通过？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1/2');
  });

  it('reads 发给 as how the papers travel, no thing the rules must name', async () => {
    const a = await bot.answer('棕岚学院的申报材料最晚什么时候发给人事处？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('2025年5月31日');
  });

  it('reads a 中层干部 as one holding a 中层领导职务', async () => {
    const a = await bot.answer('我是棕岚学院的中层干部，实验教学工作量能打折吗？按多少算？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('60%');
  });
});
