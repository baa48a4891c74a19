import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/retrieve/query.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { loadLexicon } from '../../src/text/synonyms.js';

const ctx = {
  matcher: createSchoolMatcher(['湖南安全技术职业学院', '湖南工程职业技术学院']),
  lexicon: loadLexicon(),
  today: new Date('2024-06-15'),
  known: () => true,
};
const q = (s: string) => parseQuery(s, ctx);
const terms = (s: string) => q(s).terms.map((t) => t.term);

describe('words a question runs together', () => {
  it('reads 法学本科专业 as the 专业 法学 and the level 本科, and 能转 as 转', () => {
    expect(terms('安全职院法学本科专业去向落实率')).toEqual(expect.arrayContaining(['法学', '本科']));
    expect(terms('安全职院法学本科专业去向落实率')).not.toContain('法学本科');
    expect(terms('安全职院中外合作办学能转专业吗')).not.toContain('能转');
    // A word of its own that opens like a modal stays whole.
    expect(terms('安全职院能源专业学费')).toContain('能源');
  });
});

describe('the measure asked', () => {
  it('reads a room for a number of people written in English as the numbered row', () => {
    expect(terms('What is the fee for a 6-person room?')).toContain('6人间');
    expect(terms('four-bed dorm fee')).toContain('4人间');
  });

  it('ranks by an English comparative (Which had higher…), read as a whole word (followers holds no lower)', () => {
    expect(q('Which had higher graduate job satisfaction, Hunan Safety or Hunan Engineering?').rank).toBe('max');
    // (A hyphen joins it into another word: higher-vocational colleges rank nothing.)
    expect(q("What is the tuition at Zhejiang's public higher-vocational colleges?").rank).toBeUndefined();
    expect(terms('How many followers does the official WeChat account have?')).toContain('粉丝');
  });

  it('drops only the comparative closing the question (谁便宜), and ranks by it', () => {
    expect(terms('哪个高职专业学费贵')).toContain('高职');
    expect(q('哪个少数民族学生多').rank).toBe('max');
    expect(terms('哪个学校学费更高一些')).not.toContain('更高');
  });

  it('is never the word steering a comparison (各是, 分别是)', () => {
    expect(q('安全职院和工程职院2023届毕业去向落实率各是多少？').measure).not.toContain('各是');
    expect(q('两所学校学费分别是多少').measure).not.toContain('分别是');
    // 每人每年 distributes the figure; 助学金 is what is measured.
    expect(q('安全职院国家助学金每人每年发多少钱？').measure).toEqual(['助学金']);
  });
});

describe('reading a question', () => {
  it.each([
    ['安全职院发了多少条通知？', 'figure', 'items'],
    ['阳光平台办结率是多少', 'figure', 'percent'],
    ['计划招多少人', 'figure', 'people'],
    ['How many complaints were handled?', 'figure', undefined],
    ['学费标准在哪里公开？', 'where', 'money'],
    ['什么时候公示录取名单？', 'figure', 'date'],
    ['热线办结率是多少', 'figure', 'percent'],
    ['咨询电话是多少', 'figure', 'phone'],
    ['学制几年', 'figure', 'time'],
    ['通过什么渠道咨询', 'where', undefined],
    ['会公开教育收费吗？', 'yesno', 'money'],
    ['团委抖音号叫什么？', 'name', undefined],
    ['这几份报告各是哪一年的？', 'catalog', undefined],
    // 那几件, 这几个 point at things already named: 因为什么 asks why, no count.
    ['不予公开的那几件申请是因为什么', 'what', undefined],
    // An event's notice (名单公告) asked when: the date it states, not the document's own.
    ['拟录取名单公告什么时候发布？', 'figure', 'date'],
    ['安全职院2023届本科生毕业去向落实率', 'figure', 'percent'],
    ['继续深造的比例有多高？', 'figure', 'percent'],
    ['国家奖学金几月申请', 'figure', 'date'],
    ['What number should I call to report illegal fee charging?', 'name', 'phone'],
    ['质量年报分成哪几个模块？', 'what', undefined],
    // 体检报告 is a thing the documents talk about, not the documents collected.
    ['体检报告最晚什么时候交？', 'figure', 'date'],
    ['安全职院跟哪个国外学校合作的？', 'name', undefined],
    ["After the university's 2015 fee adjustment, what is the tuition for Clinical Medicine?", 'figure', 'money'],
    ['What share of the graduates went on to further study?', 'figure', 'percent'],
    // "how much of" may ask a share or an amount: the figure's words decide.
    ['If I withdraw before Sept 30, how much of the fees is refunded?', 'figure', undefined],
    // 几个学分 counts credits, not items.
    ['军训算几个学分？', 'figure', 'credit'],
    // A 吗 question asking no amount asks whether, whatever figure word it holds; a change asked (有变化吗) is a figure's.
    ['招生有男女比例限制吗？', 'yesno', 'percent'],
    ['2015和2016年的调档比例有变化吗？', 'figure', 'percent'],
    ['能告诉我男女比例吗', 'figure', 'percent'],
    // 去哪报到 asks a place; 去哪个学校 asks which.
    ['新生去哪报到？', 'where', undefined],
    // 哪几天 asks days of the calendar, not a number of days; 几点 a time of day.
    ['现场确认又是哪几天？', 'figure', 'date'],
    // A bare 在哪 (a part of "…哪天体检，在哪") and an office 在哪 ask a place.
    ['在哪', 'where', undefined],
    // An award right before the ask (国家助学金一年各多少) asks its amount; a threshold named last does not.
    ['硕士国家助学金一年各多少', 'figure', 'money'],
    ['一等学业奖学金要求绩点多少', 'figure', undefined],
    // The institution's city asked: a place, not a thing called 城市.
    ['学校在哪个城市？', 'where', undefined],
    ['Which city is the university in?', 'where', undefined],
  ])('"%s" is a %s question (unit %s)', (s, intent, unit) => {
    expect(q(s)).toMatchObject({ intent, unit });
  });

  it.each([
    ['公众号有多少关注者？', ['关注者']],
    ['热线办结了多少件？', ['办结']],
    ['采用了多少篇稿件？', ['采用', '稿件']],
    ['公众号阅读量是多少', ['阅读量']],
    ['教育乱收费投诉收到了几起', ['投诉']],
    // A passive verb is what happened to the things counted.
    ['投的稿子被用了几篇？', ['被用了']],
    // The comparative closing the question asks, as 多少 would.
    ['安全职院和工程职院，谁家官网发的信息更多？', ['信息']],
    // In English the measure is the noun phrase after the ask, up to its verb.
    ['How many job fairs did the college hold?', ['job fairs']],
  ])('reads the measure of "%s" next to the ask word', (s, measure) => {
    expect(q(s).measure).toEqual(measure);
  });

  it('reads 哪些…制度/规定 as asking documents by their titles, and 方面 as no topic', () => {
    expect(q('石化职院公开了哪些学生资助方面的制度？').asksTitles).toBe(true);
    expect(terms('襄阳科职发了哪些学生管理方面的规定？')).not.toContain('管理方面');
    expect(q('安全职院发了哪些通知？').asksTitles).toBeUndefined();
  });

  it('weighs a word choosing a fee table’s column (基准, 执行) below the topics', () => {
    const w = new Map(q('普通本科工科类专业基准学费是多少？').terms.map((t) => [t.term, t.weight]));
    expect(w.get('基准')).toBeLessThan(w.get('学费')!);
  });

  it('reads 双人间 and 单人间 as rooms of two and one', () => {
    expect(terms('研究生宿舍双人间住宿费多少')).toEqual(expect.arrayContaining(['双人间', '2人间', '两人间']));
  });

  it('reads a day written in English as reports write it (Sept 30 → 9月30日), and no other word as a month', () => {
    expect(terms('If I withdraw before Sept 30, how much is refunded?')).toContain('9月30日');
    expect(terms('How many marks 60 or more?').join()).not.toMatch(/月/);
    expect(terms('a junior 3-year programme').join()).not.toMatch(/月/);
  });

  it('never splits 很多高校 or 很多大学生 into an ask', () => {
    expect(q('很多高校都公开了学费吗？').measure.join()).not.toContain('校都');
    expect(terms('很多大学生住几人间')).not.toContain('多大');
  });

  it('reads 这三家 as choosing the institutions compared, no topic', () => {
    expect(terms('安全职院、工程职院这两家的咨询电话分别是多少')).not.toContain('这两家');
  });

  it('bridges the vocabulary gap with the synonym lexicon', () => {
    expect(terms('学费多少')).toEqual(expect.arrayContaining(['学杂费', '收费标准']));
    expect(terms('奖学金怎么评')).toContain('奖助学金');
    expect(terms('官微发了几篇')).toEqual(expect.arrayContaining(['微信公众号', '官方微信']));
    expect(terms('投诉怎么处理')).toContain('信访举报');
    expect(terms('最后用了几篇')).toContain('采用');
    expect(terms('招生简章在哪看')).toContain('招生章程');
  });

  it('maps English keywords to the Chinese terms reports use', () => {
    expect(terms('Where is the tuition published?')).toEqual(expect.arrayContaining(['学费', '学杂费']));
    expect(terms('scholarships and admissions')).toEqual(expect.arrayContaining(['奖学金', '招生']));
    expect(terms('official WeChat account')).toEqual(expect.arrayContaining(['微信公众号', '公众号']));
    expect(terms('budget and complaints')).toEqual(expect.arrayContaining(['预算', '投诉']));
  });

  it('keeps time words and institution names out of the search terms', () => {
    const t = terms('湖南安全职院2023年发了几次招聘公告');
    expect(t).not.toContain('湖南');
    expect(t.some((x) => /2023|年发/.test(x))).toBe(false);
    expect(t).toContain('招聘');
  });

  it('marks comparisons across institutions and elliptical follow-ups', () => {
    expect(q('各校官微一年发了多少篇？').cross).toBe(true);
    expect(q('安全职院和工程职院谁的官微粉丝多').cross).toBe(true);
    expect(q('安全职院官微发了多少篇').cross).toBe(false);
    expect(q('那去年呢？').elliptical).toBe(true);
    expect(q('那安全职院呢？')).toMatchObject({ elliptical: true, schools: ['湖南安全技术职业学院'] });
  });
});

describe('the kind of place a where-question asks', () => {
  it('reads 哪间办公室 as the place asked, which the address answers, not a word a passage must hold', () => {
    const parsed = q('安全职院资助中心在哪间办公室？');
    expect(parsed.intent).toBe('where');
    const weight = (w: string) => Math.max(0, ...parsed.terms.filter((t) => t.term === w).map((t) => t.weight));
    expect(weight('办公室')).toBeLessThan(0.5);
    expect(weight('资助')).toBe(1);
    expect(parsed.terms.map((t) => t.term)).toContain('地址');
    // (An office named as the thing itself stays a topic: 党政办公室在哪.)
    expect(Math.max(...q('安全职院党政办公室在哪里').terms.filter((t) => t.source.includes('办公室')).map((t) => t.weight))).toBe(1);
  });
});

describe('the measure of a span asked', () => {
  it('reads the thing before 从哪天到哪天 (and 哪天 cut as 哪 + 天) as the measure', () => {
    expect(q('安全职院新生军训从哪天到哪天？').measure).toEqual(['军训']);
    expect(q('安全职院军训哪天开始').measure).toEqual(['军训']);
  });
});

describe('words that only point', () => {
  it('drops a locative closing a clause (推文里) and reads 面向 as glue', () => {
    expect(terms('安全职院151篇推文里，新闻占几条？')).toContain('推文');
    expect(terms('安全职院151篇推文里，新闻占几条？')).not.toContain('推文里');
    const facing = q('安全职院面向2023届办了几场双选会').terms.find((t) => t.term === '面向');
    expect(facing?.weight ?? 0).toBeLessThan(1);
    // (哪里 stays an ask.)
    expect(q('安全职院在哪里').intent).toBe('where');
  });
});

describe('places typed with their level', () => {
  it('reads 岫川省 as the place a table keys by (岫川) too', () => {
    expect(terms('安全职院岫川省物理类平均分多少？')).toEqual(expect.arrayContaining(['岫川省', '岫川']));
  });
});

describe('a name asked colloquially', () => {
  it('reads 叫啥 as asking a name', () => {
    expect(q('安全职院团委的抖音号叫啥？').intent).toBe('name');
  });
});

describe('the name before 专业', () => {
  it('leaves a way of admission (单招) and the rest of a school name run on (…工程) out of the 专业 name', () => {
    const c = { ...ctx, matcher: createSchoolMatcher(['哈尔滨信息工程学院']) };
    const t = (s: string) => parseQuery(s, c).terms.map((x) => x.term);
    expect(t('哈信息2018年单招建筑室内设计专业招多少人？')).not.toContain('单招建筑室内设计');
    expect(t('哈信息工程单招软件技术专业招多少人？')).not.toContain('工程单招软件技术');
    expect(t('哈信息工程单招软件技术专业招多少人？')).not.toContain('工程');
  });
});

describe('places asked and places gone to', () => {
  it('reads 在哪个地方考 as a place asked, and 去县里 as where to go, no topic', () => {
    const where = q('安全职院笔试在哪个地方考');
    expect(where.intent).toBe('where');
    expect(where.terms.find((t) => t.term === '地方')?.scene).toBe(true);
    expect(terms('安全职院办贷款去县里要带哪些材料')).not.toContain('县里');
  });
});

describe('words the review found misread', () => {
  it('keeps a campus with 里 (北校区里), a 志愿 asked with 报多少, and a 专业 that runs on from a school name (哈信息工程管理)', () => {
    expect(terms('安全职院北校区里有食堂吗')).toContain('北校区');
    expect(terms('安全职院专业志愿能报多少个')).not.toContain('限额');
    const c = { ...ctx, matcher: createSchoolMatcher(['哈尔滨信息工程学院']) };
    expect(parseQuery('哈信息工程管理专业学费多少', c).terms.map((t) => t.term)).toContain('工程管理');
  });
});

describe('a score asked by its extreme, and names jieba cuts into characters', () => {
  it('reads 最低多少分 and 最低分多少 as the column 最低分, not a ranking of rows; 哪个…最低 still ranks', () => {
    const a = q('安全职院河南物理类最低多少分录的？');
    expect(a.rank).toBeUndefined();
    expect(a.terms.map((t) => t.term)).toContain('最低分');
    expect(a.terms.map((t) => t.term)).not.toContain('分录');
    expect(q('安全职院国家专项最低分多少？').terms.map((t) => t.term)).toContain('最低分');
    expect(q('安全职院哪个省最低分最高').rank).toBe('max');
  });

  it('joins the single characters of a place it does not know (在岫川的 → 岫川)', () => {
    expect(terms('安全职院在岫川的国家专项最低分多少？')).toContain('岫川');
  });
});
