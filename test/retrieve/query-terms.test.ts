// Terms read from questions: names typed before 专业, numbered row names, cohorts as time, lexicon keys.
import { describe, expect, it } from 'vitest';
import { askedUnit, askedUnitWord, majorsNamed, numberedForms, parseQuery, withOfficeSuffix, withoutGlossed } from '../../src/retrieve/query.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { expand, loadLexicon } from '../../src/text/synonyms.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const lexicon = loadLexicon();
const ctx = { matcher: createSchoolMatcher(['临江理工大学']), lexicon, today: new Date('2025-03-01'), known: () => true };
const terms = (q: string) => parseQuery(q, ctx).terms.map((t) => t.term);

describe('terms of a question', () => {
  it('names no topic with the people a question is for or the words of a period asked', () => {
    expect(terms('孩子想报临江理工，家长能去哪看招生章程？')).not.toEqual(expect.arrayContaining(['孩子']));
    expect(terms('临江理工开放月是哪段时间？')).not.toContain('段时间');
    expect(terms('临江理工和钱塘理工留省就业率各是多少？')).not.toContain('各是');
  });

  it('reads an intent verb after the asker and before the act intended as the asker’s plan, no topic with its synonyms (打算应征入伍 is no 计划)', () => {
    expect(terms('我打算这个春天应征入伍，临江理工每年学费补偿多少？')).not.toEqual(expect.arrayContaining(['计划']));
    // (An institution's plan is a topic: 学校明年打算招多少 is asked of its 计划.)
    expect(terms('临江理工明年打算招收多少新生？')).toEqual(expect.arrayContaining(['计划']));
    // (Alone, or asked about, the plan is the topic: 今后打算 → 计划, 下一步.)
    expect(terms('临江理工今后有什么打算？')).toEqual(expect.arrayContaining(['计划']));
    expect(terms('临江理工下一步打算怎么做？')).toEqual(expect.arrayContaining(['计划']));
  });

  it('reads the period of a question typed in traditional characters (2021屆 is 2021届)', () => {
    expect(parseQuery('臨江理工2021屆畢業生的落實率是多少？', ctx).time).toMatchObject({ label: '2021届' });
    expect(parseQuery('臨江理工去年的學費是多少？', ctx).time).toMatchObject({ label: '2024年' });
  });

  it('sets aside the words of a clause naming a neighbour to leave out, and keeps a word typed outside it its own', () => {
    const q = parseQuery('临江理工中文官网发了几条新闻？国际处那个二级网站的不算', ctx);
    expect(q.contrast).toEqual(expect.arrayContaining(['二级网站']));
    expect(q.terms.map((t) => t.term)).not.toEqual(expect.arrayContaining(['不算']));
    expect(q.terms.find((t) => t.term === '官网')?.source).toBe('官网');
    expect(parseQuery('临江理工采购意向公开了几次？别跟资产处置公告那个数弄混', ctx).contrast).toEqual(expect.arrayContaining(['资产处置公告']));
    // (算不算, 是不是不算, 不算多: an ask, no clause setting anything aside; the words asked stay.)
    expect(parseQuery('临江理工的奖学金算不算收入？', ctx).contrast).toBeUndefined();
    const counts = parseQuery('临江理工勤工助学的收入算不算？', ctx);
    expect(counts.contrast).toBeUndefined();
    expect(counts.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['勤工助学', '收入']));
    expect(parseQuery('临江理工补考成绩算不算', ctx).terms.map((t) => t.term)).toContain('补考');
    expect(parseQuery('临江理工这学期是不是不算学分？', ctx).contrast).toBeUndefined();
    expect(parseQuery('临江理工的宿舍不算多吧？', ctx).contrast).toBeUndefined();
  });

  it('keeps the object of a verb key its own synonyms (招老师 → 教师), but a kind key its own (副教授 is no 教授)', () => {
    expect(terms('临江理工招老师要发哪些公告？')).toEqual(expect.arrayContaining(['教师招聘', '教师']));
    expect(parseQuery('临江理工副教授评审要几篇论文？', ctx).terms.filter((t) => t.term === '正高')).toEqual([]);
  });

  it('reads a 专业 followed by its level as two words (材料物理专业本科), not one no document writes', () => {
    expect(terms('临江理工材料物理专业本科落实率多少？')).not.toContain('专业本科');
    expect(terms('临江理工材料物理专业本科落实率多少？')).toContain('材料物理');
  });

  it('keeps a 专业 name typed before 专业 whole, but not a phrase with 其他/这', () => {
    expect(terms('临江理工预防医学专业学费多少')).toContain('预防医学');
    expect(terms('临江理工法学专业学费多少')).toContain('法学');
    expect(terms('临江理工其他类专业学费多少')).not.toContain('其他类');
  });

  it('reads a name jieba does not know apart from the preposition run into it (从凤栖 → 凤栖)', () => {
    expect(terms('从凤栖机场打车到临江理工多少钱')).toContain('凤栖');
    expect(terms('从凤栖机场打车到临江理工多少钱')).not.toContain('从凤栖');
  });

  it('reads a word in brackets after another as another name for it (调档（提档）), not a kind (软件工程（中外合作）)', () => {
    const q = parseQuery('临江理工的调档（提档）比例是多少？', ctx);
    expect(q.terms.find((t) => t.term === '提档')?.source).toBe('调档');
    const r = parseQuery('临江理工软件工程（中外合作）学费多少？', ctx);
    expect(r.terms.find((t) => t.term === '中外合作')?.source).toBe('中外合作');
    const f = parseQuery('临江理工学费（住宿费）多少？', ctx);
    expect(f.terms.find((t) => t.term === '住宿费')?.source).toBe('住宿费');
  });

  it('weighs an event the question opens with and goes past (录取后…) as a time, not a topic', () => {
    const q = parseQuery('录取后逾期不报到，临江理工超过多久算自动放弃入学资格？', ctx);
    expect(q.terms.find((t) => t.term === '录取')!.weight).toBeLessThan(1);
    expect(q.terms.find((t) => t.term === '逾期')!.weight).toBe(1);
  });

  it('weighs the head of a typed compound (经费 of 三公经费) as a piece, not as a synonym of the compound', () => {
    const q = parseQuery('临江理工三公经费具体包括哪几项？', ctx);
    expect(q.terms.find((t) => t.term === '经费')!.weight).toBeLessThanOrEqual(0.5);
    expect(parseQuery('临江理工团委的抖音号叫什么？', ctx).terms.find((t) => t.term === '抖音')!.weight).toBeGreaterThan(0.5);
  });

  it('keeps 机关 of a compound (机关运行经费) as a topic word', () => {
    expect(terms('临江理工机关运行经费是多少')).toContain('机关');
  });

  it('sets aside what 除了 excepts (除了学费住宿费，还有哪些费用)', () => {
    const t = terms('临江理工新生除了学费住宿费，还有哪些费用得自己掏？');
    expect(t).toContain('费用');
    expect(t).not.toContain('学费');
    expect(t).not.toContain('住宿费');
  });

  it('keeps a word the question says outside what 除了 excepts (预决算 of 预决算除了在省级预决算平台，还在哪公开)', () => {
    const t = terms('临江理工的预决算除了在省级预决算公开平台，还在哪公开？');
    expect(t).toContain('预决算');
    expect(t).toContain('公开');
  });

  it('sets aside what brackets say the question does not mean (普通本科（不是浙大）)', () => {
    const t = terms('浙江普通本科（不是浙大）工科专业的基准学费是多少？');
    expect(t).toContain('工科');
    expect(t.some((w) => w.includes('浙大'))).toBe(false);
  });

  it('sets aside what 除了 excepts even where the question runs its words together (除了本科专业学费，还有哪些收费)', () => {
    const t = terms('临江理工除了本科专业学费，还有哪些收费？');
    expect(t).not.toContain('学费');
  });

  it('reads words either side of a slash as one topic (调档/提档比例): a document writing either answers', () => {
    const q = parseQuery('临江理工的调档/提档比例是多少？', ctx);
    const of = (w: string) => q.terms.find((t) => t.term === w)?.source;
    expect(of('提档')).toBe(of('调档'));
  });

  it('reads 最贵的一档 as the first-ranked one, not the tier numbered one (一档)', () => {
    const t = terms('临江理工住宿费最贵的一档是多少一年？');
    expect(t).toContain('住宿费');
    expect(t).not.toContain('一档');
    expect(terms('临江理工国家助学金一档多少钱')).toContain('一档');
  });

  it('reads 除 inside a word (开除, 免除) as no exception', () => {
    expect(terms('临江理工开除学籍还能复学吗')).toContain('学籍');
    expect(terms('临江理工免除学费还需要交住宿费吗')).toContain('学费');
  });

  it('reads a taxi ride as the 出租车 reports write (打车)', () => {
    expect(terms('从机场打车到临江理工多少钱')).toContain('出租车');
  });

  it('keeps a lettered row (明德园C区) as a row of its own', () => {
    expect(terms('临江理工明德园C区住宿费多少')).toContain('c区');
  });

  it('keeps a numbered row name (6人间, 2017级) but not a date (9月1号)', () => {
    expect(terms('临江理工6人间住宿费多少')).toContain('6人间');
    expect(terms('临江理工2017级学生学费')).toContain('2017级');
    expect(terms('临江理工9月1号开学吗')).not.toContain('1号');
  });

  it('reads 6人间 also as 6人一间, and its measure word alone as no term', () => {
    const ts = terms('临江理工6人间住宿费多少');
    expect(ts).toEqual(expect.arrayContaining(['6人间', '6人一间']));
    expect(ts).not.toContain('人间');
  });

  it('widens 奖学金 to its other kinds only when the question does not say which kind', () => {
    expect(terms('临江理工奖学金有多少')).toContain('励志奖学金');
    const named = terms('临江理工国家奖学金一年多少钱');
    expect(named).toContain('国家奖学金');
    expect(named).not.toContain('励志奖学金');
  });

  it('reads a place asked (在哪里考) with the words reports label places by', () => {
    expect(terms('临江理工单招在哪里考试')).toEqual(expect.arrayContaining(['地点', '地址']));
    expect(terms('临江理工的年报在哪里能看到')).not.toContain('地点');
    expect(terms('在哪')).toContain('地点');
    // The school's city asked reads its address; where graduates work (…城市就业) does not.
    expect(terms('临江理工在哪个城市？')).toContain('位于');
    expect(terms('临江理工毕业生在哪个城市就业的最多？')).not.toContain('位于');
    expect(terms('临江理工招生办公室在哪儿')).toContain('地址');
  });

  it('re-cuts a question where jieba leaves a character the reports join far more often (体|检查 → 体检 查)', () => {
    const freq: Record<string, number> = { 体检: 12, 检查: 1 };
    const q = parseQuery('临江理工入学体检查哪些项目', { ...ctx, frequency: (t: string) => freq[t] ?? 0 });
    const ts = q.terms.map((t) => t.term);
    expect(ts).toContain('体检');
    expect(ts).not.toContain('检查');
    // Without the reports' counts, jieba's cut stands.
    expect(terms('临江理工入学体检查哪些项目')).toContain('检查');
  });

  it('sets aside what the question says it does not mean (不是去向落实率那个), synonyms and all', () => {
    const q = parseQuery('临江理工的就业率是多少？不是去向落实率那个', ctx);
    const ts = q.terms.map((t) => t.term);
    expect(ts).toContain('就业率');
    expect(ts.some((t) => t.includes('落实率') || t === '去向')).toBe(false);
    expect(q.contrast).toEqual(['去向落实率']);
  });

  it('reads the 专业 named before 专业, not a way of admission or the asker’s own words (校考专业, 所学专业)', () => {
    expect(majorsNamed(' 会计专业')).toEqual(['会计']);
    expect(majorsNamed(' 单招建筑室内设计专业')).toEqual(['建筑室内设计']);
    expect(majorsNamed(' 校考专业')).toEqual([]);
    expect(majorsNamed(' 所学专业')).toEqual([]);
    expect(majorsNamed(' 研究生所学专业')).toEqual([]);
  });

  it('reads the thing a list question asks of (有哪些问题 → 问题, what problems → 问题)', () => {
    expect(parseQuery('临江理工信息公开还有哪些问题？', ctx).listed).toBe('问题');
    // …written before the ask (报考条件有哪些), or after 满足什么 (满足什么条件).
    expect(parseQuery('临江理工专升本报考条件有哪些', ctx).listed).toBe('条件');
    expect(parseQuery('临江理工专升本拿学位需要满足什么条件？', ctx).listed).toBe('条件');
    expect(parseQuery('What problems does 临江理工 admit?', ctx).listed).toBe('问题');
    expect(parseQuery('临江理工学费多少？', ctx).listed).toBeUndefined();
    // …by kinds (分哪几类项目), people (哪些人 are 人员), or a noun before the ask when none follows it (条件有哪几种可以选).
    expect(parseQuery('临江理工出国交流资助分哪几类项目？', ctx).listed).toBe('项目');
    expect(parseQuery('临江理工哪些人能享受体育场馆收费优惠？', ctx).listed).toBe('人员');
    expect(parseQuery('临江理工有哪些人工智能相关专业？', ctx).listed).not.toBe('人员');
    // (jieba tags 成效 an adjective: alone after the ask, it is still what is listed.)
    expect(parseQuery('临江理工信息公开工作取得了哪几方面成效？', ctx).listed).toBe('成效');
    expect(parseQuery('临江理工学期交换的外语条件有哪几种可以选？', ctx).listed).toBe('条件');
  });

  it('reads the time asked without the institution’s name (临江师大前年 is 前年, not 大前年)', () => {
    const c = { ...ctx, matcher: createSchoolMatcher(['临江师范大学']) };
    expect(parseQuery('临江师大前年收到几件申请？', c).time).toMatchObject({ label: '2023年' });
  });

  it('reads 给多少/拿多少 as asking money, and 一项 (per award) as no topic', () => {
    const q = parseQuery('临江理工单项奖学金一项给多少', ctx);
    expect(q.unit).toBe('money');
    expect(q.terms.map((t) => t.term)).not.toContain('一项');
  });

  it('reads an English what-question with a Chinese gloss in brackets as asking its figure', () => {
    expect(parseQuery("What was the placement rate of Linjiang's automotive college (汽车工程学院)?", ctx).intent).toBe('figure');
  });

  it('keeps a lexicon key the question spells across words (就业 比例) as a term of its own', () => {
    expect(terms('临江理工省内就业比例是多少')).toContain('就业比例');
  });

  it('reads 多少本科生 as counting people, not volumes (本) of something', () => {
    expect(parseQuery('临江理工今年一共招多少本科生', ctx).unit).toBe('people');
    expect(parseQuery('临江理工发了多少篇稿件', ctx).unit).toBe('items');
  });

  it('sets nothing aside in an A-not-A question (是不是公办的, 要不要复查)', () => {
    expect(parseQuery('临江理工是不是公办的？', ctx).contrast).toBeUndefined();
    expect(terms('临江理工新生入学后要不要复查？')).toContain('复查');
  });

  it('reads the thing a list is of as the nouns after the ask, no more', () => {
    expect(parseQuery('临江理工存在哪些问题和不足？', ctx).listed).toBe('问题');
    expect(parseQuery('临江理工都通过哪些传统媒体公开信息？', ctx).listed).toBe('传统媒体');
    expect(parseQuery('临江理工学费有什么变化？', ctx).listed).toBeUndefined();
  });

  it('reads 一档 as a tier but not inside 统一档案馆, and 多少硕士生 as counting people', () => {
    expect(terms('临江理工统一档案馆在哪')).not.toContain('一档');
    expect(parseQuery('临江理工今年招多少硕士生', ctx).unit).toBe('people');
  });

  it('reads an English key inside a longer one matched (salary in starting salary) as that phrase’s word only', () => {
    const ts = parseQuery("What was Linjiang's average starting salary?", ctx).terms.map((t) => t.term);
    expect(ts).toContain('起薪');
    expect(ts).not.toContain('薪酬');
  });

  it('reads 落实率怎么样 as asking the rate', () => {
    expect(parseQuery('临江理工护理专业落实率怎么样？', ctx)).toMatchObject({ intent: 'figure', unit: 'percent' });
  });

  it('reads 几点 as asking a time', () => {
    expect(parseQuery('临江理工宿舍访客几点能来', ctx)).toMatchObject({ intent: 'figure', unit: 'time' });
  });

  it('reads a cohort (2022届, 23届) as the time asked', () => {
    expect(parseQuery('临江理工2022届毕业生人数', ctx).time).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(parseQuery('临江理工23届毕业生人数', ctx).time).toMatchObject({ start: '2023-01-01' });
  });

  it('reads an English question: a year written alone, and what-is is no yes/no question', () => {
    const q = parseQuery('What is the postal code of the admissions office (2015 charter)?', ctx);
    expect(q.time).toMatchObject({ start: '2015-01-01' });
    expect(q.intent).not.toBe('yesno');
    expect(parseQuery('Is there a scholarship?', ctx).intent).toBe('yesno');
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

describe('numbered rows in every form', () => {
  it('writes a numbered row in digits, Chinese numerals and with 一', () => {
    expect(numberedForms('六人间').sort()).toEqual(['6人一间', '6人间', '六人一间', '六人间'].sort());
    expect(numberedForms('2人间')).toContain('两人间');
    expect(numberedForms('12人间')).toContain('十二人间');
    expect(numberedForms('3号楼')).toContain('三号楼');
    // A grade of an award is written with 档 or with 等.
    expect(numberedForms('二档')).toEqual(expect.arrayContaining(['二档', '二等']));
    expect(numberedForms('一等')).toContain('一档');
  });
});

describe('English rooms, campuses and cohorts', () => {
  it('reads "a 4-person dorm on … east campus" as the 4人间 row of the dorm fee at 东校区, and no 校内', () => {
    const t = terms("How much is a 4-person dorm on Linjiang Tech's east campus?");
    expect(t).toEqual(expect.arrayContaining(['4人间', '东校区', '住宿费']));
    expect(t).not.toContain('校内');
  });

  it('reads "students who enrolled in 2023" as the cohort 2023级, not the year 2023', () => {
    const q = parseQuery('How much is the dorm fee for students who enrolled in 2023 at Linjiang Tech?', ctx);
    expect(q.terms.map((x) => x.term)).toContain('2023级');
    expect(q.time).toBeUndefined();
    // How many were admitted in a year asks the year.
    expect(parseQuery('How many students were admitted in 2023 at Linjiang Tech?', ctx).time?.label).toBe('2023年');
  });
});

describe('choices, compared amounts and words the lexicon knows', () => {
  it('reads the alternatives of a 还是 question as its scene, not as things a passage must name', () => {
    const t = parseQuery('临江理工复试是线上还是线下', ctx).terms;
    expect(t.find((x) => x.term === '复试')?.weight).toBe(1);
    for (const w of ['线上', '线下']) expect(t.find((x) => x.term === w)?.scene).toBe(true);
    // 还是 meaning "still" offers no choice.
    expect(parseQuery('临江理工如果挂科还是可以转专业吗', ctx).terms.find((x) => x.term === '挂科')?.scene).toBeUndefined();
  });

  it('compares an award or a fee by its amount (哪个高, 谁更便宜), a 名额 by its count', () => {
    expect(askedUnit('各学院加起来一共能接收多少个转专业的？')).toBe('people');
    expect(askedUnit('一共有多少个学院？')).toBe('items');
    expect(askedUnit('国家助学金二档，两所学校哪个高')).toBe('money');
    expect(askedUnit('两所学校谁的住宿费更便宜')).toBe('money');
    expect(askedUnit('两所学校助学金名额哪个多')).not.toBe('money');
    // 最低 of 最低生活保障 compares nothing.
    expect(askedUnit('享受最低生活保障的学生能申请国家助学金吗')).toBeUndefined();
  });

  it('re-cuts a word the reports do not use into one the lexicon knows (机械工程学|硕 → 工程 学硕)', () => {
    const t = parseQuery('临江理工机械工程学硕今年打算招几个人', { ...ctx, frequency: (w: string) => (['机械', '工程', '工程学'].includes(w) ? 5 : 0) }).terms.map((x) => x.term);
    expect(t).toContain('学硕');
    expect(t).not.toContain('工程学');
  });

  it('reads 大一 as 一年级 and 普通专业 as no 专业’s name, and 名额几个 in people', () => {
    expect(terms('临江理工的大一普通专业转专业绩点要求')).toEqual(expect.arrayContaining(['一年级', '绩点']));
    expect(terms('临江理工的大一普通专业转专业绩点要求')).not.toContain('大一普通');
    expect(askedUnitWord('会计学转专业名额几个')?.unitClass).toBe('people');
  });
});

describe('one-character acts, glosses and classifiers', () => {
  it('keeps a one-character verb that names an act (借, 住) as a light term and the measure, but not one that says how (想, 拿)', () => {
    const q = parseQuery('临江理工本科生一次最多借几本书？', ctx);
    expect(q.terms.find((t) => t.term === '借')?.weight).toBeLessThan(1);
    expect(q.measure).toEqual(['借']);
    expect(terms('临江理工想拿奖学金要什么条件')).not.toEqual(expect.arrayContaining(['想', '拿']));
  });

  it('reads 几本书 as the classifier 本 counting books, and 多少本科生 as people', () => {
    expect(askedUnitWord('一次最多借几本书？')?.unit).toBe('本');
    expect(askedUnitWord('今年招多少本科生')?.unitClass).toBe('people');
    // (…but 多少学生资助资金 counts money: 学生 only says whose.)
    expect(askedUnitWord('一共发了多少学生资助资金')?.unitClass).not.toBe('people');
    // (…while a verb between keeps the people counted: 多少学生获得国家奖学金, 多少学生领取了补助金.)
    for (const q of ['有多少学生获得国家奖学金', '多少学生申请了助学金', '学校有多少学生领取了补助金？']) expect(askedUnitWord(q)?.unitClass).toBe('people');
  });

  it('reads the Chinese gloss in brackets for the English words before it, keeping the framing words', () => {
    expect(withoutGlossed('which has more full-time teachers (专任教师)?')).toMatch(/more\s+专任教师/);
    expect(withoutGlossed('which has more full-time teachers (专任教师)?')).not.toContain('full-time');
    expect(terms('Which has more full-time teachers (专任教师), 临江理工?')).not.toContain('全日制');
  });

  it('reads 校园 in 哪个校园占地大 as the school itself, no topic a passage must name', () => {
    expect(terms('临江理工哪个校园占地大')).not.toContain('校园');
  });

  it('keeps the 学 of a short name run into 学业 or 学费 with the topic (栖医大学业奖学金)', () => {
    const m = { ...ctx, matcher: createSchoolMatcher(['栖州医科大学']) };
    const q = parseQuery('栖医大学业奖学金学院公示几天？', m);
    expect(q.schools).toEqual(['栖州医科大学']);
    expect(q.unknownSchools).toEqual([]);
    expect(q.terms.map((t) => t.term)).toContain('学业');
  });

  it('asks money of an English question about a scholarship or allowance', () => {
    expect(parseQuery('What is the first-class academic scholarship for PhD students at 临江理工?', ctx).unit).toBe('money');
  });

  it('reads 存在哪些问题 as a list asked, not a place (在哪), and 馆里 as the documents’ 馆内', () => {
    const q = parseQuery('临江理工信息公开存在哪些问题？', ctx);
    expect(q.intent).not.toBe('where');
    expect(q.listed).toBe('问题');
    const known = (w: string) => w !== '馆里';
    expect(parseQuery('临江理工哪些书只能在馆里看', { ...ctx, known }).terms.map((t) => t.term)).toContain('馆内');
  });

  it('keeps a negated kind whole (非师范), which no 非公费师范 passage holds', () => {
    expect(terms('临江理工非师范专业学费多少')).toContain('非师范');
  });

  it('reads a key that a one-character prefix makes another (副教授) without the shorter key’s synonyms (教授 → 正高级)', () => {
    expect(terms('临江理工副教授的博士安家费多少')).toContain('副高级');
    expect(terms('临江理工副教授的博士安家费多少')).not.toContain('正高级');
    expect(terms('临江理工教授的博士安家费多少')).toContain('正高级');
  });

  it('measures the amount named before a one-character verb (住宿费要缴多少), and keeps 报到 as a word', () => {
    expect(parseQuery('临江理工住宿费要缴多少', ctx).measure).toEqual(['住宿费']);
    expect(parseQuery('临江理工报到要多少天', ctx).measure).toEqual(['报到']);
  });
});

describe('offices named with a one-character office word', () => {
  it('keeps 收费科 whole, with 收费 as a lighter piece and no bare 科', () => {
    const t = parseQuery('临江理工收费科电话多少', ctx).terms;
    expect(t.find((x) => x.term === '收费科')?.weight).toBe(1);
    expect(t.find((x) => x.term === '收费')!.weight).toBeLessThan(1);
    expect(t.some((x) => x.term === '科')).toBe(false);
  });

  it('joins only a word and an office character typed together', () => {
    expect(withOfficeSuffix(['收费', '科', '电话'], '收费科电话')).toEqual(['收费科', '电话']);
    expect(withOfficeSuffix(['收费', '电话'], '收费 电话')).toEqual(['收费', '电话']);
  });
});

describe('the unit a share is asked in', () => {
  it('reads 比例多大 and 占比有多大 as a share, 面积多大 as an area', () => {
    expect(askedUnit('毕业生留在本省工作的比例多大')).toBe('percent');
    expect(askedUnit('省内就业占比有多大')).toBe('percent');
    expect(askedUnit('校园面积多大')).toBe('area');
  });
});

describe('asks that are no topic', () => {
  it('drops an A-not-A ask (贵不贵, 高不高) and keeps a rate whole (离职率)', () => {
    expect(terms('临江理工学费贵不贵')).not.toContain('贵不贵');
    const t = terms('临江理工离职率高不高');
    expect(t).toContain('离职率');
    expect(t.some((x) => x.includes('高'))).toBe(false);
  });
});
