import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RejectedFile } from '../../src/ingest/blocks.js';
import { parseReport } from '../../src/ingest/parse.js';
import { decodeText, readText } from '../../src/ingest/read-text.js';
import { readBlocks } from '../../src/ingest/read.js';
import { report } from '../helpers.js';

const opts = { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 };
const FILE = 'hunan-safety-tech-2022-2023.txt';

describe('text readers', () => {
  const original = report(FILE);
  const text = original.toString('utf8');

  it.each([
    ['GB18030', iconv.encode(text, 'gb18030')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
    ['UTF-16 LE without BOM', iconv.encode(text, 'utf16le')],
  ])('ingests a %s copy exactly like the UTF-8 original', async (_name, bytes) => {
    const a = await parseReport(FILE, original, opts);
    const b = await parseReport(FILE, bytes, opts);
    expect(b.doc.text).toBe(a.doc.text);
    expect(b.doc.school).toBe(a.doc.school);
    expect(b.doc.period).toEqual(a.doc.period);
    expect(b.doc.sections).toEqual(a.doc.sections);
    expect(b.chunks.map((c) => c.text)).toEqual(a.chunks.map((c) => c.text));
  });

  it('decodes a short GBK note too', () => {
    expect(decodeText(iconv.encode('学杂费收费标准：每生每年4500元。', 'gbk'))).toBe('学杂费收费标准：每生每年4500元。');
  });

  it('rejects binary content, empty and blank files with a reason', async () => {
    const reason = async (name: string, buf: Buffer) => (await readBlocks(name, buf, 1e6).catch((e: RejectedFile) => e)) as RejectedFile;
    expect((await reason('a.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]))).message).toMatch(/binary/);
    expect((await reason('a.txt', Buffer.alloc(0))).message).toMatch(/empty/);
    expect((await reason('a.txt', Buffer.from('  \n\t\n\u3000\n'))).message).toMatch(/no text/);
    expect((await reason('a.xls', Buffer.from('x'))).message).toMatch(/unsupported extension ".xls"/);
    expect((await reason('a.pdf', Buffer.from('x'))).message).toMatch(/not a valid PDF/);
    expect((await reason('a.txt', Buffer.alloc(2048, 'a'))).constructor).not.toBe(RejectedFile);
    expect((await reason('big.txt', Buffer.alloc(2_000_000, 'a'))).message).toMatch(/over the 1\.0 MB limit \(MAX_FILE_MB\)/);
  });

  it('reads Markdown headings, list items and pipe tables (header repeated in each row)', () => {
    const md = '# 一、概述\n\n- 官网\n\n| 项目 | 标准 |\n|---|---|\n| 学费 | 4500元/年 |\n| 住宿费 | 1200元/年 |\n';
    const blocks = readText(Buffer.from(md), true).filter((b) => b.text.trim());
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: '一、概述' },
      { kind: 'list-item', text: '官网' },
      { kind: 'table-row', text: '项目：学费 | 标准：4500元/年' },
      { kind: 'table-row', text: '项目：住宿费 | 标准：1200元/年' },
    ]);
  });

  it('reads "1. …" lines of a Markdown file with # headings as list items, of one without as lines', () => {
    const md = '## 三、报名\n\n1. 报名时间：2025年2月10日至2月26日。\n2. 报名方式：网上报名。\n';
    expect(readText(Buffer.from(md), true).filter((b) => b.text.trim())).toEqual([
      { kind: 'heading', level: 2, text: '三、报名' },
      { kind: 'list-item', text: '1. 报名时间：2025年2月10日至2月26日。' },
      { kind: 'list-item', text: '2. 报名方式：网上报名。' },
    ]);
    expect(readText(Buffer.from('1. 报名时间\n2. 报名方式\n'), true).every((b) => b.kind !== 'list-item')).toBe(true);
  });

  it('reads rows pasted with tabs (out of Word or a spreadsheet) as a table, a lone tab in prose as prose', () => {
    const txt = '第三条　接收计划如下：\n学院\t专业\t接收计划（人）\n农学院\t农学\t12\n农学院\t园艺\t9\n注：\t仅供参考。\n';
    const blocks = readText(Buffer.from(txt), false).filter((b) => b.text.trim());
    expect(blocks.filter((b) => b.kind === 'table-row').map((b) => b.text)).toEqual([
      '学院：农学院 | 专业：农学 | 接收计划（人）：12',
      '学院：农学院 | 专业：园艺 | 接收计划（人）：9',
    ]);
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: '注：\t仅供参考。' });
    // Labels and their values, a tab between, are lines of their own.
    const contact = readText(Buffer.from('联系人：\t王老师\n电话：\t0532-88886666\n'), false);
    expect(contact.filter((b) => b.text.trim()).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads Markdown inline marks, quotes and rules as no text (**bold**, > 提示, ---)', () => {
    const md = '## **三、**报到\n\n> 温馨提示：请认准**迎新志愿者**\n\n---\n\n- 学校不配发床上用品，**不强制购买**。\n\n| 房型 | 住宿费 |\n|---|---|\n| **六人间** | **1000** |\n';
    const blocks = readText(Buffer.from(md), true).filter((b) => b.text.trim());
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: '三、报到' },
      { kind: 'paragraph', text: '温馨提示：请认准迎新志愿者' },
      { kind: 'list-item', text: '学校不配发床上用品，不强制购买。' },
      { kind: 'table-row', text: '房型：六人间 | 住宿费：1000' },
    ]);
  });
});
