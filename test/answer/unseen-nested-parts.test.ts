// Two-part questions on an invented charter and fee board: a topic joined after a comma keeps the comma with the scope
// (录取时，平行志愿和非平行志愿分别…), so 非平行志愿 stays one word; and one part of several that joins its own topics
// (普通号和急诊号各多少？周末算哪种？) asks each of them; and two asks listed with 、 whose second measure is two words
// (招生计划多少人、实际录取多少人) are two parts.
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/answer/understand.js';
import { answererFor, corpusOf } from '../helpers.js';

const CHARTER = `蕖川农业学院2025年招生章程

第五章 录取
第十八条 学校按照各省级招生主管部门确定的投档规则投档。
第十九条 考生志愿为平行志愿时，各志愿同等对待；考生志愿为非平行志愿时，按照考生志愿顺序录取，优先录取第一志愿，第一志愿生源不足时依次录取后续志愿的考生。
第二十条 进档考生专业安排按分数优先的原则。
第二十一条 2024年学校普通高考招生计划4,850人，实际录取4,763人，新生报到4,521人。
`;

const FEES = `蕖川农业学院收费公示

七、其他收费
| 收费项目 | 执行标准 | 备注 |
| --- | --- | --- |
| 挂号费 | 普通挂号：1元／人 | 工作日 |
| 急诊挂号 | 2元／人 | 法定假日、双休日按急诊挂号收费 |
| 体检费 | 60元／人 | 新生入学 |
`;

describe('two-part questions whose parts join topics', async () => {
  const bot = await answererFor(corpusOf({ 'qcny-charter-2025.txt': CHARTER, 'qcny-fees.md': FEES }));

  it('keeps the comma with the scope when splitting joined topics, so a word opening with 非 stays whole', async () => {
    expect(questionParts('蕖川农院录取时，平行志愿和非平行志愿分别怎么处理？')).toHaveLength(1);
    const a = await bot.answer('蕖川农院录取时，平行志愿和非平行志愿分别怎么处理？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('各志愿同等对待');
    expect(a.answer).toContain('优先录取第一志愿');
  });

  it('splits one part of several that joins its own topics', async () => {
    const a = await bot.answer('蕖川农院挂号费普通号和急诊号各多少？周末去算哪种？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('1元／人');
    expect(a.answer).toContain('2元／人');
    expect(a.answer).toContain('双休日按急诊挂号收费');
  });

  it('splits two asks listed with 、 when the second measure is two words', async () => {
    expect(questionParts('蕖川农院普通高考招生计划多少人、实际录取多少人？')).toHaveLength(2);
    const a = await bot.answer('蕖川农院普通高考招生计划多少人、实际录取多少人？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('4,850人');
    expect(a.answer).toContain('4,763人');
  });

  it('splits a pair joined in a clause of its own, each asked in the clause after it (…和团委抖音“…”，各发了多少)', async () => {
    const report = `芃溪职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（二）新媒体平台。学校官方微信视频号发布视频57个，进行了3场直播。校团委抖音账号“芃团小青”共计发布视频31条，深受青年喜爱。
`;
    const own = await answererFor(corpusOf({ 'px-2024.txt': report }));
    const a = await own.answer('芃溪职院的视频号和团委抖音“芃团小青”，去年各发了多少条视频？');
    expect(a.answer).toContain('视频57个');
    expect(a.answer).toContain('视频31条');
  });

  it('gives a later part that is only its ask (在哪办) the first part\'s topic with that ask in its place', () => {
    expect(questionParts('芃溪职院机电学院几号办离校？在哪办？')).toEqual(['芃溪职院机电学院几号办离校', '芃溪职院机电学院在哪办离校']);
    // (A part naming a thing of its own keeps it; one asking of another act, 交, or money keeps its own words.)
    expect(questionParts('芃溪职院几号报到？宿舍在哪？')[1]).toBe('宿舍在哪');
    expect(questionParts('芃溪职院新生几号报到？在哪交？')[1]).toBe('在哪交');
    expect(questionParts('芃溪职院学费什么时候交？要多少钱？')[1]).toBe('要多少钱');
  });

  it('splits a pair one of which is a name typed in quotes (学工网站和“心理小屋”公众号各发了多少)', async () => {
    const report = `芃溪职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（三）学生管理服务信息。学工网站共发布196条（其中学工动态92条、通知公告41条、心理健康教育63条）；微信公众号平台共发布240条（其中心灵驿站19条、青春芃溪121条、学生会100条）。
`;
    const own = await answererFor(corpusOf({ 'px-2024.txt': report }));
    const a = await own.answer('芃溪职院心理健康的内容，学工网站和“心灵驿站”公众号各发了多少？', { explain: true });
    expect(a.explain?.understand.parts).toHaveLength(2);
    expect(a.answer).toContain('心理健康教育63条');
    expect(a.answer).toContain('心灵驿站19条');
  });

  it('leaves a pair sharing a measure after 的 to the rules for joined topics (本科和专科的学费，分别是多少)', async () => {
    const a = await bot.answer('蕖川农院挂号费和急诊挂号的收费，分别是多少？', { explain: true });
    for (const p of a.explain?.understand.parts ?? []) expect(p).not.toMatch(/^蕖川农院挂号费，/);
  });

  it('asks each of a pair whose last clause asks which is more (专栏发的条数和官网发的新闻，哪个多)', async () => {
    const report = `芃溪职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（一）信息公开专栏发布信息412条。
（二）官方网站发布新闻398条、通知及公告61条。
`;
    const own = await answererFor(corpusOf({ 'px-2024.txt': report }));
    const a = await own.answer('芃溪职院去年，信息公开专栏发的条数和官网发的新闻，哪个多？');
    expect(a.answer).toContain('412条');
    expect(a.answer).toContain('398条');
  });
});

