import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse.js';
import { readDocx } from '../../src/ingest/read-docx.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTS, ROOT, report } from '../helpers.js';
import { outline } from './structure.test.js';

const opts = { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 };

/** A .docx with one paragraph per line of the report, as Word users produce them. */
async function asDocx(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split(/\r?\n/).map((line) => new Paragraph({ text: line })) }] });
  return Packer.toBuffer(doc);
}

describe('.docx reader', () => {
  it('reads a .docx written without word/styles.xml whose table names a style (w:tblStyle TableGrid)', async () => {
    const file = join(ROOT, 'test/fixtures/layouts14/corpus/云州理工大学2025年本科学生转专业实施细则.docx');
    const blocks = await readDocx(readFileSync(file));
    expect(blocks.some((b) => b.kind === 'table-row')).toBe(true);
    expect(blocks.map((b) => b.text).join('\n')).toContain('转专业');
  });

  for (const file of REPORTS) {
    it(`ingests ${file} written as .docx like the .txt`, async () => {
      const txt = await parseReport(file, report(file), opts);
      const docx = await parseReport(file.replace(/\.txt$/, '.docx'), await asDocx(report(file).toString('utf8')), opts);
      expect(docx.doc.school).toBe(txt.doc.school);
      expect(docx.doc.period).toEqual(txt.doc.period);
      expect(outline(docx.doc)).toEqual(outline(txt.doc));
      expect(docx.doc.sections.map((s) => s.path)).toEqual(txt.doc.sections.map((s) => s.path));
    });
  }

  it('keeps Word heading styles and makes table rows stand alone with their headers', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '财务信息', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('学校公开收费标准如下。'),
            new Table({ rows: [new TableRow({ children: [cell('项目'), cell('标准')] }), new TableRow({ children: [cell('学费'), cell('4500元/年')] })] }),
          ],
        },
      ],
    });
    const blocks = await readDocx(await Packer.toBuffer(doc));
    expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: '财务信息' });
    expect(blocks).toContainEqual({ kind: 'table-row', text: '项目：学费 | 标准：4500元/年' });
  });

  it('rejects random bytes named .docx with a reason', async () => {
    await expect(readDocx(Buffer.from('this is not a zip file at all'))).rejects.toThrow(/corrupt \.docx/);
  });
});
