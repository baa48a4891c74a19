// Answering on reports of layouts the shipped ones do not have (invented: year-first titles, two-
// and three-line titles, public bodies, Markdown and flattened tables), one case per failure class.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { check } from '../../src/answer/check.js';
import { loadIndex } from '../../src/index/store.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { ROOT, buildTo, embeddings, tempDir } from '../helpers.js';

interface Case {
  class: string;
  q: string;
  school?: string;
  expect?: string;
  expectAll?: string[];
  not?: string[];
  refuse?: boolean;
  minSchools?: number;
}
const { cases } = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/unseen-questions.json'), 'utf8')) as { cases: Case[] };

describe('reports of unfamiliar layouts', async () => {
  const dir = join(tempDir(), 'index');
  const summary = await buildTo(join(ROOT, 'test/fixtures/layouts/corpus'), dir);
  const index = await loadIndex(dir, embeddings);
  const bot = createAnswerer({ index, lexicon: loadLexicon(), today: () => new Date('2025-03-01T12:00:00') });

  it('ingests all seven with institution and period read from their title blocks', () => {
    expect(summary.rejected).toEqual([]);
    expect(summary.documents.map((d) => [d.school, d.period, d.guessed]).sort()).toEqual([
      ['临溪市教育局', '2023年', []],
      ['兰溪职业技术学院', '2023年', []],
      ['婺江职业技术学院', '2024年', []],
      ['杭州市人民政府办公厅', '2022年', []],
      ['杭州市科学技术委员会', '2024年', []],
      ['杭州市西湖区人民政府', '2023年', []],
      ['钱塘理工大学', '2023-2024学年', []],
    ]);
  });

  for (const c of cases) {
    it(`${c.class}: ${c.q}`, async () => {
      const a = await bot.answer(c.q);
      const why = `${a.answer}`;
      if (c.school) expect(a.school, why).toBe(c.school);
      if (c.expect) expect(a.answer, why).toContain(c.expect);
      for (const x of c.expectAll ?? []) expect(a.answer, why).toContain(x);
      for (const x of c.not ?? []) expect(a.answer, why).not.toContain(x);
      if (c.refuse !== undefined) expect(a.found, why).toBe(!c.refuse);
      else expect(a.found, why).toBe(true);
      if (c.minSchools) expect(new Set(a.citations.map((x) => x.school)).size, why).toBeGreaterThanOrEqual(c.minSchools);
      expect(check(a, (t) => bot.matcher.find(t).map((h) => h.school)).problems, why).toEqual([]);
    });
  }
});
