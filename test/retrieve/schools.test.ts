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

  it('reads invented names by their parts: a locative first word (岭北), 农大 for 农林大学, a county alone for its bureau', () => {
    const m = createSchoolMatcher(['岭北农林大学', '青岚县教育局']);
    expect(m.find('岭北农大博士助学金多少').map((h) => h.school)).toEqual(['岭北农林大学']);
    expect(m.find('岭农大学业奖学金').map((h) => h.school)).toEqual(['岭北农林大学']);
    expect(m.resolve('青岚县')).toBe('青岚县教育局');
    // "两所大学" counts institutions; it names none.
    expect(m.unknown('两所大学的住宿费分别是多少')).toEqual([]);
  });

  it('reads a normal school’s place jieba takes for a common noun (青石) as its place (青师院), but never pairs a province’s first character (江财)', () => {
    expect(createSchoolMatcher(['青石师范学院']).find('青师院助学金多少').map((h) => h.school)).toEqual(['青石师范学院']);
    // 江财 is what people call 江西财经大学: a city school opening with a province's character does not take it.
    expect(createSchoolMatcher(['江门财经学院']).find('江财学费多少')).toEqual([]);
  });

  it('names schools written out in English beside an acronym found (WUST, Jishou University and …)', () => {
    const m = createSchoolMatcher(['武汉科技大学', '吉首大学', '哈尔滨信息工程学院'], { 武汉科技大学: ['WUST'] });
    const found = m.find('What are the admissions phone numbers of WUST, Jishou University and Harbin Institute of Information Technology?').map((h) => h.school);
    expect(found).toEqual(['武汉科技大学', '吉首大学', '哈尔滨信息工程学院']);
  });

  it('does not take a generic word (技术学院, 科技学院) for an institution', () => {
    expect(matcher.find('技术学院和科技学院有什么区别')).toEqual([]);
  });

  it('names an institution the index does not hold, even when it contains a known short form', () => {
    expect(matcher.find('湖南铁道职业技术学院的单招章程在哪看？')).toEqual([]);
    expect(matcher.unknown('湖南铁道职业技术学院的单招章程在哪看？')).toEqual(['湖南铁道职业技术学院']);
    expect(matcher.unknown('北京大学的招生章程')).toEqual(['北京大学']);
    expect(matcher.unknown('哪所学校的官微发得最多')).toEqual([]);
    // 大学 opening a word of its own (大学英语, 大学生) ends no name: 专升本大学 is none.
    expect(matcher.unknown('专升本大学英语哪天考')).toEqual([]);
    expect(matcher.unknown('想问下经济学院路怎么走')).toEqual([]);
    // …while a department after a university keeps the university named (浙江大学计算机学院).
    expect(matcher.unknown('浙江大学计算机学院的电话是多少')).toContain('浙江大学');
  });

  it('starts a name after a verb of going (博士去青禾师范学院), not inside the words before it', () => {
    const m = createSchoolMatcher(['青禾师范学院']);
    expect(m.find('副教授职称的博士去青禾师范学院，安家费给多少？').map((h) => h.school)).toEqual(['青禾师范学院']);
    expect(m.unknown('副教授职称的博士去青禾师范学院，安家费给多少？')).toEqual([]);
    expect(m.unknown('硕士考北岭大学难吗')).toEqual(['北岭大学']);
  });

  it('reads no time word into a name (襄阳科职去年在学校…), and takes the end of a school’s own name typed after its short form', () => {
    expect(matcher.find('襄阳科职去年在学校官网发了多少条信息？').map((h) => h.school)).toEqual(['襄阳科技职业学院']);
    expect(matcher.unknown('襄阳科职去年在学校官网发了多少条信息？')).toEqual([]);
    expect(matcher.unknown('今年湖南师范大学学费多少')).toEqual(['湖南师范大学']);
    const m = createSchoolMatcher(['哈尔滨信息工程学院']);
    expect(m.find('哈信息工程学院单招的学费是多少').map((h) => h.alias)).toEqual(['哈信息工程学院']);
  });

  it('reads a department after a contracted short name (澜师文学院) as that school’s, but a place opening another name (澜江医学院) as another school', () => {
    const m = createSchoolMatcher(['澜州师范学院', '汀溪理工大学']);
    expect(m.find('澜师文学院今年招哪几个岗位？').map((h) => h.school)).toEqual(['澜州师范学院']);
    expect(m.unknown('澜师文学院今年招哪几个岗位？')).toEqual([]);
    expect(createSchoolMatcher(['澜江师范大学']).unknown('澜江医学院研究生复试费多少')).toEqual(['澜江医学院']);
    expect(createSchoolMatcher(['澄江理工大学', '澄江中医药大学', '澄江省发展和改革委员会']).unknown('澄理工软件工程和澄江财经学院会计学，哪个学费贵？')).toEqual(['澄江财经学院']);
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

describe('public bodies named by a part of their name', () => {
  const BODIES = ['临江市人民政府办公厅', '临江市西湖区人民政府', '临江市科学技术委员会', '北岭省教育厅'];
  const m = createSchoolMatcher(BODIES);
  const FORMS: [string, string][] = [
    ['临江市政府去年公开了多少条信息', '临江市人民政府办公厅'],
    ['临江市人民政府办公厅的依申请公开', '临江市人民政府办公厅'],
    ['西湖区收到多少申请', '临江市西湖区人民政府'],
    ['西湖区政府的行政复议', '临江市西湖区人民政府'],
    ['市科委发布了多少文件', '临江市科学技术委员会'],
    ['临江科委的政策解读', '临江市科学技术委员会'],
    ['北岭省教育厅的年报', '北岭省教育厅'],
  ];
  it.each(FORMS)('recognises "%s" as %s', (q, body) => {
    expect(m.find(q).map((h) => h.school)).toEqual([body]);
  });

  it('asks back when a name fits two bodies equally (临江市 → 办公厅 or 科委?)', () => {
    const two = createSchoolMatcher(['临江市人民政府办公厅', '临江市人民政府']);
    // The nearer one wins: 临江市政府 drops less from 临江市人民政府 than from its 办公厅.
    expect(two.find('临江市政府公开了什么').map((h) => h.school)).toEqual(['临江市人民政府']);
    const twin = createSchoolMatcher(['赣州商务职业学院', '赣州商务技术职业学院']);
    expect(twin.ambiguous('赣州商务职院官微')).toEqual([{ alias: '赣州商务职院', index: 0, schools: ['赣州商务职业学院', '赣州商务技术职业学院'] }]);
  });

  it('derives a university name without its city, and never a bare place', () => {
    expect(deriveAliases('武汉科技大学')).toEqual(expect.arrayContaining(['武汉科大']));
    expect(deriveAliases('武汉科技大学')).not.toContain('武汉');
    expect(deriveAliases('吉林大学')).toEqual(['吉林大学']);
    expect(createSchoolMatcher(['吉林大学', '吉林省教育厅']).find('吉林省教育厅发布的')).toEqual([{ school: '吉林省教育厅', alias: '吉林省教育厅', index: 0 }]);
  });

  it('reads the contracted names students write (place, name and type characters)', () => {
    // Invented names, so the rule is the grammar and not a list.
    const m2 = createSchoolMatcher(['衡阳理工大学', '衡阳理工大学清河学院', '岳阳牧业经济学院', '青川大学', '株洲职业技术学院']);
    expect(m2.find('衡理大去年学费多少').map((h) => h.school)).toEqual(['衡阳理工大学']);
    expect(m2.find('岳阳牧院怎么录取').map((h) => h.school)).toEqual(['岳阳牧业经济学院']);
    expect(m2.find('青川舞蹈专业要求').map((h) => h.school)).toEqual(['青川大学']);
    expect(m2.find('株洲职院住宿费').map((h) => h.school)).toEqual(['株洲职业技术学院']);
    // A college inside a university keeps its own short name; the university's contraction is the university's.
    expect(m2.find('清河学院住宿费').map((h) => h.school)).toEqual(['衡阳理工大学清河学院']);
    expect(m2.ambiguous('衡理大去年学费多少')).toEqual([]);
    // A province is never a university's short name, nor a city a vocational college's.
    expect(deriveAliases('湖南大学')).not.toContain('湖南');
    expect(deriveAliases('株洲职业技术学院')).not.toContain('株洲');
  });

  it('reads two-character contractions of a city name, a contraction whose first characters read as a word, and 交院', () => {
    const m8 = createSchoolMatcher(['襄樊科技职业学院', '常德工程大学', '湖南传媒职业技术学院', '澧阳交通职业技术学院']);
    expect(m8.find('襄科去年发了多少信息').map((h) => h.school)).toEqual(['襄樊科技职业学院']);
    // 常工 would read as a word; the form with its type character is still the name.
    expect(m8.find('常工大的升学率').map((h) => h.school)).toEqual(['常德工程大学']);
    expect(m8.find('澧阳交院毕业生多少').map((h) => h.school)).toEqual(['澧阳交通职业技术学院']);
    expect(m8.find('澧交的创业基地').map((h) => h.school)).toEqual(['澧阳交通职业技术学院']);
    // A province's first character never opens a bare pair (湖传 could be any 湖 school), nor a type's (湖大).
    expect(deriveAliases('湖南传媒职业技术学院')).not.toContain('湖传');
    expect(deriveAliases('株洲大众传媒学院')).not.toContain('株大');
    expect(deriveAliases('株洲大众传媒学院')).toContain('株洲大众传媒');
  });

  it('reads a contraction only where the question’s words start with it, and 大|学费 as no longer name', () => {
    const m11 = createSchoolMatcher(['合肥工业大学', '成都理工大学', '南京师范大学', '武汉科技大学']);
    for (const q of ['配合工作的情况', '形成理论', '河南师大学费多少', '云南师大学费']) expect(m11.find(q)).toEqual([]);
    expect(m11.find('合工大分数线').map((h) => h.school)).toEqual(['合肥工业大学']);
    expect(m11.find('请问武科大学费多少').map((h) => h.school)).toEqual(['武汉科技大学']);
    // A place of origin and a verb before it (湖南考生报…) do not make it part of a longer name.
    expect(m11.find('湖南考生报武科大要多少分').map((h) => h.school)).toEqual(['武汉科技大学']);
  });

  it('reads a normal school by its place character and 师 (鹿师, 杭师大), and a city body by its level (市教育局)', () => {
    const m9 = createSchoolMatcher(['鹿坪师范学院', '杭州师范大学', '青溪市教育局', '湖南师范大学']);
    expect(m9.find('鹿师住宿费多少').map((h) => h.school)).toEqual(['鹿坪师范学院']);
    expect(m9.find('杭师大学费').map((h) => h.school)).toEqual(['杭州师范大学']);
    expect(m9.find('市教育局去年收到几件申请').map((h) => h.school)).toEqual(['青溪市教育局']);
    expect(deriveAliases('湖南师范大学')).not.toContain('湖师');
  });

  it("reads a city's bare name as its government first, then its other bodies", () => {
    const m3 = createSchoolMatcher(['临江市人民政府办公厅', '临江市科学技术委员会', '青溪市教育局']);
    expect(m3.find('临江12345热线满意率').map((h) => h.school)).toEqual(['临江市人民政府办公厅']);
    expect(m3.find('青溪前年中考控制线').map((h) => h.school)).toEqual(['青溪市教育局']);
    // A province names its own bodies only, at the farthest cost: a school's longer name wins, and
    // a kind of school after it (浙江普通大学) is no unknown institution.
    const zj = createSchoolMatcher(['浙江省物价局', '浙江中医药大学']);
    expect(zj.find('浙江高校住宿费标准').map((h) => h.school)).toEqual(['浙江省物价局']);
    expect(zj.find('浙江中医药大学学费').map((h) => h.school)).toEqual(['浙江中医药大学']);
    expect(zj.unknown('浙江普通大学工科类专业基准学费')).toEqual([]);
  });

  it('does not read ordinary words as short names (电子邮箱, 东北地区, 上海事业单位, 湖南医院)', () => {
    const m5 = createSchoolMatcher(['电子科技大学', '东北大学', '上海海事大学', '湖南医药学院', '吉首大学']);
    expect(m5.find('招生办电子邮箱是多少')).toEqual([]);
    expect(m5.find('东北地区考生怎么录取')).toEqual([]);
    expect(m5.find('上海事业单位招聘')).toEqual([]);
    expect(m5.find('湖南医院体检')).toEqual([]);
    // A city-named university's city is a weak name: it yields to a place of origin and to any other name.
    expect(m5.find('吉首舞蹈专业身高要求').map((h) => h.school)).toEqual(['吉首大学']);
    expect(m5.find('吉首考生加分吗')).toEqual([]);
    expect(m5.find('东北大学在吉首招生吗').map((h) => h.school)).toEqual(['东北大学']);
    // Joined to another name by 和, a weak name is one of those compared.
    expect(m5.find('吉首和东北大学学费比一比').map((h) => h.school)).toEqual(['吉首大学', '东北大学']);
  });

  it('names a public body the index does not hold', () => {
    expect(m.unknown('上海市教育委员会的信息公开年报')).toEqual(['上海市教育委员会']);
  });
});

describe('institutions named in English', () => {
  const m = createSchoolMatcher(SCHOOLS);
  it.each([
    ['How many followers does the official WeChat account of Hunan Mass Media Vocational and Technical College have?', '湖南大众传媒职业技术学院'],
    ['How many web pages does Hunan Safety Technical Vocational College monitor?', '湖南安全技术职业学院'],
    ['Tuition at Hunan Petrochemical Vocational Technology College', '湖南石油化工职业技术学院'],
    ['What did Xiangyang Polytechnic publish last year?', '襄阳科技职业学院'],
  ])('recognises "%s" as %s', (q, school) => {
    expect(m.find(q).map((h) => h.school)).toEqual([school]);
  });

  it('reads a place that opens one covered name, and no province, as that institution (from Huaiyang, Qingshan’s)', () => {
    const m2 = createSchoolMatcher(['淮阳交通职业技术学院', '青山农业大学', '湖南大学']);
    expect(m2.find('If I withdraw from Huaiyang before Sept 30, how much is refunded?').map((h) => h.school)).toEqual(['淮阳交通职业技术学院']);
    expect(m2.find("How much is Qingshan's MBA per year?").map((h) => h.school)).toEqual(['青山农业大学']);
    expect(m2.find('How many students from Hunan?')).toEqual([]);
  });

  it('reads a normal university’s type as a word of its name (Nanyu Normal University is not Nanyu Vocational College)', () => {
    const nanyu = createSchoolMatcher(['南屿师范大学', '南屿职业技术学院']);
    expect(nanyu.find('When did Nanyu Normal University launch its new website?').map((h) => h.school)).toEqual(['南屿师范大学']);
  });

  it('reads "Institute of Technology" as the type of an engineering school, not 科技 (Wuhan Institute of Technology)', () => {
    const wuhan = createSchoolMatcher(['武汉科技大学', '武汉工程大学']);
    expect(wuhan.find("What share of Wuhan Institute of Technology's graduates went on to further study?").map((h) => h.school)).toEqual(['武汉工程大学']);
    expect(wuhan.find('Wuhan University of Science and Technology tuition').map((h) => h.school)).toEqual(['武汉科技大学']);
  });

  it('reads 农林 as "agriculture and forestry", so a name is not one pinyin run (Lingbei’s → 岭北农林大学)', () => {
    const m3 = createSchoolMatcher(['澄州理工大学', '岭北农林大学']);
    expect(m3.find("What's the phone number of Lingbei's graduate school training office?").map((h) => h.school)).toEqual(['岭北农林大学']);
    expect(m3.find('Lingbei University of Agriculture and Forestry tuition').map((h) => h.school)).toEqual(['岭北农林大学']);
  });

  it('reads a name whose core word another name shares (工程) apart from a better-read name beside it', () => {
    const m2 = createSchoolMatcher(['武汉科技大学', '武汉工程大学', '西安建筑科技大学', '哈尔滨信息工程学院']);
    const q = "Which had more 2023 graduates, Wuhan Institute of Technology or Xi'an University of Architecture and Technology?";
    expect(m2.find(q).map((h) => h.school).sort()).toEqual(['武汉工程大学', '西安建筑科技大学']);
  });

  it('asks back when an English name fits several (Hunan … College)', () => {
    expect(m.find('How many posts did Hunan Vocational College publish?')).toEqual([]);
  });

  it('reads several institutions named apart in one English question as all of them, not a tie', () => {
    const m7 = createSchoolMatcher(['澄江理工大学', '澄江中医药大学', '澄江财经学院']);
    const q = 'Compare the tuition of Chengjiang Chinese Medicine, Chengjiang Finance and Economics and Chengjiang University of Technology';
    expect(
      m7
        .find(q)
        .map((h) => h.school)
        .sort(),
    ).toEqual(['澄江中医药大学', '澄江理工大学', '澄江财经学院'].sort());
    expect(m7.ambiguous(q)).toEqual([]);
    // A topic word that is another name's word (safety) is no second institution.
    const m12 = createSchoolMatcher(['湖南大众传媒职业技术学院', '湖南安全技术职业学院']);
    expect(m12.find('What is the safety record of Hunan Mass Media students?').map((h) => h.school)).toEqual(['湖南大众传媒职业技术学院']);
    // A name read only by the place it shares (澄江 …, its 理工 left out) is not another one named.
    expect(m7.find('How many students did Chengjiang University of TCM have?').map((h) => h.school)).toEqual(['澄江中医药大学']);
  });

  it('reads usual romanisations, a name whose generic word is translated otherwise, and a distinctive name alone', () => {
    const m4 = createSchoolMatcher(['哈尔滨信息工程学院', '钱塘理工大学', '杭州市人民政府办公厅', '杭州市科学技术委员会', '西安职业技术学院']);
    expect(m4.find('Fees at Harbin Institute of Information Technology?').map((h) => h.school)).toEqual(['哈尔滨信息工程学院']);
    expect(m4.find("What was Qiantang's placement rate").map((h) => h.school)).toEqual(['钱塘理工大学']);
    expect(m4.find('Email of the Hangzhou government office').map((h) => h.school)).toEqual(['杭州市人民政府办公厅']);
    expect(m4.find("Xi'an Vocational and Technical College salary").map((h) => h.school)).toEqual(['西安职业技术学院']);
    // A province alone names its own bodies, as 浙江 does in Chinese.
    const m10 = createSchoolMatcher(['浙江省物价局', '浙江中医药大学']);
    expect(m10.find("Under Zhejiang's dorm fee notice, what is the cap for a 6-person room?").map((h) => h.school)).toEqual(['浙江省物价局']);
    // A city alone is not a name: Hangzhou could be either body.
    expect(m4.find('How many requests did Hangzhou get')).toEqual([]);
  });

  it('reads an acronym of the usual English name when it fits one institution only', () => {
    const m6 = createSchoolMatcher(['武汉科技大学', '武汉工程大学']);
    expect(m6.find("What is the postal code of WUST's admissions office?").map((h) => h.school)).toEqual(['武汉科技大学']);
    expect(m6.find('WHAT IS THE FEE')).toEqual([]);
  });

  it('reads places and core words it has no translation for in pinyin', () => {
    const other = createSchoolMatcher(['西京学院', '吉首大学']);
    expect(other.find('Xijing University employment rate').map((h) => h.school)).toEqual(['西京学院']);
    expect(other.find('How much is tuition at Jishou University?').map((h) => h.school)).toEqual(['吉首大学']);
  });
});

describe('names whose place no list knows', () => {
  // 澧阳 is no word jieba knows, 临溪 and 澄江 read as places: each contracts like 武科大.
  // 泓川 is two characters jieba reads one by one (泓 | 川): a place too, before a word of the name.
  const m = createSchoolMatcher(['澄江中医药大学', '临溪医科大学', '澧阳交通职业技术学院', '西京学院', '泓川理工大学', '泓川农业大学']);
  it.each([
    ['泓理工国家奖学金多少钱', '泓川理工大学'],
    ['泓农大宿舍电费', '泓川农业大学'],
    ['澄中医住宿费多少', '澄江中医药大学'],
    ['临医科学费', '临溪医科大学'],
    ['澧交职院就业率', '澧阳交通职业技术学院'],
  ])('recognises "%s" as %s', (q, school) => {
    expect(m.find(q).map((h) => h.school)).toEqual([school]);
  });
  it('still names a school without a place by its bare core only', () => {
    expect(deriveAliases('西京学院')).not.toContain('西京学');
    expect(deriveAliases('汽车工程学院').some((a) => a.length === 3)).toBe(false);
  });
});

describe('a bare place opening a comparison', () => {
  it('names its body when the message opens with it and joins another name with 和 (青岚县…和岭北农大…各多少)', () => {
    const m = createSchoolMatcher(['青岚县教育局', '岭北农林大学']);
    expect(m.find('青岚县高中生国家助学金和岭北农大硕士国家助学金一年各多少').map((h) => h.school)).toEqual(['青岚县教育局', '岭北农林大学']);
    // …not a place mid-sentence (where students come from) beside a named institution.
    expect(m.find('岭北农大招青岚县考生多少人').map((h) => h.school)).toEqual(['岭北农林大学']);
  });
});

describe('type words typed after a short name', () => {
  it('belong only to a school of that type (南屿职院 is not 南屿师范大学)', () => {
    const m = createSchoolMatcher(['南屿职业技术学院', '南屿师范大学']);
    expect(m.find('南屿职院就业率').map((h) => h.school)).toEqual(['南屿职业技术学院']);
    expect(m.ambiguous('南屿职院就业率')).toEqual([]);
  });
});

describe('aliases inside a longer unknown name', () => {
  it('are part of that other institution’s name (医科大学 of 南屿医科大学 is not 临溪医科大学)', () => {
    const m = createSchoolMatcher(['临溪医科大学', '浙江中医药大学']);
    expect(m.find('南屿医科大学4人间住宿费多少？')).toEqual([]);
    expect(m.unknown('南屿医科大学4人间住宿费多少？')).toEqual(['南屿医科大学']);
    expect(m.find('临医科住宿费多少？').map((h) => h.school)).toEqual(['临溪医科大学']);
    expect(m.find('浙中医大学生医保多少').map((h) => h.school)).toEqual(['浙江中医药大学']);
  });
});

describe('words a name never holds', () => {
  it('end an unknown name before them (审计组说|石化职院 names the known school)', () => {
    const m = createSchoolMatcher(['湖南石油化工职业技术学院']);
    const q = '省教育厅审计组说石化职院哪个东西没公开？';
    expect(m.find(q).map((h) => h.school)).toEqual(['湖南石油化工职业技术学院']);
    expect(m.unknown(q)).toEqual([]);
    expect(m.unknown('听说北京大学的学费涨了')).toEqual(['北京大学']);
    // 几个 counts: 几个二级学院 is no institution.
    expect(m.unknown('石化职院有几个二级学院？')).toEqual([]);
  });
});

describe('vocational colleges contracted with 职', () => {
  it('are their place, the first character of their name and 职 (襄阳科职, 襄阳科职院)', () => {
    const m = createSchoolMatcher(['襄阳科技职业学院', '湖南工程职业技术学院']);
    expect(m.find('湖南工程职院2023年和襄阳科职2024年，谁家官网发的信息更多？').map((h) => h.school)).toEqual([
      '湖南工程职业技术学院',
      '襄阳科技职业学院',
    ]);
    expect(m.find('襄阳科职院学费').map((h) => h.school)).toEqual(['襄阳科技职业学院']);
  });
});

describe('vocational colleges named only by their place', () => {
  it('contract to the place’s first character and 职院 (西职院, 深职院)', () => {
    const m = createSchoolMatcher(['西安职业技术学院', '西京学院', '深圳职业技术学院']);
    expect(m.find('西职院专升本的同学，升到哪所学校的最多？').map((h) => h.school)).toEqual(['西安职业技术学院']);
    expect(m.find('深职院学费').map((h) => h.school)).toEqual(['深圳职业技术学院']);
  });

  it('contract so from a place no list knows (金职院 of 金滨职业技术学院, 临职院 of 临州职业学院)', () => {
    const m = createSchoolMatcher(['金滨职业技术学院', '临州职业学院', '鹤溪师范大学']);
    expect(m.find('金职院去年的三公经费预算是多少？').map((h) => h.school)).toEqual(['金滨职业技术学院']);
    expect(m.find('临职院资助的钱都从哪几块来的').map((h) => h.school)).toEqual(['临州职业学院']);
  });
});

describe('medical schools named by their place', () => {
  it('are the place’s first character and 医 (棠医, 温医大), not a word of the language', () => {
    const m = createSchoolMatcher(['棠州医学院', '临溪医科大学']);
    expect(m.find('从凤栖机场打车到棠医大概多少钱').map((h) => h.school)).toEqual(['棠州医学院']);
    expect(m.find('临医大学费多少').map((h) => h.school)).toEqual(['临溪医科大学']);
    expect(m.find('中医院在哪')).toEqual([]);
  });
});

describe('vocational colleges named by their own word', () => {
  it('are that word’s first character and 院 (安院 of 湖南安全技术职业学院), never from a common word (工程)', () => {
    const m = createSchoolMatcher(['湖南安全技术职业学院', '湖南工程职业技术学院']);
    expect(m.find('安院信息工程学院网站发了多少篇？').map((h) => h.school)).toEqual(['湖南安全技术职业学院']);
    expect(m.find('工院发了多少篇')).toEqual([]);
  });
});

describe('universities contracted with the language’s own abbreviation of their type', () => {
  it('are their place and 农大/医大 (青山农大, 青农大), never a word of another kind (医院)', () => {
    const m = createSchoolMatcher(['青山农业大学', '湖南医药学院']);
    expect(m.find('想考兽医专硕，青山农大那边一年学费多少？').map((h) => h.school)).toEqual(['青山农业大学']);
    expect(m.find('青农大体检报告最晚什么时候交？').map((h) => h.school)).toEqual(['青山农业大学']);
    expect(m.find('湖南医院的电话')).toEqual([]);
  });
});

describe('partial names and conventional abbreviations', () => {
  it('never makes a whole name of a partial one with a type word typed after it (湖南石油学院 is another school)', () => {
    const m = createSchoolMatcher(['湖南石油化工职业技术学院', '河南牧业经济学院']);
    expect(m.find('湖南石油学院学费').map((h) => h.school)).toEqual([]);
    expect(m.unknown('湖南石油学院学费')).toEqual(['湖南石油学院']);
    expect(m.find('河南牧业国家助学金多少').map((h) => h.school)).toEqual(['河南牧业经济学院']);
  });

  it('abbreviates a university as place + 农大/工大 only for the words the abbreviation stands for (湖南工大 is no 湖南工商大学)', () => {
    const m = createSchoolMatcher(['湖南工商大学', '青山农业大学']);
    expect(m.find('湖南工大学费').map((h) => h.school)).toEqual([]);
    expect(m.find('青山农大学费').map((h) => h.school)).toEqual(['青山农业大学']);
  });

  it('reads no English place alone as a school where it is a government or where people come from', () => {
    const m = createSchoolMatcher(['襄阳科技职业学院', '淮阳交通职业技术学院']);
    expect(m.find('What did the Xiangyang government disclose in 2024?')).toEqual([]);
    expect(m.find('How many students from Xiangyang were admitted?')).toEqual([]);
  });
});

describe('a contraction followed by 院', () => {
  it('reads the 院 typed after a place-and-name pair as the school’s (淮交院)', () => {
    const m = createSchoolMatcher(['淮阳交通职业技术学院']);
    const hit = m.find('淮交院四人间带空调住宿费多少？');
    expect(hit.map((h) => h.school)).toEqual(['淮阳交通职业技术学院']);
    expect(hit[0]?.alias).toBe('淮交院');
  });
});

describe('contractions no rule derives', () => {
  it('read a short name whose characters the one institution’s name holds in order (海科大 of 南海科技大学)', () => {
    const m = createSchoolMatcher(['南海科技大学', '云平大学', '临州职业学院']);
    expect(m.find('海科大学硕一年学费多少钱？')).toMatchObject([{ school: '南海科技大学', alias: '海科大' }]);
    expect(m.find('海科大计算机学院研招咨询电话多少').map((h) => h.school)).toEqual(['南海科技大学']);
    // …and the department after it is no unknown institution.
    expect(m.unknown('海科大计算机学院研招咨询电话多少')).toEqual([]);
    // …beside another institution's name too.
    expect(m.find('海科大研究生助学贷款和临州职业学院专科生助学贷款各多少').map((h) => h.school)).toEqual(['南海科技大学', '临州职业学院']);
  });

  it('never from inside a word, a word of the language, a whole other name or a name two institutions fit', () => {
    const m = createSchoolMatcher(['南京师范大学', '湖南医药学院', '南海科技大学', '北海科技大学']);
    expect(m.find('河南师大学费多少')).toEqual([]);
    expect(m.find('湖南医院的电话')).toEqual([]);
    expect(m.find('海科大学费多少')).toEqual([]);
    // Another university named in full around it, or a place before the type, is that university.
    const n = createSchoolMatcher(['西安建筑科技大学', '浙江中医药大学', '浙江中医药大学滨江学院', '南海科技大学']);
    for (const q of ['北京建筑大学学费多少', '浙江大学的学费是多少', '西安科技大学学费', '湖南医药学院学费', '西安大学的学费', '南海大学学费']) expect(n.find(q), q).toEqual([]);
  });

  it('keep the place-and-医 short names of medical schools (杭医, 温医, 长医) and no field initial with 院 (交院)', () => {
    const m = createSchoolMatcher(['杭州医学院', '温州医科大学', '长沙医学院', '湖南交通职业技术学院']);
    expect(m.find('杭医学费多少').map((h) => h.school)).toEqual(['杭州医学院']);
    expect(m.find('温医的学费多少').map((h) => h.school)).toEqual(['温州医科大学']);
    expect(m.find('长医学费').map((h) => h.school)).toEqual(['长沙医学院']);
    expect(m.find('交院学费')).toEqual([]);
  });

  it('names a university of a place alone by the place’s first character and 大 (砚大), never a word (长大) or a province’s initial (吉大)', () => {
    const m = createSchoolMatcher(['砚溪大学', '长沙大学', '吉首大学']);
    expect(m.find('砚大信息学院有几个硕士拿了国奖').map((h) => h.school)).toEqual(['砚溪大学']);
    expect(m.unknown('砚大信息学院有几个硕士拿了国奖')).toEqual([]);
    expect(m.find('长大以后想读研')).toEqual([]);
    expect(m.find('吉大学费多少')).toEqual([]);
    // (…and before 学生 or 学费, which jieba runs 大 into: 砚大|学生, not 砚|大学生.)
    expect(m.find('砚大学生半夜看急诊能报销吗').map((h) => h.school)).toEqual(['砚溪大学']);
    expect(m.find('砚大学费多少').map((h) => h.school)).toEqual(['砚溪大学']);
    // (…only as a word of its own: 南大门 is a gate, 三大 a numeral.)
    const n = createSchoolMatcher(['南昌大学', '三峡大学']);
    expect(n.find('新生从南大门进')).toEqual([]);
    expect(n.find('三大球类运动')).toEqual([]);
  });

  it('names a normal university by a two-character place no dictionary knows (曜川 of 曜川师范大学), as 吉首 names 吉首大学', () => {
    const m = createSchoolMatcher(['曜川师范大学', '汀州大学']);
    expect(m.find('曜川的港澳台招生简章是哪天发的').map((h) => h.school)).toEqual(['曜川师范大学']);
  });
});
