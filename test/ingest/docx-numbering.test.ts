// Word's auto numbers (第一章, 第一条, （一）) live in numbering.xml, not in the paragraphs: a regulation written with
// them keeps its chapters, its article numbers and its items once read.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { chineseCount, formatNumber, renderNumbering } from '../../src/ingest/docx-numbering.js';
import { parseReport } from '../../src/ingest/parse.js';
import { readDocx } from '../../src/ingest/read-docx.js';

const opts = { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 };

/** A regulation as Word writes one with multilevel numbering: chapters, articles counted on across them, items. */
async function numberedRules(): Promise<Buffer> {
  const level = (text: string, format: (typeof LevelFormat)[keyof typeof LevelFormat] = LevelFormat.CHINESE_COUNTING) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
  });
  const chapter = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, numbering: { reference: 'chapters', level: 0 } });
  const article = (text: string) => new Paragraph({ text, numbering: { reference: 'articles', level: 0 } });
  const item = (text: string, instance: number) => new Paragraph({ text, numbering: { reference: 'items', level: 0, instance } });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'chapters', levels: [level('第%1章')] },
        { reference: 'articles', levels: [level('第%1条')] },
        { reference: 'items', levels: [level('（%1）')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '蕖川大学学士学位授予工作细则', heading: HeadingLevel.TITLE }),
          chapter('总则'),
          article('为做好学士学位授予工作，制定本细则。'),
          article('学校现有本科专业68个。'),
          chapter('授予条件'),
          article('本科毕业生符合下列条件的，可授予学士学位：'),
          item('完成培养方案规定的全部课程；', 1),
          item('平均学分绩点不低于2.2；', 1),
          item('学位论文通过答辩。', 1),
          article('学位证书遗失不予补发，可申请学位证明书，工本费20元/份。'),
          chapter('附则'),
          article('本细则自印发之日起施行。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('Word auto numbering', () => {
  it('writes numbers as Word shows them', () => {
    expect([1, 10, 11, 20, 21, 35, 100, 105, 110].map((n) => chineseCount(n))).toEqual(['一', '十', '十一', '二十', '二十一', '三十五', '一百', '一百零五', '一百一十']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
  });

  it('counts an article level on across chapters when it never restarts (lvlRestart 0), and items again under each', () => {
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/><w:lvlText w:val="第%2条"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%3）"/></w:lvl>
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const p = (ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const doc = `<w:body>${p(0, '总则')}${p(1, '甲')}${p(2, '子')}${p(2, '丑')}${p(0, '附则')}${p(1, '乙')}${p(2, '寅')}<w:p/></w:body>`;
    const text = [...renderNumbering(doc, numbering).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toBe('第一章 |总则|第一条 |甲|（一）|子|（二）|丑|第二章 |附则|第二条 |乙|（一）|寅');
  });

  it('counts on past an empty self-closing paragraph, and numbers a paragraph whose style links it to a level', () => {
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Article"/><w:lvlText w:val="第%1条"/></w:lvl>
      </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const styles = `<w:styles><w:style w:type="paragraph" w:styleId="Article"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>`;
    const p = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const out = renderNumbering(`<w:body>${p('甲')}<w:p w14:paraId="1A"/>${p('乙')}${p('丙')}</w:body>`, numbering, styles);
    const text = [...out.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toBe('第一条 |甲|第二条 |乙|第三条 |丙');
    // (Cleared whole, with its level, so mammoth finds no list through the style either.)
    expect(out).toContain('<w:ilvl w:val="0"/><w:numId w:val="0"/>');
  });

  it('reads a regulation numbered by Word with its chapters, article numbers and items', async () => {
    const buf = await numberedRules();
    const text = (await readDocx(buf)).map((b) => b.text).join('\n');
    expect(text).toContain('第一章 总则');
    expect(text).toContain('第三条 本科毕业生符合下列条件的');
    expect(text).toMatch(/（二）\s?平均学分绩点不低于2\.2/);
    expect(text).toContain('第五条 本细则自印发之日起施行');
    const { doc } = await parseReport('qcu-degree-rules.docx', buf, opts);
    expect(doc.sections.map((s) => s.path[0])).toEqual(expect.arrayContaining(['第一章 总则', '第二章 授予条件', '第三章 附则']));
  });
});
