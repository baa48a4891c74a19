// Which part of a population (本科, 专科, 研究生) a figure's statement is about.
import { describe, expect, it } from 'vitest';
import { ownStatement, siblingAsked, statementBefore, unaskedPart } from '../../src/answer/population-parts.js';

const partOf = (question: string, sentence: string, figure: string) => unaskedPart(question, ownStatement(statementBefore(sentence, sentence.indexOf(figure))));

describe('the part a figure is stated for', () => {
  it('is the part of its own clause, not one an earlier figure of the sentence took (专科…专业6个，在校生11480人)', () => {
    const s = '学校设有13个学院，开设本科专业24个、专科（高职）专业6个，全日制在校生11480人。';
    expect(partOf('在校生多少人', s, '11480人')).toBeUndefined();
    expect(partOf('专业有多少个', s, '6个')).toBe('专科');
  });

  it('reads a way of study (专科升本科, 高中起点升专科) as no part of the population', () => {
    expect(partOf('成人教育专升本一个学分多少钱', '2、专科升本科，学分学费118.8元/学分', '118.8元')).toBeUndefined();
  });

  it('keeps the part that opens the statement of the figure (本科招生计划4620人，研究生招生计划1380人)', () => {
    const s = '本科招生计划4620人，研究生招生计划1380人。';
    expect(partOf('招生计划多少人', s, '1380人')).toBe('研究生');
    expect(partOf('招生计划多少人', s, '4620人')).toBe('本科');
  });

  it('carries a part to a later clause that names no people of its own (本科毕业生4800人，毕业去向落实率为…)', () => {
    const s = '2023届本科毕业生4800人，毕业去向落实率为93.33%。';
    expect(partOf('毕业去向落实率多少', s, '93.33%')).toBe('本科');
  });

  it('keeps the part of an earlier clause for a later one about its own people (硕士研究生1380人，新生报到率…)', () => {
    const s = '2024年录取硕士研究生1380人，新生报到率为98.5%。';
    expect(partOf('博士研究生新生报到率是多少', s, '98.5%')).toBe('硕士');
  });

  it('keeps a part named before the figure with no figure between (其中，本科毕业生…落实率为96.72%)', () => {
    const s = '其中，本科毕业生毕业去向落实率为96.72%。';
    expect(partOf('毕业去向落实率多少', s, '96.72%')).toBe('本科');
  });

  it('reads parts that exclude each other (本科 asked, 研究生 stated) as another part, but not when both are asked', () => {
    expect(siblingAsked('本科生宿舍4人间住宿费多少', '研究生')).toBe(true);
    expect(siblingAsked('本科和研究生的住宿费各多少', '研究生')).toBe(false);
  });
});
