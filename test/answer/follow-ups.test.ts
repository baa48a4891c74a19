// What a follow-up keeps from the question before it and what it swaps: the same kind of word
// (another 专业, another place of origin, another numbered row and the words that described it).
import { describe, expect, it } from 'vitest';
import { questionParts, understand } from '../../src/answer/understand.js';
import { createSchoolMatcher } from '../../src/retrieve/schools.js';
import { loadLexicon } from '../../src/text/synonyms.js';

const ctx = { matcher: createSchoolMatcher(['青禾理工大学']), lexicon: loadLexicon(), known: () => true };
const sources = (previous: string, followUp: string) =>
  new Set(understand(followUp, { today: new Date('2025-03-01'), context: { question: previous, school: '青禾理工大学' } }, ctx).terms.map((t) => t.source));

const weights = (previous: string, followUp: string) =>
  new Map(
    understand(followUp, { today: new Date('2025-03-01'), context: { question: previous, school: '青禾理工大学' } }, ctx).terms.map((t) => [t.term, t.weight]),
  );

describe('follow-ups', () => {
  it('carries on when the follow-up names nothing but the kind of place it asks (转进去以后在哪个校区上课), and asks where', () => {
    // (Words the documents do not use: 进去, 以后, 上课.)
    const unused = new Set(['转', '进去', '以后', '上课']);
    const q = understand(
      '转进去以后在哪个校区上课？',
      { today: new Date('2025-03-01'), context: { question: '青禾理工学前教育（师范）接收多少转专业学生？', school: '青禾理工大学' } },
      { ...ctx, known: (t: string) => !unused.has(t) },
    );
    expect(q.intent).toBe('where');
    expect(q.terms.map((t) => t.source)).toContain('学前教育');
  });

  it('splits parallel asks listed with 、 (预算多少、决算多少) into two parts of one subject, and leaves a list of things whole', () => {
    expect(questionParts('青禾理工公务用车运行维护费2023年预算多少、决算多少')).toEqual(['青禾理工公务用车运行维护费2023年预算多少', '青禾理工公务用车运行维护费2023年决算多少']);
    expect(questionParts('青禾理工学费、住宿费多少')).toEqual(['青禾理工学费、住宿费多少']);
    expect(questionParts('青禾理工本科生多少、博士多少')).toEqual(['青禾理工本科生多少', '青禾理工博士多少']);
    // (Not a name or a time in the measure's place: those are other questions, left whole.)
    expect(questionParts('浙江大学学费多少、清华大学多少')).toEqual(['浙江大学学费多少、清华大学多少']);
    expect(questionParts('今年招生计划多少、去年多少')).toEqual(['今年招生计划多少、去年多少']);
  });

  it('swaps one subject category or campus for another and keeps the measure asked (历史类呢 after 物理类平均分; 南汀校区的呢)', () => {
    const w = weights('青禾理工湖南物理类平均分多少？', '历史类呢');
    expect(w.get('历史')).toBe(1);
    expect(w.get('物理') ?? 0).toBeLessThan(0.5);
    expect(w.get('平均分') ?? 0).toBeGreaterThanOrEqual(0.5);
    const c = weights('青禾理工学生寒假放到几号', '南汀校区的呢？');
    expect(c.get('南汀校区')).toBe(1);
    expect(c.get('寒假') ?? 0).toBeGreaterThan(0);
  });

  it('carries on from the last question when an English one opens with "And for…"', () => {
    const en = sources('How much is a 4-person dorm at Qinghe Tech?', 'And for students who enrolled in 2023?');
    expect(en.has('dorm')).toBe(true);
    expect(en.has('2023级')).toBe(true);
  });

  it('lets a follow-up with words of its own (毕业生…期望) outweigh the previous scene', () => {
    const w = weights('青禾理工的用人单位招聘时愿意给的平均薪资是多少？', '那毕业生自己期望拿多少？');
    expect(w.get('期望')).toBe(1);
    expect(w.get('用人单位')!).toBeLessThan(1);
  });

  it('asks a figure of its own kind when the question before asked whether (那…最长能读几年 after 可以降级吗)', () => {
    const q = understand('那降级以后最长能读几年？', { today: new Date('2025-03-01'), context: { question: '青禾理工转专业可以降级吗？', school: '青禾理工大学' } }, ctx);
    expect(q).toMatchObject({ intent: 'figure', unit: 'time' });
  });

  it('reads a room asked after another fee (住六人间又要多少 after 学费…) as asking its 住宿费', () => {
    const w = weights('青禾理工专科护理学费多少？', '住六人间又要多少？');
    expect(w.get('住宿费')).toBe(1);
    expect(w.get('6人间') ?? w.get('六人间')).toBeDefined();
  });

  it('lets one other measure asked (住宿费呢 after 单招学费…) outweigh the previous scene, but not a verb (调整呢)', () => {
    const w = weights('青禾理工2018年单招学费一年多少？', '住宿费呢？');
    expect(w.get('住宿费')).toBe(1);
    expect(w.get('单独招生')!).toBeLessThan(0.75);
    const v = weights('青禾理工2018年单招学费一年多少？', '那调整呢？');
    expect(v.get('单独招生')).toBe(0.75);
  });

  it('weighs a clause of purpose (想去查政府信息，…) below the clause that asks, not one naming the topic', () => {
    const q = understand('想去查政府信息，青禾理工全校一共有几个查阅点', { today: new Date('2025-03-01') }, ctx);
    const w = new Map(q.terms.map((t) => [t.term, t.weight]));
    expect(w.get('政府')!).toBeLessThan(w.get('查阅')!);
    const topic = understand('青禾理工成人教育专升本，医学类一个学分收多少钱？', { today: new Date('2025-03-01') }, ctx);
    expect(topic.terms.find((t) => t.term === '专升本')?.weight).toBe(1);
    // A lead-in naming the row asked (带空调的四人间) states what is asked.
    const row = understand('想住带空调的四人间，青禾理工住宿费多少', { today: new Date('2025-03-01') }, ctx);
    expect(row.terms.find((t) => t.term === '空调')?.weight).toBe(1);
  });

  it('keeps the measure asked when the follow-up only swaps a modifier (北山校区呢 after 明湖校区…住宿费)', () => {
    const w = weights('青禾理工明湖校区四人间住宿费多少？', '北山校区呢？');
    expect(w.get('住宿费')).toBe(1);
    expect(w.get('北山')).toBe(1);
  });

  it('keeps a row written another way (4人间 for 四人间), and lets a negated word replace its positive (没空调 for 带空调)', () => {
    const s = sources('青禾理工四人间带空调住宿费多少？', '那没空调的四人间呢');
    expect(s.has('四人间')).toBe(true);
    expect(s.has('带空调')).toBe(false);
    const d = sources('青禾理工研究生宿舍四人间住宿费多少？', '那双人间呢？');
    expect(d.has('双人间')).toBe(true);
    expect(d.has('四人间')).toBe(false);
  });

  it('reads 数据 as the answer itself, no topic (到年底的数据呢), and 年底 as 年终', () => {
    const w = weights('青禾理工2024届去向落实率多少？', '到年底的数据呢？');
    expect(w.has('数据')).toBe(false);
    expect(w.get('年终')).toBeGreaterThan(0);
  });

  it('reads 那 opening a follow-up as no word (那大三大四呢), and two 专业 joined by 和 apart', () => {
    const s = sources('青禾理工软件工程学费多少？', '那大三大四呢？');
    expect([...s].some((w) => w.startsWith('那'))).toBe(false);
    const t = sources('青禾理工临床医学专业对外语有要求吗？', '那英语和翻译专业呢？');
    expect(t.has('英语和翻译')).toBe(false);
  });

  it('swaps a 专业 for another and keeps what is asked of it', () => {
    const s = sources('青禾理工临床医学学费一年多少？', '那护理学呢？');
    expect(s.has('护理学')).toBe(true);
    expect(s.has('临床医学')).toBe(false);
    expect(s.has('学费')).toBe(true);
  });

  it('swaps a value of a table column for another of the same column (财务管理呢 after 物流管理…), whatever jieba cuts', () => {
    // The reports' tables: 物流管理 and 财务管理 both stand under 专业名称.
    const columns = new Map([
      ['物流管理', new Set(['专业名称'])],
      ['财务管理', new Set(['专业名称'])],
    ]);
    const withColumns = { ...ctx, columnsOf: (v: string) => columns.get(v) ?? new Set<string>() };
    const q = understand('财务管理呢？', { today: new Date('2025-03-01'), context: { question: '青禾理工专升本物流管理招多少人？', school: '青禾理工大学' } }, withColumns);
    const s = new Set(q.terms.map((t) => t.source));
    expect(s.has('财务管理')).toBe(true);
    expect(s.has('物流')).toBe(false);
    expect(s.has('专升本')).toBe(true);
  });

  it('swaps a place of origin for another', () => {
    const s = sources('青禾理工湖南考生提档比例是多少？', '那外省呢？');
    expect(s.has('外省')).toBe(true);
    expect(s.has('湖南')).toBe(false);
  });

  it('drops the words that described a numbered row it replaces', () => {
    const s = sources('青禾理工四人间独卫空调的住宿费多少？', '那六人间呢？');
    expect(s.has('六人间')).toBe(true);
    expect([...s].some((w) => /四人间|独卫|空调/.test(w))).toBe(false);
    expect(s.has('住宿费')).toBe(true);
  });

  it('lets the previous measure step back with its synonyms when another is asked', () => {
    const q = understand('那住宿费呢？', { today: new Date('2025-03-01'), context: { question: '青禾理工高职学费一年多少？', school: '青禾理工大学' } }, ctx);
    const weight = (term: string) => q.terms.find((t) => t.term === term)?.weight ?? 0;
    expect(weight('住宿费')).toBe(1);
    expect(weight('学费')).toBeLessThan(0.5);
    expect(weight('学杂费')).toBeLessThan(0.5);
  });

  it('swaps staying in a province (留陕) for staying in a city (留在西安)', () => {
    const s = sources('青禾理工2023届毕业生留陕就业比例是多少？', '那留在西安的呢？');
    expect(s.has('西安')).toBe(true);
    expect(s.has('留陕')).toBe(false);
    expect(s.has('比例')).toBe(true);
  });

  it('reads 其中… as narrowing the previous total to a department, never as a topic word or an institution', () => {
    const q = understand(
      '其中信息工程学院发了多少？',
      { today: new Date('2025-03-01'), context: { question: '青禾理工这学年官网一共发了多少篇文章？', school: '青禾理工大学' } },
      ctx,
    );
    expect(q.schools).toEqual(['青禾理工大学']);
    expect(q.unknownSchools).toEqual([]);
    expect(q.qualifier).toBe('part');
    expect(q.terms.map((t) => t.term)).toContain('信息工程学院');
    expect(q.terms.map((t) => t.term)).not.toContain('其中');
  });
});

describe('questions in a message', () => {
  it('gives a later part opening with its ask the first part’s words before its ask, and splits two asks listed with 、', () => {
    expect(questionParts('甲职院南汀校区新生几号报到，几号正式上课？')).toEqual(['甲职院南汀校区新生几号报到', '南汀校区新生几号正式上课']);
    expect(questionParts('现场确认从哪天开始、哪天截止？')).toEqual(['现场确认从哪天开始', '现场确认哪天截止']);
    // (Only whom and where the first part asks about carries over, not its event or fee: 军训, 运动会, 学费.)
    expect(questionParts('甲理工军训几天，什么时候正式上课？')).toEqual(['甲理工军训几天', '什么时候正式上课']);
    expect(questionParts('甲职院运动会几号开，几号放国庆')).toEqual(['甲职院运动会几号开', '几号放国庆']);
    expect(questionParts('甲农大博士国家助学金每月多少？每个月几号发？')).toEqual(['甲农大博士国家助学金每月多少', '博士每个月几号发']);
    // (A part naming its own thing keeps its own words; a list of things with 、 is no two asks.)
    expect(questionParts('学费多少，住宿费多少')).toEqual(['学费多少', '住宿费多少']);
    expect(questionParts('学费、住宿费各多少')).toEqual(['学费、住宿费各多少']);
  });

  it('reads a segment that only ranks (谁最高) as the order of the one before, not a question of its own', () => {
    expect(questionParts('四所学校毕业去向落实率各是多少？谁最高？')).toEqual(['四所学校毕业去向落实率各是多少？谁最高？']);
    expect(questionParts('学费多少？住宿费多少？')).toHaveLength(2);
    // Two kinds of contact detail joined ask each.
    expect(questionParts('研招办电话跟邮箱给一下')).toEqual(['研招办电话给一下', '研招办邮箱给一下']);
    expect(questionParts('研招办电子邮件和电话')).toEqual(['研招办电子邮件', '研招办电话']);
    expect(questionParts('研招办电话、邮箱和地址')).toEqual(['研招办电话、邮箱和地址']);
    // 多大 asks too, even run into its verb by jieba (占多大).
    expect(questionParts('毕业生一共多少人？其中研究生占多大比例？')).toEqual(['毕业生一共多少人', '其中研究生占多大比例']);
  });

  it('reads an English "What is X, and Y?" as two questions asked the same way', () => {
    expect(questionParts("What is QTU's retest fee, and the yearly tuition for an academic master's?")).toEqual([
      "What is QTU's retest fee",
      "What is the yearly tuition for an academic master's",
    ]);
    // A second part with its own question word keeps it.
    expect(questionParts('How many job fairs were held, and how many employers came?')).toEqual(['How many job fairs were held', 'and how many employers came']);
  });

  it('asks what two joined topics share of each (计算机和软件工程专业学费分别…), keeping the institution whole', () => {
    const notes = understand('青禾理工计算机和软件工程专业学费分别是多少', { today: new Date('2025-03-01') }, ctx).notes.join(' ');
    expect(notes).toContain('“青禾理工计算机专业学费是多少” / “青禾理工软件工程专业学费是多少”');
  });
});

describe('topics listed with 、 and asked of each', () => {
  const parts = (q: string) => understand(q, { today: new Date('2025-03-01') }, ctx).parts?.map((p) => p.question) ?? [];

  it('asks each of three or more topics listed with 、 (分别)', () => {
    const p = parts('青禾理工那一学年学校网站、省市级媒体、微信抖音分别发了多少条？');
    expect(p).toHaveLength(3);
    expect(p[0]).toContain('学校网站');
    expect(p[1]).toContain('省市级媒体');
    expect(p[2]).toContain('微信抖音');
    expect(p.every((x) => x.includes('发了多少条'))).toBe(true);
  });

  it('asks each of two measures joined by 和, but not a sum or a comparison', () => {
    expect(parts('青禾理工物理类最高分和最低分是多少')).toHaveLength(2);
    expect(parts('青禾理工学费和住宿费一共多少')).toHaveLength(0);
    expect(parts('青禾理工学费和住宿费哪个高')).toHaveLength(0);
  });

  it('keeps the scope for both measures, leaves 各自/各项 and sums whole, and gives a shared last word to each item', () => {
    expect(parts('青禾理工计算机专业最高分和最低分是多少')).toEqual(['青禾理工计算机专业最高分是多少', '青禾理工计算机专业最低分是多少']);
    expect(parts('青禾理工男生人数和女生人数是几比几')).toHaveLength(0);
    expect(parts('青禾理工军训服、被褥、生活用品需要各自准备吗')).toHaveLength(0);
    expect(parts('青禾理工学费、住宿费、书本费各项加起来一共多少')).toHaveLength(0);
    expect(parts('青禾理工保卫处、后勤处、教务处电话分别是多少').every((p) => p.includes('电话'))).toBe(true);
    expect(parts('青禾理工2022届、2023届、2024届的就业率分别是多少')).toHaveLength(3);
  });
});
