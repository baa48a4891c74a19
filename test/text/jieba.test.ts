// The user dictionary takes any name without failing: jieba refuses words holding whitespace.
import { describe, expect, it } from 'vitest';
import { addWords, cut, dictionaryWords } from '../../src/text/jieba.js';

describe('institution names in the word list', () => {
  it('splits a name holding spaces into its parts and never throws', () => {
    expect(dictionaryWords('临江中医药大学  临江中医药大学滨江学院')).toEqual(['临江中医药大学', '临江中医药大学滨江学院']);
    expect(() => addWords(['临江中医药大学  临江中医药大学滨江学院', '名\u3000字', '', ' ', '\t', 'x'.repeat(500)])).not.toThrow();
    expect(cut('临江中医药大学滨江学院的学费')).toContain('临江中医药大学滨江学院');
  });

  it('drops strings too long or too short to be words', () => {
    expect(dictionaryWords('x'.repeat(41))).toEqual([]);
    expect(dictionaryWords('学')).toEqual([]);
  });
});
