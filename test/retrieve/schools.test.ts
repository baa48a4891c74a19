import { describe, expect, it } from 'vitest';
import { createSchoolMatcher, deriveAliases } from '../../src/retrieve/schools.js';

const SCHOOLS = ['湖南工程职业技术学院', '湖南大众传媒职业技术学院', '湖南石油化工职业技术学院', '湖南安全技术职业学院', '襄阳科技职业学院'];
const matcher = createSchoolMatcher(SCHOOLS);

// What people type → the institution it means.
const SHORT_FORMS: [string, string][] = [
  ['湖南安全职院的学费在哪看', '湖南安全技术职业学院'],
  ['安全职院奖学金', '湖南安全技术职业学院'],
  ['石化职院招生', '湖南石油化工职业技术学院'],
  ['湖南石化的预算', '湖南石油化工职业技术学院'],
  ['传媒学院去年发了多少稿子', '湖南大众传媒职业技术学院'],
  ['大众传媒官微', '湖南大众传媒职业技术学院'],
  ['襄阳科技去年招标', '襄阳科技职业学院'],
  ['工程职院的官微', '湖南工程职业技术学院'],
  ['湖南工程职院', '湖南工程职业技术学院'],
  ['How many posts did 湖南安全技术职业学院 publish?', '湖南安全技术职业学院'],
  ['湖南安全技術職業學院的學費', '湖南安全技术职业学院'],
];

describe('institution names', () => {
  it.each(SHORT_FORMS)('recognises "%s" as %s', (q, school) => {
    expect(matcher.find(q).map((h) => h.school)).toEqual([school]);
  });

  it('derives short forms from the full name, dropping the province', () => {
    expect(deriveAliases('湖南石油化工职业技术学院')).toEqual(expect.arrayContaining(['石化职院', '湖南石化', '石油化工', '湖南石油化工职院']));
    expect(deriveAliases('湖南安全技术职业学院')).toEqual(expect.arrayContaining(['湖南安全职院', '安全职院', '湖南安全']));
  });

  it('does not take a generic word (技术学院, 科技学院) for an institution', () => {
    expect(matcher.find('技术学院和科技学院有什么区别')).toEqual([]);
  });

  it('names an institution the index does not hold, even when it contains a known short form', () => {
    expect(matcher.find('湖南铁道职业技术学院的单招章程在哪看？')).toEqual([]);
    expect(matcher.unknown('湖南铁道职业技术学院的单招章程在哪看？')).toEqual(['湖南铁道职业技术学院']);
    expect(matcher.unknown('北京大学的招生章程')).toEqual(['北京大学']);
    expect(matcher.unknown('哪所学校的官微发得最多')).toEqual([]);
  });

  it('finds two institutions in a comparison, in order', () => {
    expect(matcher.find('安全职院和传媒学院谁的官微粉丝多').map((h) => h.school)).toEqual(['湖南安全技术职业学院', '湖南大众传媒职业技术学院']);
  });

  it('adds aliases from a data file', () => {
    const m = createSchoolMatcher(SCHOOLS, { 湖南安全技术职业学院: ['安院'] });
    expect(m.resolve('安院')).toBe('湖南安全技术职业学院');
  });
});

describe('many institutions', () => {
  it("keeps each full name for its own institution when it is also another name's short form", () => {
    const m = createSchoolMatcher(['赣州商务职业学院', '赣州商务技术职业学院']);
    expect(m.find('赣州商务职业学院官微发了多少篇？').map((h) => h.school)).toEqual(['赣州商务职业学院']);
    expect(m.find('赣州商务技术职业学院官微发了多少篇？').map((h) => h.school)).toEqual(['赣州商务技术职业学院']);
    // A short form both could mean names neither.
    expect(m.find('赣州商务职院官微')).toEqual([]);
  });
});
