// A figure's quote says what the figure is of: the label clause before it in the same sentence.
import { describe, expect, it } from 'vitest';
import { documentName, withLabel } from '../../src/answer/compose.js';

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
    const v = '本科专业学费每生每年5000元，研究生每生每年8000元。';
    expect(withLabel(span(v, '研究生每生每年8000元'), { start: 0, end: v.length, text: v }, weightOf(['研究生', '学费'])).text).toBe('研究生每生每年8000元');
    const u = '经学校研究，每人10000元。';
    expect(withLabel(span(u, '每人10000元'), { start: 0, end: u.length, text: u }, weightOf(['国家奖学金'])).text).toBe('每人10000元');
  });
});

describe('a document named in a refusal', () => {
  const doc = (title: string, kind: 'annual-report' | 'other') =>
    ({ title, kind, period: { kind: 'year', label: '2024年', start: '2024-01-01', end: '2024-12-31' } }) as unknown as Parameters<typeof documentName>[0];
  it('is its own short title, so a 资助 report is not called an information-disclosure report', () => {
    expect(documentName(doc('2024年学生资助工作年度报告', 'annual-report'))).toBe('《2024年学生资助工作年度报告》');
  });
  it('is its period and kind when the title holds a number besides its period (2024级), which no quote would back', () => {
    expect(documentName(doc('2024级新生入学须知', 'other'))).toBe('2024年公开文件');
  });

  it('is its period and kind when the title is only a file name', () => {
    expect(documentName(doc('ljut-grad-2024', 'other'))).toBe('2024年公开文件');
  });

  it('is its kind alone when no period is stated (never “未注明…”)', () => {
    const undated = { ...doc('henan-charter', 'other'), period: { kind: 'unknown', label: '未注明', start: '1970-01-01', end: '1970-01-01' } } as unknown as Parameters<typeof documentName>[0];
    expect(documentName(undated)).toBe('公开文件');
  });

  it('is its period and kind when the title is a notice wrapping another title', () => {
    expect(documentName(doc('关于印发《云平大学本科生转专业实施办法（2024年修订）》的通知', 'other'))).toBe('2024年公开文件');
  });
});
