import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/ingest/lines.js';
import { parseReport } from '../../src/ingest/parse.js';
import { recoverSections } from '../../src/ingest/structure.js';
import type { ReportDocument } from '../../src/types.js';
import { REPORTS, ROOT, report } from '../helpers.js';

const expected: Record<string, { school: string; title: string; period: string; headings: { heading: string; children: string[] }[] }> = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/expected-structure.json'), 'utf8'),
);

const opts = { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 };

/** First- and second-level headings with their nesting, the shape the fixture is written in. */
export function outline(doc: ReportDocument) {
  return doc.sections
    .filter((s) => s.level === 1)
    .map((s) => ({ heading: s.heading, children: doc.sections.filter((c) => c.parent === s.id).map((c) => c.heading) }));
}

const BODY = '学校按要求及时公开了相关信息。同时接受师生和社会监督。';

function sectionsOf(text: string) {
  const { lines } = toLines(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t })));
  return recoverSections(lines, 0);
}

describe('structure of the shipped reports', () => {
  it('covers all five reports in the fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(REPORTS);
  });

  for (const file of REPORTS) {
    it(`recovers institution, period and the heading tree of ${file}`, async () => {
      const { doc } = await parseReport(file, report(file), opts);
      const want = expected[file]!;
      expect(doc.school).toBe(want.school);
      expect(doc.title).toBe(want.title);
      expect(doc.period.label).toBe(want.period);
      expect(outline(doc)).toEqual(want.headings);
      for (const s of doc.sections) expect(doc.text.slice(s.start, s.end)).toBe(s.heading);
    });
  }

  it('reads the statistics window when a report states one', async () => {
    const { doc } = await parseReport('p.txt', report('hunan-petrochemical-2021-2022.txt'), opts);
    expect(doc.window).toEqual({ start: '2021-09-01', end: '2022-08-31', text: '2021年9月1日起至2022年8月31日止' });
    expect(doc.period).toMatchObject({ kind: 'academic-year', label: '2021-2022学年', start: '2021-09-01', end: '2022-08-31' });
  });

  it('keeps a run-in heading "1.基本信息。" as its own section with the body after it', async () => {
    const { doc } = await parseReport('s.txt', report('hunan-safety-tech-2022-2023.txt'), opts);
    const s = doc.sections.find((x) => x.heading === '1.基本信息。')!;
    expect(s.path).toEqual(['二、主动公开情况', '（四）各单位专栏公开情况', '1.基本信息。']);
    expect(doc.text.slice(s.end).startsWith('党政办公室根据学校年度实际情况')).toBe(true);
  });

  it('splits "（一）明确职责任务，层层压实责任。一是…" into heading and body', async () => {
    const { doc } = await parseReport('m.txt', report('hunan-mass-media-2022-2023.txt'), opts);
    const s = doc.sections.find((x) => x.heading.startsWith('（一）明确职责任务'))!;
    expect(s.heading).toBe('（一）明确职责任务，层层压实责任。');
    expect(doc.text.slice(s.end).startsWith('一是根据教育部')).toBe(true);
  });

  it('treats a run of one-sentence numbered lines ("1.新媒体平台：…") as list items, not headings', async () => {
    const { doc, chunks } = await parseReport('e.txt', report('hunan-engineering-vtc-2023.txt'), opts);
    expect(doc.sections.some((s) => s.heading.startsWith('1.新媒体平台'))).toBe(false);
    const home = chunks.find((c) => c.text.includes('1.新媒体平台：'))!;
    expect(home.section).toEqual(['2、 主动公开情况', '（1） 主动公开信息的方式和途径']);
  });

  it('keeps a numbered run whose items own paragraphs as headings under their parent', async () => {
    const { doc } = await parseReport('e.txt', report('hunan-engineering-vtc-2023.txt'), opts);
    expect(doc.sections.find((s) => s.heading === '3． 资产采购信息公开')!.path).toEqual([
      '2、 主动公开情况',
      '（3） 主动公开的重点领域信息',
      '3． 资产采购信息公开',
    ]);
  });

  it('nests each 一、 run under the formal numerals above it (壹、 貳、 參、, traditional or simplified)', () => {
    const secs = sectionsOf(
      [
        '壹、概述',
        '一、組織領導。',
        BODY,
        '二、平臺建設。',
        BODY,
        '貳、主動公開情況',
        '一、公開數量。',
        BODY,
        '叁、依申请公开情况',
        '一、收到申请情况。',
        BODY,
      ].join('\n'),
    );
    expect(secs.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(['壹、概述', '貳、主動公開情況', '叁、依申请公开情况']);
    expect(secs.find((s) => s.heading === '一、公開數量。')?.path).toEqual(['貳、主動公開情況', '一、公開數量。']);
  });

  it('reads an attachment (附件：…) as a section of its own, outside the notice’s numbered points', () => {
    const secs = sectionsOf(
      ['一、调整学费标准。', BODY, '二、认真做好宣传解释工作。各有关高校要做好解释工作。', '附件：青禾省公办普通高校学费标准', '类 别：工科类 | 普通大学：5500', '类 别：其他专业 | 普通大学：4800'].join('\n'),
    );
    const annex = secs.find((s) => s.heading.startsWith('附件'));
    expect(annex?.path).toEqual(['附件：青禾省公办普通高校学费标准']);
  });

  it('continues mixed top-level numbering 1、 2、 三、 四、 at one level', () => {
    const secs = sectionsOf(['1、 概述', BODY, '2、 情况', '（1） 小节', BODY, '（2） 小节二', BODY, '三、第三部分', BODY, '4、 第四部分', BODY].join('\n'));
    expect(secs.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(['1、 概述', '2、 情况', '三、第三部分', '4、 第四部分']);
    expect(secs.filter((s) => s.level === 2).map((s) => s.heading)).toEqual(['（1） 小节', '（2） 小节二']);
  });

  it('lets （2） continue a （一） sequence and a gap (二、 then 四、) stay at the top level', () => {
    const secs = sectionsOf(['一、概述', '（一）甲', BODY, '（2） 乙', BODY, '（三）丙', BODY, '二、主动公开', BODY, '四、评议', BODY].join('\n'));
    expect(secs.map((s) => [s.level, s.heading])).toEqual([
      [1, '一、概述'],
      [2, '（一）甲'],
      [2, '（2） 乙'],
      [2, '（三）丙'],
      [1, '二、主动公开'],
      [1, '四、评议'],
    ]);
  });

  it('nests 1. under （一） and （1） under 1. in a conventional report', () => {
    const secs = sectionsOf(
      [
        '一、总体情况',
        '（一）主动公开',
        '1.规章制度',
        BODY,
        '（1）细项',
        BODY,
        '（2）细项二',
        BODY,
        '2.规范性文件',
        BODY,
        '（二）依申请公开',
        BODY,
        '二、存在问题',
        BODY,
      ].join('\n'),
    );
    expect(secs.map((s) => [s.level, s.heading])).toEqual([
      [1, '一、总体情况'],
      [2, '（一）主动公开'],
      [3, '1.规章制度'],
      [4, '（1）细项'],
      [4, '（2）细项二'],
      [3, '2.规范性文件'],
      [2, '（二）依申请公开'],
      [1, '二、存在问题'],
    ]);
  });

  it('reads a run of （一）… clauses closed by ；and the last by 。 as the items of one sentence, not headings', () => {
    const secs = sectionsOf(
      [
        '第一章　总则',
        '第六条　有下列情形之一的，不得申请辅修：',
        '（一）入学未满一学期的；',
        '（二）正在休学的；',
        '（三）已取得辅修资格的。',
        '第七条　辅修每学年组织一次。',
        '（一）报名',
        BODY,
        '（二）审核',
        BODY,
      ].join('\n'),
    );
    const headings = secs.map((s) => s.heading);
    expect(headings).not.toContain('（一）入学未满一学期的；');
    expect(headings.some((h) => h.startsWith('第六条') && h.endsWith('不得申请辅修：'))).toBe(true);
    // Headings of sections with bodies stay headings.
    expect(headings).toEqual(expect.arrayContaining(['（一）报名', '（二）审核']));
  });

  it('does not take a number inside prose ("2.5万人次") for a heading', () => {
    const secs = sectionsOf(['一、概述', '2.5万人次访问了网站，数量很多。第二句。'].join('\n'));
    expect(secs.map((s) => s.heading)).toEqual(['一、概述']);
  });

  it('reads a numbered line ending in an amount ("七、其他收入 25,739.21") as a table line read as text, not a heading', () => {
    const secs = sectionsOf(['一、收入决算情况', '六、附属单位上缴收入 0.00', '七、其他收入 25,739.21', '表2 收入决算表', '二、支出决算情况', '说明。'].join('\n'));
    expect(secs.map((s) => s.heading)).toEqual(['一、收入决算情况', '二、支出决算情况']);
  });
});
