// The one tokenizer for indexing and querying.
import { describe, expect, it } from 'vitest';
import { words } from '../../src/text/tokenize.js';

describe('words', () => {
  it('reads a compound written with quotation marks inside it (“三公”经费) as the word it is', () => {
    expect(words('2025年“三公”经费预算68.50万元', false)).toContain('三公经费');
  });

  it('keeps quoted names apart from the words around them when they stand alone', () => {
    expect(words('抖音账号“安院小团子”共计发布视频', false)).not.toContain('号安院');
  });

  it('keeps a dictionary word holding Latin letters whole though text is cut lower-cased (学工QQ群 → qq群, not qq + 群一)', () => {
    expect(words('学工QQ群15条', false)).toContain('qq群');
    expect(words('教务QQ群一学年推了多少条', false)).not.toContain('群一');
  });
});
