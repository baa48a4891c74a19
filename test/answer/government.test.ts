// The same ingest and answering, judged on a government department's report with tables.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadIndex } from '../../src/index/store.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { GOV_PARAGRAPHS } from '../fixtures/gov-report.js';
import { buildTo, embeddings, report, tempDir } from '../helpers.js';

async function govDocx(): Promise<Buffer> {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  const children = GOV_PARAGRAPHS.map((p) =>
    typeof p === 'string' ? new Paragraph(p) : new Table({ rows: p.table.map((row) => new TableRow({ children: row.map(cell) })) }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('a government 政府信息公开工作年度报告 beside the school reports', async () => {
  const root = tempDir();
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'changsha-edu-2023.docx'), await govDocx());
  writeFileSync(join(corpus, 'hunan-safety-tech-2022-2023.txt'), report('hunan-safety-tech-2022-2023.txt'));
  const summary = await buildTo(corpus, join(root, 'index'));
  const index = await loadIndex(join(root, 'index'), embeddings);
  const bot = createAnswerer({ index, lexicon: loadLexicon(), today: () => new Date('2024-06-15T12:00:00') });

  it('reads the department, the period and the template headings', () => {
    expect(summary.documents.find((d) => d.file === 'changsha-edu-2023.docx')).toMatchObject({ school: '长沙市教育局', period: '2023年', warnings: [] });
    const doc = index.documents.find((d) => d.school === '长沙市教育局')!;
    expect(doc.window).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(doc.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('answers a figure that sits in a table row, quoting the row with its headers', async () => {
    const a = await bot.answer('长沙市教育局2023年行政许可处理了多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('214');
    expect(a.citations[0]!.quote).toContain('信息内容：行政许可 | 本年处理决定数量：214');
    expect(a.citations[0]!.section).toEqual(['二、主动公开政府信息情况']);
  });

  it('answers from prose too, and keeps the school reports apart', async () => {
    const a = await bot.answer('长沙市教育局收到了多少件政府信息公开申请？');
    expect(a.answer).toContain('39件');
    const school = await bot.answer('湖南安全技术职业学院阳光服务平台的事项办结率是多少？');
    expect(school.answer).toContain('办结率100%');
  });
});
