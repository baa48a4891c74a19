// A figure's quote says what the figure is of: the label clause before it in the same sentence.
import { describe, expect, it } from 'vitest';
import { withLabel } from '../../src/answer/compose.js';

const span = (whole: string, part: string) => ({ start: whole.indexOf(part), end: whole.indexOf(part) + part.length, text: part });
/** A weight like the answer path's: how many of the asked words a text holds. */
const weightOf = (words: string[]) => (text: string) => words.filter((w) => text.includes(w)).length / words.length;

describe('a figure quoted with its label', () => {
  it('takes in the clause naming what the figure is of (国家励志奖学金，每生每年5000元)', () => {
    const t = '2、国家励志奖学金，每生每年5000元。';
    const whole = { start: 0, end: t.length, text: t };
    const shown = withLabel(span(t, '每生每年5000元'), whole, weightOf(['国家励志奖学金']));
    expect(shown.text).toBe('国家励志奖学金，每生每年5000元');
    expect(t.slice(shown.start, shown.end)).toBe(shown.text);
  });

  it('keeps the clause alone when it already says what the figure is of, or the clause before adds nothing asked', () => {
    const t = '学院国家奖学金获奖学生14人，国家励志奖学金每人6000元。';
    const whole = { start: 0, end: t.length, text: t };
    expect(withLabel(span(t, '国家励志奖学金每人6000元'), whole, weightOf(['国家励志奖学金'])).text).toBe('国家励志奖学金每人6000元');
    const u = '经学校研究，每人10000元。';
    expect(withLabel(span(u, '每人10000元'), { start: 0, end: u.length, text: u }, weightOf(['国家奖学金'])).text).toBe('每人10000元');
  });
});
