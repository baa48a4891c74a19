// Picking the figure that answers among several in one sentence, on sentences not from the shipped reports.
import { describe, expect, it } from 'vitest';
import { termGroups } from '../../src/answer/coverage.js';
import { labels, matchFigures, otherKindNamed, qualifierOf } from '../../src/answer/figure-match.js';
import { parseQuery } from '../../src/retrieve/query.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { recognise } from '../../src/text/figures.js';
import { loadLexicon } from '../../src/text/synonyms.js';

const ctx = { matcher: createSchoolMatcher(['临江理工学院']), lexicon: loadLexicon(), today: new Date('2025-03-01'), known: () => true };

/** The figure a question picks in a sentence. */
function picked(question: string, sentence: string): string | undefined {
  const q = parseQuery(question, ctx);
  const groups = termGroups(q.terms, () => 1);
  return matchFigures(q, sentence, recognise(sentence), groups)[0]?.figure.text;
}

const MEDIA = '学校微信公众号全年推送图文412篇，累计阅读量36.2万次，新增关注1.1万人，目前共有关注者4.7万余人，单篇最高阅读量1.3万次';

const CASES: [question: string, sentence: string, figure: string][] = [
  // A 专业 asked (会计) inside a longer one's name (大数据与会计) is another 专业: the figure of the one named alone answers.
  ['临江理工会计专业的升学率多少', '升学率较高的专业为大数据与会计（升学17人，升学率54.84%）、会计（升学71人，升学率34.30%）', '34.30%'],
  // Growth measured against an earlier value (较2023届…增长214元) is the change asked, not a new count or the level.
  ['临江理工毕业生月收入比上一届涨了多少', '2024届毕业生平均月收入为4386元，较2023届（4172元）增长214元，增幅为5.13%。', '214元'],
  // A total asked (总共) is no part its statement takes out of a whole (录取新生中男生).
  ['临江理工今年总共录了多少新生', '录取新生中男生1881人、女生1050人，实际录取新生2931人', '2931人'],
  // A part in brackets (其中…, 含…) stays a part whatever the question names: the whole is asked.
  ['临江理工建档立卡学生有多少人', '建档立卡学生（其中本科生800人）共计1200人', '1200人'],
  ['临江理工硕士研究生招多少人', '2025年学校硕士研究生招生计划（含非全日制硕士1200人）3500人', '3500人'],
  // A figure whose own line names its fee (2. 住宿费：…) is that fee's, under whatever heading (…及学费).
  ['临江理工港澳台学生四人间住宿费多少', '2. 住宿费：港澳台侨学生公寓双人间每生每学年1500元，四人间每生每学年1000元。', '1000元'],
  // A column whose bracket says what it includes (民办高校（含独立学院）) is that whole's, not a part.
  ['临江民办高校6人间住宿费标准多少', '寝室定员：6人间 | 公办高校（元/生·学年）：1200 | 民办高校（含独立学院）（元/生·学年）：1500', '1500'],
  // A count followed by more than a noun (4200名录取新生按时报到) is no sibling kind of 录取人数.
  ['临江理工今年录取人数是多少', '今年共有4200名录取新生按时报到，录取的省外考生600人', '4200名'],
  // A row's total cell (合计) is the row's whole, when the question names none of its columns.
  ['临江理工数学学院分到几个助学金名额', '学院：数学学院 | 一等：34 | 二等：58 | 三等：70 | 合计：162', '162'],
  // …and a column named is that column's.
  ['临江理工数学学院一等助学金几个名额', '学院：数学学院 | 一等：34 | 二等：58 | 三等：70 | 合计：162', '34'],
  // 多少就业岗位 asks a count, no threshold (就 of 就业).
  ['临江理工招聘会提供了多少就业岗位？', '共有规模500人以上的企业120家参会，提供就业岗位3000个', '3000个'],
  // A maximum asked (最多能贷多少) is answered by the bound (最高不超过), for 本专科 students (the whole, no part).
  ['临江理工生源地助学贷款每年最多能贷多少？', '国家助学金每生每年3700元；生源地信用助学贷款本专科学生每人每年最高不超过20000元', '超过20000元'],
  // The rate asked, not another rate of the same people (合同就业率 for 落实率), unless its words name it (就业率 → 落实率).
  ["What is the graduation destination rate of 临江理工's junior-college graduates?", '专科毕业生协议和合同就业率20.25%，升学率41.77%。专科毕业生毕业去向落实率75.95%', '75.95%'],
  // A threshold asked (多少分就…) is the bound that sets off the consequence, not a plain value.
  ['临江理工违纪积分多少分就取消住宿资格？', '违纪积分满分为20分，积分达到12分及以上的，取消住宿资格', '12分'],
  // A wish or an offer (期望, 愿意给出) is not the value, unless asked.
  ['临江理工毕业生平均月薪多少？', '毕业生期望的平均薪资为5678元，实际平均月薪为4210元', '4210元'],
  ['临江理工毕业生期望薪资多少？', '毕业生期望的平均薪资为5678元，实际平均月薪为4210元', '5678元'],
  // A change asked is the change (提高1.71个百分点), as a change of what its sentence measured.
  ['临江理工省内就业比例比上一届提高了多少？', '省内就业比例为78.63%，比2023届（76.92%）提高1.71个百分点', '1.71个百分点'],
  // A price asked per a thing (多少钱一度, 一科多少钱) is the one per that thing, not another amount beside it.
  ['临江理工宿舍电费多少钱一度', '电费余额低于5元时提醒，用电价格为0.58元/度', '0.58元/度'],
  ['临江理工报名考试费一科多少钱', '报名费另收20元，考试费每科45元', '45元'],
  // A month or a term asked per is a whole word (一学期, 一个月), not its first character.
  ['临江理工住宿费多少钱一学期', '住宿费每学期600元，押金200元', '600元'],
  // A threshold asked (低于多少元时) is answered by the threshold.
  ['临江理工电费余额低于多少元时会提醒？', '电费余额低于5元时系统推送提醒，电价0.58元/度', '5元'],
  // A monthly figure does not answer a yearly question.
  ['临江理工助学金一档一年多少钱？', '一档每月440元，即每生每年4400元', '4400元'],
  // …nor when the question says 现在 (a whole asked, not a total over the years).
  ['临江理工MBA现在一年学费多少？', 'MBA学费按学年收取，每年24000元，总学费72000元', '24000元'],
  // 奖励金额 is the award, not a total paid out.
  ['临江理工国家奖学金多少钱？', '奖项：国家奖学金 | 获奖人数：50 | 发放总额（万元）：40 | 奖励金额（元）：8000', '8000'],
  // A total over the years is no yearly figure.
  ['临江理工MBA每年学费多少？', 'MBA学费按学年收取，每年24000元，总学费72000元', '24000元'],
  // The value before a change (由…提高至…) is no longer the standard; an award's standard is per student, not the total paid out.
  ['临江理工国家励志奖学金多少钱？', '奖励标准由每生每年5000元提高至每生每年6000元', '6000元'],
  ['临江理工国家励志奖学金多少钱？', '我校共有712人获得国家励志奖学金，发放金额427.20万元，每生每年6000元', '6000元'],
  // 不算X的话: the figure that leaves X out, not the one that holds it.
  ['临江理工学生资助不算助学贷款的话一共多少钱？', '资助金额（含国家助学贷款）合计23927.01万元；不含国家助学贷款的各类资助共12632.91万元', '12632.91万元'],
  // 从几号到几号 asks a range, not the one date of a deadline beside it.
  ['临江理工军训从几号到几号？', '因身体原因不能参加军训的，须在9月10日前提交申请；军训时间为9月14日至9月27日', '9月14日至9月27日'],
  // Asked for a part (其中本科生), the part's figure, not the whole beside it.
  ['临江理工走绿色通道的新生其中本科生有多少？', '2024级新生共有1126人通过“绿色通道”报到，其中本科生1043人、研究生83人', '1043人'],
  // Asked for the whole, a figure after 其中 is a part.
  ['临江理工一共招多少硕士？', '2025年我校拟招收硕士研究生1650人，其中学术学位硕士研究生620人，专业学位硕士研究生1030人', '1650人'],
  ['临江理工公众号阅读量多少？', MEDIA, '36.2万次'],
  ['临江理工公众号推送了多少篇？', MEDIA, '412篇'],
  ['临江理工公众号有多少关注者？', MEDIA, '4.7万余人'],
  ['临江理工公众号新增了多少关注？', MEDIA, '1.1万人'],
  ['临江理工公众号单篇最高阅读量是多少？', MEDIA, '1.3万次'],
  ['收到投稿多少篇？', '全年共收到各单位投稿1164篇，经审核采用392篇', '1164篇'],
  ['采用了多少篇稿件？', '全年共收到各单位投稿1164篇，经审核采用392篇', '392篇'],
  ['热线办结了多少件？', '12345热线受理群众诉求14.8万件，办结14.6万件，办结率98.6%', '14.6万件'],
  ['热线办结率是多少？', '12345热线受理群众诉求14.8万件，办结14.6万件，办结率98.6%', '98.6%'],
  ['住宿费一年多少钱？', '四人间住宿费每生每学年1200元，共有床位3200个', '1200元'],
  ['咨询电话是多少？', '咨询电话0571-86390417，共接听来电560余次', '0571-86390417'],
  ['什么时候公示？', '拟录取名单于2024年7月10日至7月16日公示，共计380人', '2024年7月10日至7月16日'],
  // Tables with a column per period: the column of the period asked, else the latest.
  ['临江理工2022届毕业生人数？', '指标：毕业生人数 | 2021届：3120 | 2022届：3356 | 2023届：3498 | 单位：人', '3356'],
  ['临江理工毕业生人数？', '指标：毕业生人数 | 2021届：3120 | 2022届：3356 | 2023届：3498 | 单位：人', '3498 | 单位：人'],
  ['临江理工2022-2023学年学费？', '专业：会计学 | 2022-2023学年学费（元）：4800 | 2023-2024学年学费（元）：5300', '4800'],
  // A fee row: the column the question names.
  ['临江理工会计学学校执行的学费？', '专业：会计学 | 省定基准学费（元/学年）：4800 | 学校执行学费（按学年）：5520', '5520'],
  // A part of the population (本科, 研究生, 男生) is not the whole a plain question asks about.
  ['临江理工毕业去向落实率多少？', '毕业生总人数为3200人，毕业去向落实率为95.12%。其中，本科毕业生毕业去向落实率为94.30%', '95.12%'],
  ['临江理工本科毕业去向落实率多少？', '毕业生总人数为3200人，毕业去向落实率为95.12%。其中，本科毕业生毕业去向落实率为94.30%', '94.30%'],
  // The part named nearest the figure decides.
  ['研究生招生计划多少人？', '全年本科招生计划4620人，研究生招生计划1380人', '1380人'],
  // A bound (55%以上) is not the value when one is stated.
  ['临江理工留省就业率多少？', '近三届留省就业比例始终保持在55%以上，2023届留省就业率为57.46%', '57.46%'],
  // Carried on to next year is the contrary of carried in from last year.
  ['结转到下一年的申请有几件？', '全年新收申请73件，上年结转申请2件，结转下年度继续办理申请3件', '3件'],
  ['上年结转的申请有几件？', '全年新收申请73件，上年结转申请2件，结转下年度继续办理申请3件', '2件'],
  // The column of the old value (原收费标准) answers only a question about it.
  ['学分学费多少？', '序号：1 | 原收费标准：学分学费88元/学分 | 调整后标准：学分学费132元/学分', '132元/学分'],
  ['原来的学分学费多少？', '序号：1 | 原收费标准：学分学费88元/学分 | 调整后标准：学分学费132元/学分', '88元/学分'],
  // A reference column (省定基准) beside the one charged answers only a question about it.
  ['临床医学一年学费多少？', '专业：临床医学 | 省定基准学费标准（元/学年）：5500 | 学校执行学费标准（按学年）：6325', '6325'],
  ['临床医学基准学费多少？', '专业：临床医学 | 省定基准学费标准（元/学年）：5500 | 学校执行学费标准（按学年）：6325', '5500'],
  // The constant of a formula (…*100%) is no value.
  ['临江理工留市就业率多少？', '留市就业率=留市就业人数/单位就业人数*100%，留市就业率为44.81%', '44.81%'],
  // A carried-over count (上年结转) is never a plain question's answer.
  ['收到多少件申请？', '上年结转申请2件，本年新收申请73件', '73件'],
];

it('reads a generic 收费标准 in a section about rooms as a room fee, no answer to a tuition question', () => {
  const q = parseQuery('临江理工一年学费多少？', ctx);
  const row = '校区：西山校区 | 房型：四人间 | 收费标准（元/生·学年）：1100';
  const m = matchFigures(q, row, recognise(row), termGroups(q.terms, () => 1), '', undefined, '学生宿舍管理与收费常见问题 一、住宿安排与房型')[0];
  expect(m?.reasons.join(';')).toContain('住宿费');
  expect(m!.fit).toBeLessThan(0);
});

describe('the figure that answers', () => {
  it.each(CASES)('“%s” picks %s… in its sentence', (question, sentence, figure) => {
    expect(picked(question, sentence)).toBe(figure);
  });

  it('fits a figure stated for the part a question names outright (研究生) better than the whole’s', () => {
    const q = parseQuery('临江理工研究生所学专业与工作相关度多少', ctx);
    const fit = (sentence: string) => matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1))[0]!.fit;
    expect(fit('研究生毕业生就业专业相关度为94.38%。')).toBeGreaterThan(fit('毕业生所学专业与工作的相关度为90.29%。'));
  });

  it('reads the words naming each figure, up to the previous figure or stop', () => {
    const s = '推送图文412篇，累计阅读量36.2万次，新增关注1.1万人';
    expect(labels(s, recognise(s))).toEqual(['推送图文', '累计阅读量', '新增关注']);
  });

  it('reads qualifiers from the label, the word nearest the figure deciding', () => {
    expect(qualifierOf('学制三年，总学费')).toBe('total');
    expect(qualifierOf('新增关注')).toBe('new');
    expect(qualifierOf('目前共有关注者')).toBe('total');
    expect(qualifierOf('单篇最高阅读量')).toBe('max');
    expect(qualifierOf('推送图文')).toBeUndefined();
  });
});

describe('a count of something else', () => {
  it('does not take “六个部分” for the number of applications', () => {
    const q = parseQuery('临江理工收到信息公开申请几件？', ctx);
    const sentence = '全文包括概述、主动公开情况、依申请公开情况、存在的问题等六个部分。';
    const best = matchFigures(
      q,
      sentence,
      recognise(sentence),
      termGroups(q.terms, () => 1),
    )[0]!;
    expect(best.fit).toBeLessThanOrEqual(-0.25);
  });
});

describe('a bare number in running text', () => {
  it('does not answer a count of people (多少人) with a threshold written without a unit (放宽至2.00)', () => {
    const sentence = '申请转入与其特长相关专业的，平均学分绩点可放宽至2.00；';
    const q = parseQuery('临江理工去年有多少人转专业成功？', ctx);
    const best = matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1))[0]!;
    expect(best.fit).toBeLessThanOrEqual(-0.25);
  });
});

describe('a total collected', () => {
  it('is no fee per student (学费收入13562.40万元 for 学费一年多少), unless a total is asked', () => {
    const sentence = '其中学费收入13562.40万元，住宿费收入2416.80万元。';
    const q = parseQuery('临江理工学费一年多少钱？', ctx);
    expect(matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1))[0]!.fit).toBeLessThanOrEqual(-0.25);
    const r = parseQuery('临江理工学费收入一共多少？', ctx);
    expect(matchFigures(r, sentence, recognise(sentence), termGroups(r.terms, () => 1))[0]!.fit).toBeGreaterThan(-0.25);
  });
});

describe('a measure that is only the object of another thing', () => {
  it('does not take 学费资助 or 减免学费 for the 学费 asked', () => {
    for (const sentence of ['落实退役士兵学生学费资助政策，资助326人、221.68万元。', '2024年共减免学费57人、30.78万元。']) {
      const q = parseQuery('临江理工一年学费多少钱？', ctx);
      const best = matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1)).find((m) => m.figure.unitClass === 'money')!;
      expect(best.fit).toBeLessThanOrEqual(-0.25);
    }
  });

  it('takes it when the question asks that thing too (学费减免多少)', () => {
    const sentence = '2024年共减免学费57人、30.78万元。';
    const q = parseQuery('临江理工学费减免了多少钱？', ctx);
    const best = matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1)).find((m) => m.figure.unitClass === 'money')!;
    expect(best.fit).toBeGreaterThan(-0.25);
  });
});

describe('a clause whose subject is earlier in its sentence', () => {
  it('takes a part its own section is about for no part (本科生 under 1.本科生国家助学金), unlike a breakdown’s', () => {
    const q = parseQuery('临江理工国家助学金一等多少？', ctx);
    const s = '我校本科生国家助学金分三档：一等每生每年4800元、二等每生每年3700元。';
    const fit = (section?: string) => matchFigures(q, s, recognise(s), termGroups(q.terms, () => 1), '', undefined, section)[0]!;
    expect(fit().reasons).toContain('stated for 本科, not asked');
    expect(fit('1.本科生国家助学金').reasons).not.toContain('stated for 本科, not asked');
    expect(fit('分本科生研究生资助情况').reasons).toContain('stated for 本科, not asked');
  });

  it('never takes a figure stated for a sibling of what is named (明湖校区 for 北山校区, 四人间 for 六人间) or for another fee (住宿费 for 电费)', () => {
    const fitOf = (question: string, sentence: string, figure: string) => {
      const q = parseQuery(question, ctx);
      return matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1)).find((m) => m.figure.text.startsWith(figure))!;
    };
    const s = '明湖校区部分老公寓为六人间，住宿费为900元/生·年。';
    expect(fitOf('临江理工北山校区六人间住宿费多少？', s, '900').reasons).toContain('stated for 明湖校区, another than asked');
    expect(fitOf('临江理工明湖校区六人间住宿费多少？', s, '900').reasons.join()).not.toContain('another than asked');
    const n = '北山校区学生公寓均为四人间，住宿费为1000元/生·年。';
    expect(fitOf('临江理工北山校区六人间住宿费多少？', n, '1000').reasons).toContain('stated for 4人间, another than asked');
    expect(fitOf('临江理工宿舍空调电费一度多少钱？', n, '1000').reasons).toContain('states 住宿费, not the fee asked');
    // The clause nearest the figure decides: 1000元 is 六人间's in 四人间…1500元，六人间…1000元.
    const both = '住宿费：四人间（含独立卫浴，空调）每生每学年1500元，六人间每生每学年1000元。';
    expect(fitOf('临江理工四人间住宿费多少？', both, '1000').reasons).toContain('stated for 6人间, another than asked');
    expect(fitOf('临江理工四人间住宿费多少？', both, '1500').reasons.join()).not.toContain('another than asked');
    // 收费标准 names no kind of fee.
    const row = '宿舍类型：四人间（带空调） | 收费标准：1300';
    expect(fitOf('临江理工带空调四人间住宿费多少？', row, '1300').reasons.join()).not.toContain('not the fee asked');
  });

  it('reads the part the sentence names before the clause', () => {
    const q = parseQuery('临江理工毕业去向落实率多少？', ctx);
    const clause = '毕业去向落实率为98.06%；';
    const best = matchFigures(
      q,
      clause,
      recognise(clause),
      termGroups(q.terms, () => 1),
      '毕业生中，男生毕业去向落实人数3787人，',
    )[0]!;
    expect(best.reasons).toContain('stated for 男生, not asked');
    const plain = matchFigures(
      q,
      clause,
      recognise(clause),
      termGroups(q.terms, () => 1),
    )[0]!;
    expect(plain.fit).toBeGreaterThan(best.fit);
  });
});

describe('another kind of rate or award than asked', () => {
  it('names the award or rate a statement gives when it is another than the measure asked', () => {
    expect(otherKindNamed('研究生国家奖学金奖励标准为硕士研究生每生每年20000元、博士研究生每生每年', ['助学金'], ['国家助学金'])?.named).toBe('国家奖学金');
    expect(otherKindNamed('专科毕业生协议和合同就业率20.25%、自主创业率', ['毕业去向落实率'], [])?.named).toBe('创业率');
  });

  it('reads the question’s own words for the measure as the same kind (就业率 → 落实率), and money in general as no kind', () => {
    expect(otherKindNamed('毕业去向落实率为', ['就业率'], ['就业率', '毕业去向落实率'])).toBeUndefined();
    expect(otherKindNamed('发放资助资金', ['助学金'], [])).toBeUndefined();
  });
});

describe('a maximum asked', () => {
  it('fits the bound that states it (最高不超过20000元) for 本专科 students, the whole of undergraduates', () => {
    const q = parseQuery('临江理工生源地助学贷款每年最多能贷多少？', ctx);
    const sentence = '生源地信用助学贷款：本专科学生每人每年申请额度最高不超过20000元。';
    const best = matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1))[0]!;
    expect(best.figure.text).toContain('20000元');
    expect(best.fit).toBeGreaterThan(0);
  });
});

describe('a payment asked', () => {
  it('reads a sum paid back (报销限额) as no answer to what the asker pays (医保要交多少), unless asked', () => {
    const fit = (question: string) => {
      const q = parseQuery(question, ctx);
      return matchFigures(q, '参保学生医保门诊报销限额为每年600元', recognise('参保学生医保门诊报销限额为每年600元'), termGroups(q.terms, () => 1))[0]!.fit;
    };
    expect(fit('临江理工学生医保一年要交多少钱')).toBeLessThan(0);
    expect(fit('临江理工学生医保门诊报销限额多少')).toBeGreaterThan(0);
    // (A payment whose own clause says the asker pays stays one, whatever subsidy comes before it.)
    const q = parseQuery('临江理工学生医保自己交多少', ctx);
    const sentence = '扣除各级财政补助后，个人每年缴费380元';
    expect(matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1))[0]!.fit).toBeGreaterThan(0);
  });
});

describe('a maximum asked', () => {
  it('reads a figure a report states as a limit (年度限额) as the maximum asked (最多能报多少)', () => {
    const q = parseQuery('临江理工住院一年最多能报多少钱', ctx);
    const sentence = '住院费用报销比例为60%，年度限额20万元';
    const m = matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1)).find((x) => x.figure.text === '20万元')!;
    expect(m.reasons).toContain('a maximum, as asked');
  });

  it('reads the longest asked (最长能读几年) as the figure stated as the longest (最长修业年限), over the usual length', () => {
    const q = parseQuery('临江理工专升本最长能读几年', ctx);
    const sentence = '专升本学生学制2年，最长修业年限4年';
    const fits = new Map(matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1)).map((x) => [x.figure.text, x.fit]));
    expect(fits.get('4年')!).toBeGreaterThan(fits.get('2年')!);
  });
});

describe('a question naming no part of the population', () => {
  it('reads the part most questions mean (本科) before another part, and the whole before either', () => {
    const fits = (question: string, sentence: string) => {
      const q = parseQuery(question, ctx);
      return new Map(matchFigures(q, sentence, recognise(sentence), termGroups(q.terms, () => 1)).map((x) => [x.figure.text, x.fit]));
    };
    const dates = fits('临江理工新生几号报到', '研究生新生报到时间为9月3日，本科新生报到时间为9月7日');
    expect(dates.get('9月7日')!).toBeGreaterThan(dates.get('9月3日')!);
    const rates = fits('临江理工毕业去向落实率多少', '全校毕业去向落实率为93.15%，其中本科毕业生去向落实率为96.10%');
    expect(rates.get('93.15%')!).toBeGreaterThan(rates.get('96.10%')!);
  });
});

describe('a figure dated by its own clause', () => {
  it('dates a bracketed aside stating a year’s value, not a bracket naming a cohort', async () => {
    const { statesYearAsked } = await import('../../src/answer/figure-match.js');
    const y2024 = { label: '2024年', start: '2024-01-01', end: '2024-12-31' };
    expect(statesYearAsked(y2024, '计划招生180名（2024年为')).toBe(true);
    expect(statesYearAsked(y2024, '本科生（2024年入学）人数')).toBe(false);
    expect(statesYearAsked(y2024, '比2024年的')).toBe(true);
  });

  it('dates the figure compared with 上学年 to the year before the document’s own, of the same kind only', async () => {
    const { statesYearAsked } = await import('../../src/answer/figure-match.js');
    const doc = { kind: 'academic-year', label: '2023-2024学年', start: '2023-09-01', end: '2024-08-31' };
    expect(statesYearAsked({ label: '2022-2023学年', start: '2022-09-01', end: '2023-08-31' }, '比上学年（', doc)).toBe(true);
    expect(statesYearAsked({ label: '2022年', start: '2022-01-01', end: '2022-12-31' }, '比上学年（', doc)).toBe(false);
  });
});

describe('the extreme of parallel tiers', () => {
  it('ranks the tiers of one unit, a total among them aside', async () => {
    const { rankedFit, totalsAmong } = await import('../../src/answer/figure-match.js');
    const text = '一档每生每年4500元，二档3300元，三档2100元，合计每生最多9900元';
    const figures = recognise(text);
    const totals = totalsAmong(text, figures);
    const at = (s: string) => figures.find((f) => f.text.startsWith(s))!;
    expect(rankedFit('max', at('4500'), figures, totals)).toBeGreaterThan(0);
    expect(rankedFit('min', at('2100'), figures, totals)).toBeGreaterThan(0);
    expect(rankedFit('max', at('9900'), figures, totals)).toBe(0);
    expect(rankedFit('max', at('4500'), figures)).toBeLessThan(0);
  });
});
