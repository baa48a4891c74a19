import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { RejectedFile } from '../../src/ingest/blocks.js';
import { parseReport } from '../../src/ingest/parse.js';
import { readPdf } from '../../src/ingest/read-pdf.js';
import { readBlocks } from '../../src/ingest/read.js';
import { DEFAULT_READ_LIMITS } from '../../src/ingest/read-limits.js';
import { reportPdf } from '../fixtures/pdf-writer.js';
import { REPORTS, ROOT, report } from '../helpers.js';
import { DEV_QA, answerFacts, indexOf, sentencesOf } from './same-answers.js';

const opts = { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 };
/** A running header that is not in any report's text, so its absence from the output means it was dropped. */
const HEADER = '高校信息公开 · 年度报告汇编';
const EXTRA = join(ROOT, '../shared/corpus-extra');

/** Word's two usual footers: "— 3 —" for some reports, "第 3 页 共 9 页" for others. */
const asPdf = (file: string, text: string) => reportPdf(text, { header: HEADER, footer: REPORTS.indexOf(file) % 2 ? 'of' : 'dash' });

function pdfOf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

describe('PDF reader on the shipped reports laid out as Word PDFs', () => {
  for (const file of REPORTS) {
    it(`reads ${file} as .pdf with the same sentences, title block and heading tree as the .txt`, async () => {
      const txt = await parseReport(file, report(file), opts);
      const pdfFile = file.replace(/\.txt$/, '.pdf');
      const pdf = await parseReport(pdfFile, await asPdf(file, report(file).toString('utf8')), opts);
      expect(sentencesOf(pdf.doc.text)).toEqual(sentencesOf(txt.doc.text));
      expect([pdf.doc.school, pdf.doc.title, pdf.doc.period]).toEqual([txt.doc.school, txt.doc.title, txt.doc.period]);
      expect(pdf.doc.sections.map((s) => s.path)).toEqual(txt.doc.sections.map((s) => s.path));
      expect(pdf.doc.text).not.toContain(HEADER);
      expect(pdf.doc.text).not.toMatch(/^(— \d+ —|第 \d+ 页 共 \d+ 页)$/m);
    });
  }
});

describe('answers from the .pdf equal answers from the .txt', () => {
  let txt: Awaited<ReturnType<typeof indexOf>>;
  let pdf: Awaited<ReturnType<typeof indexOf>>;
  beforeAll(async () => {
    txt = await indexOf('.txt', (_f, text) => Buffer.from(text));
    pdf = await indexOf('.pdf', asPdf);
  });

  it('ingests all five PDFs without rejections', () => {
    expect(pdf.summary.rejected).toEqual([]);
    expect(pdf.summary.documents.map((d) => d.file)).toEqual(REPORTS.map((f) => f.replace(/\.txt$/, '.pdf')));
  });

  for (const file of REPORTS) {
    it(`answers the dev questions on ${file} alike in both formats`, async () => {
      const questions = DEV_QA.filter((q) => q.doc === file);
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) {
        const [a, b] = [await answerFacts(txt.ask, q), await answerFacts(pdf.ask, q)];
        expect({ id: q.id, ...b }).toEqual({ id: q.id, ...a });
      }
    });
  }
});

/** The rows a grant table drawn by grantTable reads as. */
const GRANT_ROWS = [
  '人员类别：本科生（含第二学位） | 补助标准（每人每年）：7000元 | 减免标准（每人每年）：6000元',
  '人员类别：研究生（含博士） | 补助标准（每人每年）：9000元 | 减免标准（每人每年）：8000元',
];

/**
 * A grant table as Word draws it: the name column's header between two header lines, a bracketed second header line,
 * each row's name on lines of its own above and below its figures; rows from `firstRow` every `step` points down.
 */
function grantTable(layout: { firstRow: number; step: number; note?: string }): Promise<Buffer> {
  const font = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');
  return pdfOf((doc) => {
    doc.registerFont('cjk', font).font('cjk').fontSize(9);
    const put = (t: string, x: number, y: number) => doc.text(t, x, y, { lineBreak: false });
    put('表1 年度补助上限', 80, 80);
    put('补助标准', 230, 104);
    put('减免标准', 330, 104);
    put('人员类别', 100, 111);
    put('（每人每年）', 220, 118);
    put('（每人每年）', 320, 118);
    ['本科生', '研究生'].forEach((name, i) => {
      const y = layout.firstRow + i * layout.step;
      put(name, 100, y);
      put(`${i ? 9000 : 7000}元`, 235, y + 7);
      put(`${i ? 8000 : 6000}元`, 335, y + 7);
      put(i ? '（含博士）' : '（含第二学位）', 90, y + 14);
    });
    if (layout.note) put(layout.note, 90, layout.firstRow + layout.step + 35);
    put('二、申请时间', 80, 240);
  });
}

describe('PDF reader details', () => {
  it('reads a table with aligned columns row by row, each cell with its column header', async () => {
    const table = [
      ['项目', '收费标准', '审批文号'],
      ['学费', '4500元/生·学年', '湘发改价费〔2020〕1号'],
      ['住宿费', '1200元/生·学年', '湘发改价费〔2020〕2号'],
    ];
    const blocks = await readPdf(await reportPdf('某某职业技术学院\n收费公示\n学校按规定公示收费项目和标准，具体如下。', { header: HEADER, table }));
    expect(blocks.filter((b) => b.kind === 'table-row').map((b) => b.text)).toEqual([
      '项目：学费 | 收费标准：4500元/生·学年 | 审批文号：湘发改价费〔2020〕1号',
      '项目：住宿费 | 收费标准：1200元/生·学年 | 审批文号：湘发改价费〔2020〕2号',
    ]);
  });

  it('reads a column header written on two lines (2024年 over 最低分) as one header, beside the column of the same name', async () => {
    const font = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');
    const xs = [80, 160, 240, 320];
    const rows = [
      ['省份', '录取数', '最低分', '最低分'],
      ['河北', '42', '566', '560'],
      ['山西', '35', '571', '554'],
    ];
    const pdf = await pdfOf((doc) => {
      doc.registerFont('cjk', font).font('cjk').fontSize(10.5);
      doc.text('表1 分省录取情况', 80, 80, { lineBreak: false });
      doc.text('2024年', xs[3]!, 104, { lineBreak: false });
      rows.forEach((r, i) => r.forEach((c, k) => doc.text(c, xs[k]!, 118 + i * 18, { lineBreak: false })));
    });
    const text = (await readPdf(pdf)).map((b) => b.text).join('\n');
    expect(text).toContain('省份：河北 | 录取数：42 | 最低分：566 | 2024年最低分：560');
    expect(text).toContain('表1 分省录取情况');
    // (A numbered heading just above a table, 2. 住宿费, stays a line of its own.)
    const headed = await pdfOf((doc) => {
      doc.registerFont('cjk', font).font('cjk').fontSize(10.5);
      doc.text('2. 住宿费', xs[0]!, 104, { lineBreak: false });
      [['宿舍类型', '收费标准', '备注'], ['四人间', '1300', '空调'], ['六人间', '900', '—']].forEach((r, i) => r.forEach((c, k) => doc.text(c, xs[k]!, 118 + i * 18, { lineBreak: false })));
    });
    const lines = (await readPdf(headed)).map((b) => b.text);
    expect(lines).toContain('宿舍类型：四人间 | 收费标准：1300 | 备注：空调');
  });

  it('reads row names written on lines of their own above and below the row’s figures as the first column, with the header’s bracketed second line', async () => {
    // Word-style vertical centring: the name cell wraps over two lines around its row's one line of figures.
    const rows = (await readPdf(await grantTable({ firstRow: 140, step: 36 }))).filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toEqual(GRANT_ROWS);
  });

  it('reads a header centred over two columns (门诊 over 起付线 and 报销比例) as both columns’ own, and a first row of dashes as a row', async () => {
    const font = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');
    const pdf = await pdfOf((doc) => {
      doc.registerFont('cjk', font).font('cjk').fontSize(10);
      const put = (t: string, x: number, y: number) => doc.text(t, x, y, { lineBreak: false });
      doc.text('表1 报销标准', 80, 60, { lineBreak: false });
      // (门诊 and 住院 each centred in the gap over their two columns.)
      put('门诊', 195, 84);
      put('住院', 345, 84);
      put('机构', 90, 97);
      [['起付线', '报销比例', '起付线', '报销比例']].forEach((r) => r.forEach((c, k) => put(c, 150 + k * 75, 110)));
      const rows = [
        ['校医院', '不设', '95%', '—', '—'],
        ['一级医院', '80元', '75%', '400元', '90%'],
        ['二级医院', '100元', '65%', '600元', '85%'],
      ];
      rows.forEach((r, i) => r.forEach((c, k) => put(c, k === 0 ? 80 : 155 + (k - 1) * 75, 135 + i * 20)));
      doc.text('第十一条 报销金额按公式计算。', 80, 220, { lineBreak: false });
    });
    const rows = (await readPdf(pdf)).filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toContain('机构：校医院 | 门诊起付线：不设 | 门诊报销比例：95% | 住院起付线：— | 住院报销比例：—');
    expect(rows).toContain('机构：一级医院 | 门诊起付线：80元 | 门诊报销比例：75% | 住院起付线：400元 | 住院报销比例：90%');
  });

  it('keeps a first row’s name set tight under the header out of it, and a note under the table out of the last row', async () => {
    // (The first name only 1.2 lines under the header: Word's usual cell padding.)
    const blocks = (await readPdf(await grantTable({ firstRow: 129, step: 26, note: '注：不含住宿费' }))).map((b) => b.text);
    for (const row of GRANT_ROWS) expect(blocks).toContain(row);
    expect(blocks.join('\n')).not.toMatch(/含博士）注/);
  });

  it('drops a footnote mark set small and raised after text, so it never runs into the figure after it (高校¹¹864人)', async () => {
    const font = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');
    const pdf = await pdfOf((doc) => {
      doc.registerFont('cjk', font).font('cjk');
      let x = 80;
      const put = (text: string, size: number, raise = 0) => {
        // (Placed by baseline, as a word processor sets a superscript.)
        doc.fontSize(size).text(text, x, 100 - raise, { lineBreak: false, baseline: 'alphabetic' });
        x += doc.widthOfString(text);
      };
      put('毕业生升入“双一流”建设高校', 10.5);
      put('11', 7, 3.5);
      put('864人，毕业去向落实率', 10.5);
      put('1', 7, 3.5);
      put('为96.94%，占地56万m', 10.5);
      // (A power after a Latin letter stays.)
      put('2', 7, 3.5);
      put('。', 10.5);
    });
    const text = (await readPdf(pdf)).map((b) => b.text).join('\n');
    expect(text).toContain('建设高校864人，毕业去向落实率为96.94%');
    expect(text).toContain('56万m2');
  });

  it('reads budget tables one after another: a caption and a unit line start the next table, a figure right against the next column ends its cell, the unit goes into the headers', async () => {
    const font = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');
    const pdf = await pdfOf((doc) => {
      doc.registerFont('cjk', font).font('cjk').fontSize(10);
      let y = 80;
      const line = (text: string, x = 80) => doc.text(text, x, y, { lineBreak: false });
      // Table 1: two sides, each figure right-aligned so that it ends just before the next column's text.
      line('表1 收入支出决算总表');
      y += 18;
      line('单位：万元');
      y += 18;
      const right = (text: string, x1: number) => doc.text(text, x1 - doc.widthOfString(text), y, { lineBreak: false });
      // (Headers centred in their cells.)
      ['收入项目', '决算数', '支出项目', '决算数'].forEach((h, k) => line(h, [80, 215, 290, 375][k]));
      y += 18;
      for (const [a, av, b, bv] of [
        ['一、财政拨款收入', '1,580.40', '一、教育支出', '1,993.47'],
        ['年初结转和结余', '215.08', '年末结转和结余', '747.23'],
      ]) {
        line(a!);
        right(av!, 262);
        line(b!, 270);
        right(bv!, 420);
        y += 18;
      }
      // Table 2 right below, with its own caption, unit line and columns.
      line('表2 收入决算表');
      y += 18;
      line('单位：万元');
      y += 18;
      for (const r of [
        ['项目', '2023年决算数', '2022年决算数', '增减率'],
        ['财政拨款收入', '1,580.40', '1,236.18', '8.01%'],
        ['事业收入', '912.36', '630.92', '4.34%'],
      ]) {
        r.forEach((c, k) => line(c, 80 + k * 100));
        y += 18;
      }
    });
    const text = (await readBlocks('budget.pdf', pdf, DEFAULT_READ_LIMITS)).map((b) => b.text).join('\n');
    expect(text).toContain('收入项目：年初结转和结余 | 决算数（万元）：215.08 | 支出项目：年末结转和结余 | 决算数（万元）：747.23');
    expect(text).toContain('项目：财政拨款收入 | 2023年决算数（万元）：1,580.40 | 2022年决算数（万元）：1,236.18 | 增减率：8.01%');
    // (The second table's caption is a line of its own, no cell of the first.)
    expect(text).toMatch(/^表2 ?收入决算表$/m);
  });

  it('joins lines broken by hand before the margin in mid-clause, and keeps title lines apart', async () => {
    const font = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');
    const lines = [
      ['汀溪大学', 230, 16],
      ['2024年信息公开工作年度报告', 160, 16],
      // A full line, a hand-broken one ending on a character, one ending on a label's colon, and a short last line.
      ['本学年学校共收到依申请公开申请37件，其中不予公开4件，3件因涉及第三方个人隐私，', 90, 10.5],
      ['1件因属于学校内部管理信息。学校均书面告知了申请人理由及救济途径并做好登记归档', 90, 10.5],
      ['工作，联系人可通过以下方式咨询，联系电话：0648-2316015，电子邮箱：', 90, 10.5],
      ['xxgk@txu.example。', 90, 10.5],
      ['二、主动公开情况', 90, 10.5],
    ] as const;
    const pdf = await pdfOf((doc) => {
      doc.registerFont('cjk', font).font('cjk');
      lines.forEach(([text, x, size], i) => doc.fontSize(size).text(text, x, 90 + i * 24, { lineBreak: false }));
    });
    const text = (await readPdf(pdf)).map((b) => b.text).join('\n');
    expect(text).toContain('3件因涉及第三方个人隐私，1件因属于学校内部管理信息。');
    expect(text).toContain('登记归档工作，');
    expect(text).toContain('电子邮箱：xxgk@txu.example。');
    expect(text).toMatch(/汀溪大学\n2024年信息公开工作年度报告/);
  });

  it('reads a page set in two columns down the left column, then down the right, joining each column’s wrapped lines', async () => {
    const para = (n: number, figure: string) =>
      `第${n}部分说明：学院按规定开展资助工作，做到程序规范、公开透明，每一项资助都经过申请、评审、公示和发放四个环节，本项共资助学生${figure}，全部按时发放到位，未发生违规问题，学生满意度较高。`;
    const text = ['葭水职业技术学院', '2024 年度学生资助工作报告', '一、基本情况', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => para(n, `${100 + n}人`)), '二、下一步打算', para(9, '109人')].join('\n');
    const pdf = await reportPdf(text, { header: '2024 年度学生资助工作报告', columns: 2 });
    const out = (await readPdf(pdf)).map((b) => b.text).join('\n');
    // Each paragraph reads whole, in order, with its own figure; nothing of the other column runs into it.
    for (let n = 1; n <= 9; n++) expect(out).toContain(para(n, `${100 + n}人`));
    expect(out.indexOf('第1部分')).toBeLessThan(out.indexOf('第8部分'));
    expect(out.indexOf('第8部分')).toBeLessThan(out.indexOf('二、下一步打算'));
    expect(out).toMatch(/葭水职业技术学院\n2024 年度学生资助工作报告/);
  });

  it('rejects a PDF without a text layer (a scan) and says what to do', async () => {
    const scan = await pdfOf((doc) => {
      doc.rect(50, 50, 400, 600).fill('#888');
      doc.addPage().rect(50, 50, 400, 600).fill('#888');
    });
    await expect(readPdf(scan)).rejects.toThrow(RejectedFile);
    await expect(readPdf(scan)).rejects.toThrow(/no text layer.*scan.*OCR/);
  });

  it('rejects a password-protected PDF with a reason', async () => {
    const locked = await pdfOf((doc) => doc.text('secret', 100, 100), { userPassword: 'pw', ownerPassword: 'owner' });
    await expect(readPdf(locked)).rejects.toThrow(/encrypted PDF.*password/);
  });

  it('rejects bytes that are not a PDF, and a truncated PDF, with a reason', async () => {
    await expect(readPdf(Buffer.from('this is not a pdf at all, just text named .pdf'))).rejects.toThrow(RejectedFile);
    const whole = await reportPdf(report(REPORTS[0]!).toString('utf8'), { header: HEADER });
    const cut = readPdf(whole.subarray(0, 400));
    await expect(cut).rejects.toThrow(RejectedFile);
  });

  it('stops reading at the MAX_READ_SECONDS deadline and at MAX_PDF_PAGES / MAX_DOC_CHARS, naming the limit', async () => {
    const pdf = await reportPdf(report(REPORTS[1]!).toString('utf8'), { header: HEADER });
    // A deadline no reader can meet: the worker is stopped and the file rejected, not waited for.
    await expect(readPdf(pdf, { ...DEFAULT_READ_LIMITS, maxReadSeconds: 0.001 })).rejects.toThrow(/still not read after 0\.001 s \(MAX_READ_SECONDS\)/);
    await expect(readPdf(pdf, { ...DEFAULT_READ_LIMITS, maxPdfPages: 1 })).rejects.toThrow(/pages, over the 1 page limit \(MAX_PDF_PAGES\)/);
    await expect(readPdf(pdf, { ...DEFAULT_READ_LIMITS, maxDocChars: 1000 })).rejects.toThrow(
      /characters of text in the first 1 pages, over the 1,000 limit \(MAX_DOC_CHARS\)/,
    );
    expect((await readPdf(pdf)).length).toBeGreaterThan(10);
  });
});

describe('designed employment-quality reports (../shared/corpus-extra)', () => {
  const files = readdirSync(EXTRA).filter((f) => f.endsWith('.pdf'));

  it('has the four reports to read', () => expect(files.length).toBe(4));

  for (const file of files) {
    it(`reads ${file}: chapters as sections, no page furniture, tables as rows`, async () => {
      const { doc } = await parseReport(file, readFileSync(join(EXTRA, file)), opts);
      const lines = doc.text.split('\n');
      const chapters = doc.sections.filter((s) => /^第[一二三四五六七八九十]+章/.test(s.heading) && s.level === 1);
      expect(chapters.length).toBeGreaterThanOrEqual(3);
      // A page number or the running header on every page would repeat ~100 times.
      expect(lines.filter((l) => /^[-—–\s]*\d{1,3}[-—–\s]*$/.test(l)).length).toBeLessThan(5);
      const counts = new Map<string, number>();
      for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBeLessThan(12);
      expect(lines.filter((l) => /^[^：|]{1,20}：[^|]+ \| [^：|]{1,20}：/.test(l)).length).toBeGreaterThan(100);
      expect(doc.text).not.toMatch(/\.{6,}\s*\d+$/m);
    });
  }

  it('reads the Wuhan report’s college table with its two-row header', async () => {
    const blocks = await readPdf(readFileSync(join(EXTRA, 'wuhan-institute-of-technology-2023-employment-report.pdf')));
    expect(blocks).toContainEqual({
      kind: 'table-row',
      text: '学院：化工与制药学院 | 本科毕业生人数：494 | 本科毕业生占比：10.26% | 研究生毕业生人数：139 | 研究生毕业生占比：8.59% | 全体毕业生人数：633 | 全体毕业生占比：9.84%',
    });
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      text: '毕业生总人数为6431人。其中，本科毕业生4813人，占毕业生总人数的74.84%；研究生毕业生1618人，占毕业生总人数的25.16%。',
    });
  });
});
