// Whether a passage names a person, for questions asking who holds a post (校长是谁).
import { describe, expect, it } from 'vitest';
import { namesPerson } from '../../src/answer/pick.js';

describe('namesPerson', () => {
  it('reads a word the dictionary does not know beside a title as a name (任芳校长, 党委书记李明)', () => {
    expect(namesPerson('任芳校长始终把毕业生就业工作摆在突出位置')).toBe(true);
    expect(namesPerson('党委书记李明出席会议')).toBe(true);
    expect(namesPerson('招生办主任：王晓梅')).toBe(true);
    expect(namesPerson('学生资助管理中心 许老师，0739-5286113')).toBe(true);
  });

  it('reads a title alone, or beside a common word, as naming no one', () => {
    expect(namesPerson('学校校长亲自抓就业')).toBe(false);
    expect(namesPerson('校长亲自抓就业。')).toBe(false);
  });
});
