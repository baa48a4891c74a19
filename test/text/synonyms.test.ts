// The lexicon's English keys: short words whole, long ones as prefixes, several words in order and near.
import { describe, expect, it } from 'vitest';
import { expand, loadLexicon } from '../../src/text/synonyms.js';

const lexicon = loadLexicon();
const keys = (text: string) => expand(lexicon, text).map((e) => e.key);

describe('English lexicon keys', () => {
  it('match a long word as a prefix (scholarships) and several words in order with a word between (official WeChat account)', () => {
    expect(keys('how many scholarships')).toContain('scholarship');
    expect(keys('official wechat account followers')).toContain('official account');
  });

  it('match a short word only whole or inflected: mentioned names no men, business no bus', () => {
    expect(keys('which was mentioned in the report')).not.toContain('men');
    expect(keys('business school news')).not.toContain('bus');
    expect(keys('how many men graduated')).toContain('men');
  });

  it('never match words of a key far apart or out of order', () => {
    expect(keys('the account of the official')).not.toContain('official account');
  });

  it('read website clean-up and job turnover the way reports word them (清理违规链接, 离职率)', () => {
    const terms = (text: string) => expand(lexicon, text).flatMap((e) => e.terms);
    expect(terms('how many non-compliant links were cleaned up')).toEqual(expect.arrayContaining(['违规', '链接', '清理']));
    expect(terms('job turnover rate of 2023 graduates')).toContain('离职率');
  });
});
