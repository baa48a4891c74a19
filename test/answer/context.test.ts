// Which short messages borrow the previous topic.
import { describe, expect, it } from 'vitest';
import { isFollowUp } from '../../src/answer/context.js';

describe('isFollowUp', () => {
  it('reads 那…呢, 其中…, a change from before (比上一届高了多少) and 又是多少 as follow-ups', () => {
    for (const q of ['那去年呢？', '其中本科生有多少？', '比上一届高了多少？', '同比呢', '省定基准又是多少？']) expect(isFollowUp(q), q).toBe(true);
  });

  it('reads a bare detail asked (电话多少？, 邮箱是什么, 地址在哪) as the previous topic’s', () => {
    for (const q of ['电话多少？', '邮箱是什么', '地址在哪']) expect(isFollowUp(q), q).toBe(true);
    for (const q of ['招生办电话多少？', '学校地址在哪']) expect(isFollowUp(q), q).toBe(false);
  });

  it('reads a longer question framed by 那…呢 (那2013到2016級的老生住6人間呢？) as one, a long one opening with 那 alone as none', () => {
    expect(isFollowUp('那2013到2016級的老生住6人間呢？')).toBe(true);
    expect(isFollowUp('那所学校今年的招生计划里一共有多少个专业和多少人')).toBe(false);
  });

  it('reads a question with its own topic as none', () => {
    for (const q of ['湖南安全职院去年主动公开了多少条信息？', '学费多少？']) expect(isFollowUp(q), q).toBe(false);
  });
});
