// Comparisons whose institutions each come with their own words are asked of each with its own words.
import { describe, expect, it } from 'vitest';
import { scopedQuestions } from '../../src/answer/scoped.js';

const at = (text: string, school: string, alias: string) => ({ school, start: text.indexOf(alias), end: text.indexOf(alias) + alias.length });

describe('scopedQuestions', () => {
  it('gives each institution the words up to the next one, with the opening and closing words', () => {
    const q = '2025级学费，甲理工软件工程和乙财经学院会计学，哪个贵？';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙财经学院')])!;
    expect(out.get('A')).toBe('2025级学费，甲理工软件工程，哪个贵？');
    expect(out.get('B')).toBe('2025级学费，乙财经学院会计学，哪个贵？');
  });

  it('gives each its own year', () => {
    const q = '甲市政府2022年和乙区2023年，谁新收的申请更多？';
    const out = scopedQuestions(q, [at(q, 'A', '甲市政府'), at(q, 'B', '乙区')])!;
    expect(out.get('A')).toContain('2022年');
    expect(out.get('A')).not.toContain('2023年');
    expect(out.get('B')).toContain('2023年');
  });

  it('leaves a comparison alone when the institutions share every word', () => {
    const q = '甲理工、乙财经学院留省就业率各是多少？';
    expect(scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙财经学院')])).toBeUndefined();
    const q2 = '甲理工和乙财经学院，哪所学费高？';
    expect(scopedQuestions(q2, [at(q2, 'A', '甲理工'), at(q2, 'B', '乙财经学院')])).toBeUndefined();
  });

  it('reads another name in brackets after an institution as no word of its own, a year in brackets as one', () => {
    const q = 'Which had the higher placement rate, WIT (武工程) or XAUAT (西建大)?';
    expect(scopedQuestions(q, [at(q, 'A', 'WIT'), at(q, 'B', 'XAUAT')])).toBeUndefined();
    const q2 = '湖南考生报甲理工（2016）和乙大学（2018），提档比例各是多少？';
    const out = scopedQuestions(q2, [at(q2, 'A', '甲理工'), at(q2, 'B', '乙大学')])!;
    expect(out.get('A')).toContain('2016');
    expect(out.get('A')).not.toContain('2018');
  });

  it('leaves a comparison alone when nothing marks where the shared words begin', () => {
    const q = '甲职院2024届和乙大学2024届本科的落实率哪个高';
    expect(scopedQuestions(q, [at(q, 'A', '甲职院'), at(q, 'B', '乙大学')])).toBeUndefined();
  });

  it('starts the shared words at 分别 or 各 when no punctuation closes the last part', () => {
    const q = '甲理工奖学金异议邮箱和乙师院招生咨询邮箱分别是啥';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙师院')])!;
    expect(out.get('B')).toBe('乙师院招生咨询邮箱分别是啥');
    expect(out.get('A')).toBe('甲理工奖学金异议邮箱分别是啥');
  });

  it('ends the last institution’s words at its 的 when the words after it ask (…信息公开办的咨询电话分别是多少)', () => {
    const q = '甲理工学生资助中心和乙师大信息公开办的咨询电话分别是多少？';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙师大')])!;
    expect(out.get('A')).toBe('甲理工学生资助中心咨询电话分别是多少？');
    expect(out.get('B')).toBe('乙师大信息公开办咨询电话分别是多少？');
  });

  it('asks the words after the last institution’s 的 of everyone, and the earlier ones their own (甲大研究生和乙职院的国家奖学金)', () => {
    const q = '甲大研究生和乙职院的国家奖学金各是多少钱？';
    const out = scopedQuestions(q, [at(q, 'A', '甲大'), at(q, 'B', '乙职院')])!;
    expect(out.get('A')).toBe('甲大研究生国家奖学金各是多少钱？');
    expect(out.get('B')).toBe('乙职院国家奖学金各是多少钱？');
    const q2 = '甲大和乙职院的国家奖学金各是多少钱？';
    expect(scopedQuestions(q2, [at(q2, 'A', '甲大'), at(q2, 'B', '乙职院')])).toBeUndefined();
  });

  it('leaves a comparison alone when the ask sits inside the last institution’s part', () => {
    const q = '2017级住4人间，甲大学本部和乙学院住宿费差多少？';
    expect(scopedQuestions(q, [at(q, 'A', '甲大学'), at(q, 'B', '乙学院')])).toBeUndefined();
  });

  it('asks a bare name the words asked before the names, and a name with words its own too (哪家最便宜：A研究生公寓、B、C？)', () => {
    const q = '四人间住宿费哪家最便宜：甲理工研究生公寓、乙师院、丙职院？';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙师院'), at(q, 'C', '丙职院')])!;
    expect(out.get('A')).toContain('研究生公寓');
    expect(out.get('B')).not.toContain('研究生');
    expect(out.get('B')).toContain('四人间住宿费');
  });

  it('splits at a closing comparison (哪个贵) when each part names the measure itself', () => {
    const q = '甲理工理工类学费和乙师院非师范专业学费哪个贵';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙师院')])!;
    expect(out.get('A')).toBe('甲理工理工类学费哪个贵');
    expect(out.get('B')).toBe('乙师院非师范专业学费哪个贵');
  });

  it('ends the last part at its 的 when no punctuation closes it and the words after the 的 ask (甲理工研招网和乙农大官网的网址是什么)', () => {
    const q = '甲理工研招网和乙农大官网的网址是什么';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙农大')])!;
    expect(out.get('A')).toBe('甲理工研招网网址是什么');
    expect(out.get('B')).toBe('乙农大官网网址是什么');
  });

  it('splits at a closing comparison when the parts name different things (补修 / 重修), not one cohort with a scope added', () => {
    const q = '按学分收费的话，甲理工补修和乙财重修哪个贵？';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙财')])!;
    expect(out.get('A')).toContain('补修');
    expect(out.get('A')).not.toContain('重修');
    expect(out.get('B')).toContain('重修');
    const q2 = '甲职院2024届和乙大学2024届本科的落实率哪个高';
    expect(scopedQuestions(q2, [at(q2, 'A', '甲职院'), at(q2, 'B', '乙大学')])).toBeUndefined();
  });
  it('starts the shared words at 分别 when only the question mark closes the last part (…资助中心分别在哪间办公室？)', () => {
    const q = '甲理工研招办和乙师院资助中心分别在哪间办公室？';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙师院')])!;
    expect(out.get('A')).toBe('甲理工研招办分别在哪间办公室？');
    expect(out.get('B')).toBe('乙师院资助中心分别在哪间办公室？');
    // (A number in a part, 2017级4人间, is a scope the question may mean for both.)
    const q2 = '甲大本部和乙学院2017级4人间住宿费各多少？';
    expect(scopedQuestions(q2, [at(q2, 'A', '甲大'), at(q2, 'B', '乙学院')])).toBeUndefined();
  });

  it('asks every part the detail kind ending the last part when no earlier part names one (…后勤热线电话)', () => {
    const q = '甲理工学生资助中心和乙农大后勤热线电话分别是多少';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙农大')])!;
    expect(out.get('A')).toBe('甲理工学生资助中心电话分别是多少');
    expect(out.get('B')).toBe('乙农大后勤热线电话分别是多少');
    // (An earlier part naming its own kind keeps its own: 邮箱 / 电话.)
    const q2 = '甲理工招生邮箱和乙农大后勤电话分别是多少';
    const out2 = scopedQuestions(q2, [at(q2, 'A', '甲理工'), at(q2, 'B', '乙农大')])!;
    expect(out2.get('A')).toBe('甲理工招生邮箱分别是多少');
  });

  it('splits at 是不是一样 for distinct parts, with the fee ending the last part everyone’s', () => {
    const q = '甲理工软件工程和乙艺播音主持学费是不是一样';
    const out = scopedQuestions(q, [at(q, 'A', '甲理工'), at(q, 'B', '乙艺')])!;
    expect(out.get('A')).toBe('甲理工软件工程学费是不是一样');
    expect(out.get('B')).toBe('乙艺播音主持学费是不是一样');
    const q2 = '甲大和乙学院住宿费是不是一样';
    expect(scopedQuestions(q2, [at(q2, 'A', '甲大'), at(q2, 'B', '乙学院')])).toBeUndefined();
  });
});
