// A passage that stops inside an enumeration is quoted with the items that follow it.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/answer/candidates.js';
import { withEnumeration, withParallelItems } from '../../src/answer/enumeration.js';

const passageOf = (doc: string, text: string): Passage => {
  const start = doc.indexOf(text);
  return { start, end: start + text.length, text, coverage: 1, score: 1, hasFigure: false, focus: true } as unknown as Passage;
};

describe('withEnumeration', () => {
  it('runs an introduction and its first item on through the items after it in the sentence (…不得申请：A；B；C。)', () => {
    const d = '三、条件\n有下列情形之一的，不予推荐：受到记过及以上处分的；本学年有课程重修未通过的；存在学术不端行为的。\n四、程序';
    const p = withEnumeration(passageOf(d, '有下列情形之一的，不予推荐：受到记过及以上处分的；'), d);
    expect(p.text).toBe('有下列情形之一的，不予推荐：受到记过及以上处分的；本学年有课程重修未通过的；存在学术不端行为的。');
    // (A sentence with no items after its first, or no introduction, is whole.)
    const single = '有下列情形的，不予推荐：受到处分的。其他情况另行通知；详见附件。';
    expect(withEnumeration(passageOf(single, '有下列情形的，不予推荐：受到处分的。'), single).text).toBe('有下列情形的，不予推荐：受到处分的。');
    // (以下 after an amount bounds it and introduces nothing: one tier is quoted alone.)
    const tiers = '家庭月人均收入500元以下：每月补助300元；500—1000元：每月补助150元；1000元以上：不予补助。';
    expect(withEnumeration(passageOf(tiers, '家庭月人均收入500元以下：每月补助300元；'), tiers).text).toBe('家庭月人均收入500元以下：每月补助300元；');
  });

  const doc = '第十九条　投档成绩相同时，依次按以下顺序比较：（一）三科总分；（二）数学单科成绩；（三）外语单科成绩。高考综合改革省份另行规定。';

  it('runs on through the items that follow in order, and stops after the last', () => {
    const p = withEnumeration(passageOf(doc, '投档成绩相同时，依次按以下顺序比较：（一）三科总分；'), doc);
    expect(p.text).toBe('投档成绩相同时，依次按以下顺序比较：（一）三科总分；（二）数学单科成绩；（三）外语单科成绩。');
  });

  it('runs an intro whose 下列 stands far from its colon (…可不在学校参保，但须在…前提交材料：) on through its unmarked item lines', () => {
    const d = '六、情形\n有下列情形之一的学生可不在学校参保，但须在2024年10月15日前向所在学院提交相关证明材料：\n已在户籍地参加2025年度城乡居民医保的；\n已参加职工基本医疗保险的；\n外国留学生（按规定购买综合保险）。\n港澳台学生可在校参保。';
    const intro = passageOf(d, '有下列情形之一的学生可不在学校参保，但须在2024年10月15日前向所在学院提交相关证明材料：');
    expect(withEnumeration(intro, d).text).toContain('外国留学生（按规定购买综合保险）。');
    expect(withEnumeration(intro, d).text).not.toContain('港澳台');
  });

  it('quotes a whole list of lines from its first item when a list is asked, and only then', () => {
    const d = '（一）存在的问题\n1.更新不够及时。\n2.平台有多个，有待整合。\n3.内容深度不够。\n（二）改进措施\n1.及时公开。';
    const item = passageOf(d, '2.平台有多个，有待整合。');
    expect(withEnumeration(item, d, true).text).toBe('1.更新不够及时。\n2.平台有多个，有待整合。\n3.内容深度不够。');
    expect(withEnumeration(item, d).text).toBe('2.平台有多个，有待整合。');
  });

  it('quotes the run of numbered lines when a list is asked and the answer stands inside one item’s body (items with leads)', () => {
    const d = '七、存在的问题\n1. 更新不及时。 个别网站三个月未更新。\n2. 解读不充分。 图解类信息仅占12%。\n3. 移动端不便。 表格显示不完整。\n八、改进措施\n1. 逐月检查。';
    const inside = passageOf(d, '图解类信息仅占12%。');
    expect(withEnumeration(inside, d, true).text).toBe('1. 更新不及时。 个别网站三个月未更新。\n2. 解读不充分。 图解类信息仅占12%。\n3. 移动端不便。 表格显示不完整。');
    expect(withEnumeration(inside, d).text).toBe('图解类信息仅占12%。');
  });

  it('runs the first clause of a labelled line to the line end when a list is asked (the clauses are the conditions)', () => {
    const d = '三、申请条件\n助学金：须经家庭经济困难认定；成绩位于本专业前50%，无不及格课程。\n兼得规定：另行公示。';
    const p = { ...passageOf(d, '助学金：须经家庭经济困难认定；'), hit: { chunk: { start: 0, end: d.length } } } as unknown as Passage;
    expect(withEnumeration(p, d, true).text).toBe('助学金：须经家庭经济困难认定；成绩位于本专业前50%，无不及格课程。');
    expect(withEnumeration(p, d).text).toBe('助学金：须经家庭经济困难认定；');
  });

  it('walks back only through items of the same style (1. under （一） is another list)', () => {
    const d = '（一）存在的问题\n1.平台有多个，有待整合。\n（二）整改措施\n1.整合平台。';
    const p = passageOf(d, '（二）整改措施');
    expect(withEnumeration(p, d, true).text).toBe('（二）整改措施');
  });

  it('runs one of a line of parallel items naming the thing listed to the whole line', () => {
    const d = '第十二条 办学地点：甲路6号（东湖校区）；乙街2号（西山校区）；丙路16号（北林校区）。\n第十三条 其他。';
    const p = passageOf(d, '乙街2号（西山校区）；');
    expect(withParallelItems(p, d, '校区').text).toBe('第十二条 办学地点：甲路6号（东湖校区）；乙街2号（西山校区）；丙路16号（北林校区）。');
    // Items that do not name the thing listed are no list of it.
    expect(withParallelItems(p, d, '宿舍').text).toBe('乙街2号（西山校区）；');
  });

  it('runs one item of a line of ；-separated items to the whole line when a list is asked', () => {
    const d = '2. 体检项目\n身高、体重、血压；内科、外科；血常规；心电图；结核病筛查。\n3. 体检费用';
    const p = { ...passageOf(d, '结核病筛查。'), hit: { chunk: { start: d.indexOf('身高'), end: d.length } } } as unknown as Passage;
    expect(withEnumeration(p, d, true).text).toBe('身高、体重、血压；内科、外科；血常规；心电图；结核病筛查。');
    expect(withEnumeration(p, d).text).toBe('结核病筛查。');
  });

  it('reads a clause naming 下列 things and ending in a colon as an introduction of the lines below', () => {
    const d = '（二）学士学位\n符合下列条件的，可申请学士学位：\n未受过处分；\n平均成绩70分及以上。\n八、其他';
    const p = passageOf(d, '符合下列条件的，可申请学士学位：');
    expect(withEnumeration(p, d).text).toBe('符合下列条件的，可申请学士学位：\n未受过处分；\n平均成绩70分及以上。');
  });

  it('runs an introduction on through item lines written without markers (a web page list), to the item closing with 。', () => {
    const d = '七、资格审查\n需提交以下材料：\n准考证、身份证原件；\n学生证原件；\n思想政治素质和品德考核表。\n八、复试费\n复试费每生100元。';
    const p = passageOf(d, '需提交以下材料');
    expect(withEnumeration(p, d).text).toBe('需提交以下材料：\n准考证、身份证原件；\n学生证原件；\n思想政治素质和品德考核表。');
  });

  it('runs an introduction ending in 依次为： on through the item lines below it', () => {
    const d = '主要渠道依次为：\n\n1. 校园招聘会（占41.3%）；\n2. 就业网（占18.6%）；\n3. 亲友推荐（占11.0%）。\n\n求职平均用时1.8个月。';
    expect(withEnumeration(passageOf(d, '主要渠道依次为：'), d).text).toBe('主要渠道依次为：\n\n1. 校园招聘会（占41.3%）；\n2. 就业网（占18.6%）；\n3. 亲友推荐（占11.0%）。');
  });

  it('reads numbered and circled items too', () => {
    const d = '材料包括：1.身份证；2.准考证；3.录取通知书。其他另行通知。';
    expect(withEnumeration(passageOf(d, '材料包括：1.身份证；'), d).text).toBe('材料包括：1.身份证；2.准考证；3.录取通知书。');
    const c = '渠道有：①官网；②公众号。';
    expect(withEnumeration(passageOf(c, '渠道有：①官网；'), c).text).toBe('渠道有：①官网；②公众号。');
  });

  it('reads a report’s own list (不足：一是…；二是…；三是…)', () => {
    const d = '但还存在一些不足：一是内容不够丰富；二是公开不够深入；三是互动性不足。下一步将改进。';
    expect(withEnumeration(passageOf(d, '但还存在一些不足：一是内容不够丰富；'), d).text).toBe('但还存在一些不足：一是内容不够丰富；二是公开不够深入；三是互动性不足。');
    // 唯一是 is no item.
    const u = '主要原因：唯一是经费；二是人员。';
    const q = passageOf(u, '主要原因：唯一是经费；');
    expect(withEnumeration(q, u)).toBe(q);
  });

  it('runs a numbered line opening a list of its own (（一）…取得了一定的成效：) to the items below numbered another way', () => {
    const d = '6、总结\n（一）学校本年度信息公开工作取得了一定的成效：\n1. 公开内容更加全面。\n2. 公开方式更加多样。\n3. 师生满意度提升。\n（二）存在的问题：\n1. 不够细化。';
    const p = withEnumeration(passageOf(d, '（一）学校本年度信息公开工作取得了一定的成效'), d, true);
    expect(p.text).toContain('3. 师生满意度提升。');
    expect(p.text).not.toContain('不够细化');
    // (Lines below numbered its own way are its siblings: no list of its own.)
    const siblings = '（一）学校概况：\n（二）招生信息。\n（三）财务信息。';
    const q = passageOf(siblings, '（一）学校概况');
    expect(withEnumeration(q, siblings, true).text).not.toContain('（三）');
  });

  it('leaves a passage alone when no item follows it', () => {
    const p = passageOf(doc, '高考综合改革省份另行规定。');
    expect(withEnumeration(p, doc)).toBe(p);
  });

  it('leaves a single item or a numbered heading whole', () => {
    const d = '1. 学校位于杭州，占地2000亩；2. 学校有学生3万人；3. 学校有教师2000人。';
    const p = passageOf(d, '1. 学校位于杭州，占地2000亩；');
    expect(withEnumeration(p, d)).toBe(p);
  });
});

describe('listHeadingOf', () => {
  it('reads the heading above items read as headings (（二）…。 under 二、报考条件)', async () => {
    const { listHeadingOf } = await import('../../src/answer/candidates.js');
    expect(listHeadingOf(['二、报考条件', '（二）在校期间未受过记过及以上纪律处分，或受处分但已解除。'])).toBe('二、报考条件');
    expect(listHeadingOf(['二、报考条件', '（一）网上报名'])).toBe('（一）网上报名');
  });
});

describe('a list of long items', () => {
  const long = (lead: string) => `${lead}${'围绕师生关切，细化公开条目，及时回应社会关注，'.repeat(8)}`;
  const doc = `（一）主要经验\n本学年，学校信息公开工作取得了一定成效。\n${long('1.学校全年投入专项经费1,234.56万元用于改善公开平台和条件，')}\n${long('2.突出民生导向，注重公开内容的实效性。')}\n（二）存在的问题\n1.更新不及时。`;

  it('cites the run of items below the section’s opening line and shows each item’s opening, never cutting a number', () => {
    const p = withEnumeration(passageOf(doc, '本学年，学校信息公开工作取得了一定成效。'), doc, true);
    expect(p.text.startsWith('1.学校全年投入专项经费1,234.56万元')).toBe(true);
    expect(p.text).not.toContain('更新不及时');
    const leads = p.leads!.map((l) => l.text);
    expect(leads[1]).toBe('2.突出民生导向，注重公开内容的实效性。');
    // (The first item's opening sentence is long: its first clause, whole numbers and all.)
    expect(leads[0]).toBe('1.学校全年投入专项经费1,234.56万元用于改善公开平台和条件，');
  });
});

describe('toRunInBody', () => {
  it('runs a numbered label of a few words on to the rest of its line, up to the next item', async () => {
    const { toRunInBody } = await import('../../src/answer/enumeration.js');
    const d = '3.5 不得参评情形。 受到处分的；学术不端的。\n第三条 申请条件：品学兼优。\n3.不收取任何费用。 4.报名截止时间为5月10日。';
    expect(toRunInBody(passageOf(d, '3.5 不得参评情形。'), d).text).toBe('3.5 不得参评情形。 受到处分的；学术不端的。');
    expect(toRunInBody(passageOf(d, '第三条 申请条件：'), d).text).toBe('第三条 申请条件：品学兼优。');
    // (The body stops where the next item opens on the line.)
    expect(toRunInBody(passageOf(d, '3.不收取任何费用。'), d).text).toBe('3.不收取任何费用。');
  });

  it('leaves a count or a quantity closing with a colon alone (4人间：, 2个校区：)', async () => {
    const { toRunInBody } = await import('../../src/answer/enumeration.js');
    const d = '4人间： 每人每年1200元。\n2个校区： 东校区和西校区。';
    for (const t of ['4人间：', '2个校区：']) expect(toRunInBody(passageOf(d, t), d).text).toBe(t);
  });

  it('stops the items below a line closing with a colon at a labelled line (联系地址：…)', () => {
    const d = '（三）报名须提交以下材料：\n身份证复印件；\n学历证书复印件；\n联系地址：荇塘市学府路8号。';
    const p = withEnumeration(passageOf(d, '（三）报名须提交以下材料：'), d);
    expect(p.text).toContain('学历证书复印件；');
    expect(p.text).not.toContain('联系地址');
  });

  it('reaches back over a line an item wraps onto (…比例偏 / 低。) to the list’s first item', () => {
    const d = '7.1 存在问题\n1. 生师比仍偏高，部分新办专业专任教师数量不足，高层次人才比例偏\n低。\n2. 实验室设备老化，生均实验经费偏低。\n3. 课程考核方式单一。\n7.2 改进措施\n';
    const p = withEnumeration(passageOf(d, '2. 实验室设备老化，生均实验经费偏低。'), d, true);
    expect(p.text).toContain('1. 生师比仍偏高');
    expect(p.text).toContain('3. 课程考核方式单一');
  });

  it('does not reach back over a heading line between two numbered runs (七、收费标准 above 18.)', () => {
    const d = '七、收费标准\n18.收费按物价部门核定的标准执行。\n八、奖学金\n19.学校设有国家奖学金、优秀学生奖学金。\n20.特困学生可申请助学贷款。\n';
    const p = withEnumeration(passageOf(d, '19.学校设有国家奖学金、优秀学生奖学金。'), d, true);
    expect(p.text).not.toContain('收费标准');
    expect(p.text).not.toContain('18.');
  });

  it('takes the sentence after it along when that sentence gives the items (…公开相关信息。包括A、B、C等。)', () => {
    const d = '学校严格选人用人，主动向社会公开相关信息。包括教师招聘、职称评定、人事任免等。全年发布信息20次。';
    const p = withEnumeration({ ...passageOf(d, '学校严格选人用人，主动向社会公开相关信息。'), hit: { chunk: { docId: 'd', section: [], text: d, start: 0 } } } as unknown as Passage, d, true);
    expect(p.text).toContain('人事任免');
    expect(p.text).not.toContain('20次');
  });
});
