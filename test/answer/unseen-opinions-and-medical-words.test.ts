// Plain words against the documents' words, on invented text: what graduates 觉得 is what a survey says they 认为; a
// student's 医药费 / 看病 is the rules' 医疗费 / 就医.
import { describe, expect, it } from 'vitest';
import { missingEntities } from '../../src/answer/pick.js';
import { parseQuery } from '../../src/retrieve/query.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { addWords } from '../../src/text/jieba.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { answererFor, corpusOf } from '../helpers.js';

const SURVEY = `荛川学院2024届毕业生就业质量年度报告

二、专业教育评价
毕业生认为专业教育需要加强的方面主要为“实践教学不足”（占比48.2%）、“课程内容陈旧”（占比40.1%）。
三、就业服务评价
毕业生对学校就业服务的满意度为93.5%。
`;

const RULES = `荛川学院学生医疗费报销办法

第五条 学生就医应首先到校医院，经转诊后到定点医院。
第十二条 门诊医疗费年度报销封顶线为每人3000元；住院医疗费年度报销封顶线为每人60000元。
`;

describe('plain words against the documents’ words', async () => {
  const bot = await answererFor(corpusOf({ 'raochuan-employment-2024.txt': SURVEY, 'raochuan-medical-rules.txt': RULES }));

  it('reads what graduates 觉得 as what the survey says they 认为, no thing the report must name', async () => {
    const a = await bot.answer('荛川学院毕业生觉得专业教育最该加强哪几块？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('实践教学不足');
  });

  it('reads 医药费 as the rules’ 医疗费', async () => {
    const a = await bot.answer('荛川学院门诊医药费一年最多能报多少钱？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('3000元');
  });
});

describe('a word a row name ran into glue', () => {
  it('checks the word before the glue (毕业生 of 毕业生觉得, a row name ingest added to the dictionary), not the glue', () => {
    // (As ingest adds a table's row names to the segmenter: here one that ran a noun into 觉得.)
    addWords(['毕业生觉得'], 1000);
    const search = { known: (w: string) => SURVEY.includes(w), idf: () => 1 };
    const ctx = { matcher: createSchoolMatcher(['荛川学院']), lexicon: loadLexicon(), today: new Date('2025-03-01'), known: search.known };
    const missing = missingEntities(parseQuery('荛川学院毕业生觉得专业教育该加强什么？', ctx), search);
    expect(missing.filter((w) => w.includes('觉得'))).toEqual([]);
    // (…and a word before the glue the report lacks is still missing: 校友 of 校友觉得.)
    addWords(['校友觉得'], 1000);
    expect(missingEntities(parseQuery('荛川学院校友觉得专业教育该加强什么？', ctx), search)).toContain('校友');
  });
});
