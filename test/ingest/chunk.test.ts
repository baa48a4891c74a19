import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse.js';
import { REPORTS, report } from '../helpers.js';

describe('section-aware chunks', () => {
  for (const file of REPORTS) {
    it(`never lets a chunk of ${file} cross a section boundary`, async () => {
      const { doc, chunks } = await parseReport(file, report(file), { size: 200, overlap: 40, maxBytes: 1e7 });
      for (const c of chunks) {
        expect(doc.text.slice(c.start, c.end)).toBe(c.text);
        // No heading starts strictly inside a chunk.
        expect(doc.sections.some((s) => s.start > c.start && s.start < c.end)).toBe(false);
        // A numbered statement with no text below it (（一）新标准自…起执行。) is its own chunk.
        const own = doc.sections.find((s) => s.start === c.start && /[。；;！!]$/.test(s.heading)) ?? doc.sections.filter((s) => s.end <= c.start).at(-1);
        expect(c.section).toEqual(own?.path ?? []);
        expect(c).toMatchObject({ docId: doc.docId, school: doc.school, title: doc.title, period: doc.period, file });
      }
    });
  }

  it('indexes a numbered line that states something and owns no text below it', async () => {
    const text = '关于调整学费标准的通知\n一、执行时间\n（一）新标准自2025年9月1日起执行。\n（二）本通知有效期至2030年8月31日。\n南屿省物价局\n';
    const { chunks } = await parseReport('n.txt', Buffer.from(text), { size: 200, overlap: 40, maxBytes: 1e7 });
    expect(chunks.map((c) => c.text)).toContain('（一）新标准自2025年9月1日起执行。');
    // A plain heading with children below it is no chunk of its own.
    expect(chunks.map((c) => c.text)).not.toContain('一、执行时间');
  });

  it('indexes a numbered statement that has lines below it too (（三）…绩点不低于2.50…；)', async () => {
    const text =
      '南屿大学转专业办法\n第六条 学生申请转专业，应当同时具备以下条件：\n（一）遵守校规校纪；\n（三）第一学年平均学分绩点不低于2.50（按四分制计算）；\n（四）拟转入外语类专业的，大学英语课程成绩不低于80分，拟转入理工类专业的，高等数学（或微积分）课程成绩不低于70分，均以第一次考试成绩为准，补考成绩不予认定，重修成绩亦不予认定。\n';
    const { chunks } = await parseReport('t.txt', Buffer.from(text), { size: 200, overlap: 40, maxBytes: 1e7 });
    expect(chunks.some((c) => c.text.includes('绩点不低于2.50'))).toBe(true);
  });

  it('splits a long section at sentence ends with a small overlap', async () => {
    const { chunks } = await parseReport('m.txt', report('hunan-mass-media-2022-2023.txt'), { size: 200, overlap: 60, maxBytes: 1e7 });
    const admissions = chunks.filter((c) => c.section.at(-1) === '1.招生信息公开情况：');
    expect(admissions.length).toBeGreaterThan(3);
    for (const c of admissions) expect(c.text).toMatch(/[。；！？]$|[^。；！？]$/);
    for (let i = 1; i < admissions.length; i++) {
      expect(admissions[i]!.start).toBeLessThan(admissions[i - 1]!.end); // overlap
      expect(admissions[i - 1]!.end - admissions[i]!.start).toBeLessThanOrEqual(60);
      expect(/[。；！？]/.test(admissions[i - 1]!.text.at(-1)!)).toBe(true);
    }
  });

  it('strips [bookmark: …] leftovers, NBSP and full-width spaces while keeping offsets exact', async () => {
    const raw = '测试学院\n2023年信息公开年度报告\n[bookmark: _GoBack]一、概述\u00a0\u00a0情况\n学校\u3000公开了\u00a0信息。并接受监督。';
    const { doc, chunks } = await parseReport('x.txt', Buffer.from(raw), { size: 400, overlap: 60, maxBytes: 1e7 });
    expect(doc.text).not.toMatch(/bookmark|\u00a0|\u3000/);
    expect(doc.sections[0]!.heading).toBe('一、概述 情况');
    expect(chunks.at(-1)!.text).toBe('学校 公开了 信息。并接受监督。');
    expect(doc.text.slice(chunks.at(-1)!.start, chunks.at(-1)!.end)).toBe(chunks.at(-1)!.text);
  });
});
