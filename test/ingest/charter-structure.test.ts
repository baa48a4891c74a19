import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/ingest/lines.js';
import { cnNumber, parseMarker, splitHeadingLine, splitRunTogether } from '../../src/ingest/markers.js';
import { parseReport } from '../../src/ingest/parse.js';
import { recoverSections } from '../../src/ingest/structure.js';
import { ROOT } from '../helpers.js';

const EXTRA = join(ROOT, '../shared/corpus-extra');
const expected: Record<string, { paths?: string[][]; top?: string[] }> = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/charter-structure.json'), 'utf8'));
const opts = { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 };

function sectionsOf(text: string) {
  const { lines } = toLines(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t })));
  return recoverSections(lines, 0);
}

describe('admissions charters in ../shared/corpus-extra', () => {
  for (const [file, want] of Object.entries(expected).filter(([k]) => !k.startsWith('_'))) {
    it(`recovers the section paths of ${file}`, async () => {
      const { doc, chunks } = await parseReport(file, readFileSync(join(EXTRA, file)), opts);
      if (want.paths) {
        expect(doc.sections.map((s) => s.path)).toEqual(want.paths);
        // Every article's text is cited under its chapter and article.
        for (const s of doc.sections.filter((x) => x.level === 2)) {
          expect(chunks.some((c) => c.section.join(' › ') === s.path.join(' › '))).toBe(true);
        }
      } else {
        expect(doc.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(want.top);
      }
    });
  }

  it('cites the fee article of the Jishou charter as 第五章 › 第二十四条, with the article text as its body', async () => {
    const { doc, chunks } = await parseReport('j.txt', readFileSync(join(EXTRA, 'jishou-2018-admissions-charter.txt')), opts);
    const fee = chunks.find((c) => c.text.includes('学校严格按照湖南省物价局'))!;
    expect(fee.section).toEqual(['第五章 新生入学及其它', '第二十四条']);
    expect(fee.text.startsWith('学校严格按照湖南省物价局')).toBe(true);
    expect(doc.text).toContain('\n第二条 学校中文名称为吉首大学');
  });
});

describe('charter markers', () => {
  it('reads Chinese numerals up to three places', () => {
    expect(['一', '十', '十二', '二十一', '九十九', '一百', '一百零二', '一百一十', '一百二十三', '两百'].map(cnNumber)).toEqual([
      1, 10, 12, 21, 99, 100, 102, 110, 123, 200,
    ]);
  });

  it('recognises 第X部分/章/节/条 with Chinese or arabic numbers, and not 第一条件', () => {
    const m = (s: string) => parseMarker(s) && { style: parseMarker(s)!.style, value: parseMarker(s)!.value };
    expect(m('第二十一条 学费标准按省物价局核定标准执行。')).toEqual({ style: 'article', value: 21 });
    expect(m('第21条 学费标准')).toEqual({ style: 'article', value: 21 });
    expect(m('第一百零二条 附则')).toEqual({ style: 'article', value: 102 });
    expect(m('第三节 录取规则')).toEqual({ style: 'section', value: 3 });
    expect(m('第五章 收费标准及资助政策')).toEqual({ style: 'chapter', value: 5 });
    expect(m('第二部分 主动公开情况')).toEqual({ style: 'part', value: 2 });
    expect(m('第一条件是身体健康。')).toBeUndefined();
  });

  it('splits a scraped line at chapters and articles but not at references inside sentences', () => {
    const line =
      '第一章 总则 第一条 为规范招生工作，依据本章程第十条规定制定本章程。 第二条 学校按《条例》第二十条第（一）项执行。第三条 本条款见第5条 的说明。 第二章 收费 第四条 学费每生每学年5000元。';
    expect(splitRunTogether(line)).toEqual([
      '第一章 总则',
      '第一条 为规范招生工作，依据本章程第十条规定制定本章程。',
      '第二条 学校按《条例》第二十条第（一）项执行。',
      '第三条 本条款见第5条 的说明。',
      '第二章 收费',
      '第四条 学费每生每学年5000元。',
    ]);
  });

  it('builds 章 › 节 › 条 paths, keeping 一、 items inside an article and numbering across chapters', () => {
    const secs = sectionsOf(
      [
        '第一章 总则',
        '第一条 为做好招生工作，制定本章程。',
        '第二条 学校全称为某某大学。',
        '第二章 招生计划与录取',
        '第一节 招生计划',
        '第三条 招生计划以各省公布为准。',
        '第二节 录取规则',
        '第四条 录取规则如下：',
        '一、分数优先，遵循志愿。学校按总分排序。考生同分时比较单科。',
        '二、体检合格。体检标准按教育部规定执行。不合格者不予录取。',
        '第5条 加分政策按各省规定执行。',
        '第三章 收费标准及资助政策',
        '第一百零二条 学费标准按省物价局核定的标准执行。',
      ].join('\n'),
    );
    expect(secs.map((s) => s.path.join(' › '))).toEqual([
      '第一章 总则',
      '第一章 总则 › 第一条',
      '第一章 总则 › 第二条',
      '第二章 招生计划与录取',
      '第二章 招生计划与录取 › 第一节 招生计划',
      '第二章 招生计划与录取 › 第一节 招生计划 › 第三条',
      '第二章 招生计划与录取 › 第二节 录取规则',
      '第二章 招生计划与录取 › 第二节 录取规则 › 第四条 录取规则如下：',
      '第二章 招生计划与录取 › 第二节 录取规则 › 第四条 录取规则如下： › 一、分数优先，遵循志愿。',
      '第二章 招生计划与录取 › 第二节 录取规则 › 第四条 录取规则如下： › 二、体检合格。',
      '第二章 招生计划与录取 › 第二节 录取规则 › 第5条',
      '第三章 收费标准及资助政策',
      '第三章 收费标准及资助政策 › 第一百零二条',
    ]);
  });

  it('keeps the items of an article under the sentence introducing them, so each item says what it is a condition of', () => {
    const secs = sectionsOf(
      [
        '第二十条 申请甲类奖学金的学生，还应同时满足：',
        '（一）原则上为二年级及以上学生；',
        '（二）上一学年成绩排名位于本专业前10%（含10%）；',
        '第二十一条 申请乙类奖学金的学生，须为家庭经济困难学生。学校每年评审一次。',
      ].join('\n'),
    );
    const paths = secs.map((s) => s.path.join(' › '));
    // The clauses (closed by ；) are the body of the article introducing them, one list, not headings of their own.
    expect(paths).toContain('第二十条 申请甲类奖学金的学生，还应同时满足：');
    expect(paths.some((p) => p.includes('（二）上一学年'))).toBe(false);
    // An article whose line says more than an introduction keeps its number as its heading.
    expect(paths).toContain('第二十一条');
  });

  it('reads a dated item with a body as a list item, a year alone with its colon as a heading', () => {
    expect(splitHeadingLine('（一）9月15日至9月25日：学生本人提交申请表；')).toBeUndefined();
    expect(splitHeadingLine('一、2024年：')?.heading).toBe('一、2024年：');
  });

  it('keeps articles under an ordinary 一、 heading when the charter has no chapters', () => {
    const secs = sectionsOf(
      ['一、总则', '第一条 为做好招生工作，制定本章程。', '第二条 学校全称为某某大学。', '二、附则', '第三条 本章程由招生办负责解释。'].join('\n'),
    );
    expect(secs.map((s) => s.path.join(' › '))).toEqual(['一、总则', '一、总则 › 第一条', '一、总则 › 第二条', '二、附则', '二、附则 › 第三条']);
  });
});
