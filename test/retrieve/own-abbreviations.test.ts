// Abbreviations an institution goes by that its Chinese name does not give.
import { describe, expect, it } from 'vitest';
import { bracketedAcronyms, fileAcronym, numberAbbreviations, ownAbbreviations, statedAbbreviations } from '../../src/retrieve/own-abbreviations.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';

describe('own abbreviations', () => {
  it('reads the abbreviation a document states for its institution', () => {
    expect(statedAbbreviations('青禾农业学院（英文译名：Qinghe College of Agriculture，简写为“QCA”）是省属本科高校。', '青禾农业学院')).toEqual(['QCA']);
    expect(statedAbbreviations('青禾农业学院（简称“青农”）位于青禾市。', '青禾农业学院')).toEqual(['青农']);
  });

  it('reads the short name a document’s own number opens with, spelled by the name’s characters in order', () => {
    expect(numberAbbreviations('（2025年1月9日学院党委会审议通过　蘅院人〔2025〕2号印发）', '蘅芷学院')).toEqual(['蘅院']);
    expect(numberAbbreviations('芰大资助〔2025〕4号\n关于做好…的通知', '芰川大学')).toEqual(['芰大']);
    expect(numberAbbreviations('芰师教〔2025〕9号', '芰川师范学院')).toEqual(['芰师']);
    // (…in the adoption line's brackets with its date before 印发; a number cited in brackets is no adoption line.)
    expect(numberAbbreviations('（芰院学〔2025〕4号　2025年2月12日印发）', '芰州学院')).toEqual(['芰院']);
    expect(numberAbbreviations('此前取得的成果按原《认定办法》（芰院学〔2020〕11号）认定。', '芰州学院')).toEqual([]);
    // (Another body's number, a number cited in a sentence, or one no short name of the institution opens: none.)
    expect(numberAbbreviations('根据蘅政办发〔2023〕5号文件', '蘅芷学院')).toEqual([]);
    expect(numberAbbreviations('根据《研究生联合培养协议》（蘅大研〔2024〕3号）精神，制定本办法。', '蘅芷学院')).toEqual([]);
    expect(numberAbbreviations('根据《联合培养协议》（芰大研〔2024〕3号）精神', '芰川大学')).toEqual([]);
    expect(numberAbbreviations('学院办〔2024〕1号', '蘅芷学院')).toEqual([]);
    const matcher = createSchoolMatcher(['蘅芷学院', '芰川大学'], Object.fromEntries(ownAbbreviations([{ text: '蘅院人〔2025〕2号', file: 'criteria.docx', school: '蘅芷学院' }])));
    expect(matcher.find('对蘅院职称评审有意见找谁？').map((h) => h.school)).toEqual(['蘅芷学院']);
    // (A short name another indexed institution's name gives is not taken: 芰大 is 芰州大学's.)
    const alone = ownAbbreviations([{ text: '芰大资助〔2025〕4号\n关于…的通知', file: 'aid.pdf', school: '芰川师范大学' }]);
    expect(alone.get('芰川师范大学')).toEqual(['芰大']);
    const beside = ownAbbreviations([
      { text: '芰大资助〔2025〕4号\n关于…的通知', file: 'aid.pdf', school: '芰川师范大学' },
      { text: '芰州大学2025年招生章程', file: 'charter.txt', school: '芰州大学' },
    ]);
    expect(beside.get('芰川师范大学') ?? []).not.toContain('芰大');
  });

  it('reads the acronym a document brackets after its institution’s English name, not a partner’s', () => {
    const text = 'The programme is run by Lanshan University of Finance and Economics (LUFE) and the University of Northbridge (UNB).';
    expect(bracketedAcronyms(text, '岚山财经大学')).toEqual(['LUFE']);
    expect(bracketedAcronyms('Jointly run with the University of Northbridge (UNB).', '岚山财经大学')).toEqual([]);
  });

  it('takes no generic word or another thing’s abbreviation for the institution’s', () => {
    expect(statedAbbreviations('为规范青禾农业学院（以下简称“学校”）招生工作，制定本章程。', '青禾农业学院')).toEqual([]);
    expect(statedAbbreviations('青禾农业学院成立招生工作领导小组（简称“领导小组”）。', '青禾农业学院')).toEqual([]);
    expect(statedAbbreviations('根据《中华人民共和国高等教育法》（简称“高教法”）。青禾农业学院…', '青禾农业学院')).toEqual([]);
  });

  it('reads an acronym or a spelled-out English name from a file name, never a romanised place or name', () => {
    expect(fileAcronym('wust-2015-admissions-charter.txt', '武汉科技大学')).toBe('WUST');
    expect(fileAcronym('wuhan-institute-of-technology-2023-employment-report.pdf', '武汉工程大学')).toBe('WIT');
    expect(fileAcronym('henan-huahe-admissions-charter.txt', '河南牧业经济学院')).toBeUndefined();
    expect(fileAcronym('jishou-2018-admissions-charter.txt', '吉首大学')).toBeUndefined();
    expect(fileAcronym('report-2023.txt', '武汉科技大学')).toBeUndefined();
    expect(fileAcronym('fees-2024.pdf', '福建师范大学')).toBeUndefined();
    expect(fileAcronym('new-2023.txt', '南京大学')).toBeUndefined();
  });

  it('gives an acronym several institutions’ files carry to the parent the others are part of', () => {
    const own = ownAbbreviations([
      { text: '', file: 'zcmu-2015-tuition-notice.docx', school: '浙江中医药大学' },
      { text: '', file: 'zcmu-binjiang-2017-fee-board.docx', school: '浙江中医药大学滨江学院' },
    ]);
    expect(own.get('浙江中医药大学')).toEqual(['ZCMU']);
    expect(own.get('浙江中医药大学滨江学院')).toBeUndefined();
  });

  it('matches a Latin alias as a word only', () => {
    const m = createSchoolMatcher(['武汉工程大学'], { 武汉工程大学: ['WIT'] });
    expect(m.find('How many WIT graduates?').map((h) => h.school)).toEqual(['武汉工程大学']);
    expect(m.find('Is it worth it with the fees?')).toEqual([]);
  });
});
