// Terms read from questions: names typed before 专业, numbered row names, cohorts as time, lexicon keys.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/retrieve/query.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { expand, loadLexicon } from '../../src/text/synonyms.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const lexicon = loadLexicon();
const ctx = { matcher: createSchoolMatcher(['临江理工大学']), lexicon, today: new Date('2025-03-01'), known: () => true };
const terms = (q: string) => parseQuery(q, ctx).terms.map((t) => t.term);

describe('terms of a question', () => {
  it('keeps a 专业 name typed before 专业 whole, but not a phrase with 其他/这', () => {
    expect(terms('临江理工预防医学专业学费多少')).toContain('预防医学');
    expect(terms('临江理工其他类专业学费多少')).not.toContain('其他类');
  });

  it('keeps a numbered row name (6人间, 2017级) but not a date (9月1号)', () => {
    expect(terms('临江理工6人间住宿费多少')).toContain('6人间');
    expect(terms('临江理工2017级学生学费')).toContain('2017级');
    expect(terms('临江理工9月1号开学吗')).not.toContain('1号');
  });

  it('reads a cohort (2022届, 23届) as the time asked', () => {
    expect(parseQuery('临江理工2022届毕业生人数', ctx).time).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(parseQuery('临江理工23届毕业生人数', ctx).time).toMatchObject({ start: '2023-01-01' });
  });

  it('asks for a figure when the question is a bare measure', () => {
    expect(parseQuery('临江理工毕业生总人数', ctx).intent).toBe('figure');
    expect(parseQuery('临江理工本科升学率', ctx).intent).toBe('figure');
  });
});

describe('lexicon keys in a question', () => {
  const keys = (q: string) => expand(lexicon, normalizeForMatch(q)).map((e) => e.key);
  it('does not take a key that straddles two words (学工 in 大学|工科)', () => {
    expect(keys('普通大学工科类专业学费')).not.toContain('学工');
    expect(keys('学工处电话')).toContain('学工');
  });

  it('reads 留 and a province’s one-character name as staying in the province', () => {
    const e = expand(lexicon, normalizeForMatch('留陕就业率')).find((x) => x.key === '留陕');
    expect(e?.terms).toEqual(expect.arrayContaining(['留省', '省内', '留在陕西']));
  });
});
