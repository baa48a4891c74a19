// Generates a folder of hostile files for the ingest: zip bombs, broken containers, XML attacks,
// broken encodings, pathological text shapes, links and special files, broken PDFs and pages, and
// seeded byte-level mutations of valid files. Each file says what the ingest must do with it.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import { prng } from '../../scripts/bench/generate.js';
import { reportPage } from '../fixtures/html-page.js';
import { reportPdf } from '../fixtures/pdf-writer.js';
import { CORPUS, REPORTS } from '../helpers.js';
import { type ZipEntry, docx, documentXml, para, zip } from './zip-writer.js';

export interface HostileFile {
  name: string;
  category: string;
  /** 'reject': must be rejected (with a reason matching `reason` when given); 'index': must be indexed; 'either': any, but no crash. */
  expect: 'reject' | 'index' | 'either';
  reason?: RegExp;
}

export interface Limits {
  chunkSize: number;
  maxDocChars: number;
  maxExpandedMb: number;
  maxZipEntries: number;
  maxXmlDepth: number;
  maxFileMb: number;
}

const shipped = (i: number) => readFileSync(join(CORPUS, REPORTS[i % REPORTS.length]!), 'utf8');

/** Raw deflate of `header + fill × count + footer` made in pieces, so the expanded bytes are never held. */
async function deflatedRepeat(header: string, fill: Buffer, count: number, footer: string): Promise<NonNullable<ZipEntry['compressed']>> {
  const out: Buffer[] = [];
  const z = createDeflateRaw({ level: 9 });
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((r) => z.on('end', r));
  let crc = crc32(header);
  let size = Buffer.byteLength(header);
  const write = (b: Buffer) => new Promise<void>((r) => (z.write(b) ? r() : z.once('drain', () => r())));
  await write(Buffer.from(header));
  for (let i = 0; i < count; i++) {
    await write(fill);
    crc = crc32(fill, crc);
    size += fill.length;
  }
  z.end(Buffer.from(footer));
  crc = crc32(footer, crc);
  size += Buffer.byteLength(footer);
  await done;
  return { bytes: Buffer.concat(out), size, crc };
}

/** Writes the hostile corpus into `dir`; `full` makes every variant, else a quick share of each category. */
export async function writeHostileCorpus(dir: string, limits: Limits, opts: { full: boolean; unprivileged: boolean }): Promise<HostileFile[]> {
  const full = opts.full;
  mkdirSync(dir, { recursive: true });
  const files: HostileFile[] = [];
  const rand = prng(20240615);
  const add = (name: string, data: Buffer | string, category: string, expect: HostileFile['expect'], reason?: RegExp) => {
    writeFileSync(join(dir, name), data);
    files.push({ name, category, expect, reason });
  };
  const n = (quick: number, all: number) => (full ? all : quick);
  const MB = 1024 * 1024;
  const validDocx = (i: number) => docx(documentXml(shipped(i).split('\n').map(para).join('')));

  // Zip bombs. Expanded far past MAX_EXPANDED_MB with honest headers; the same with headers that
  // claim a few bytes; more entries than MAX_ZIP_ENTRIES; overlapping entries sharing one record.
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`;
  const tail = '</w:t></w:r></w:p></w:body></w:document>';
  const bombMb = limits.maxExpandedMb * 3;
  const bomb = await deflatedRepeat(head, Buffer.alloc(MB, 'A'), bombMb, tail);
  add('bomb-honest.docx', docx({ name: 'word/document.xml', data: Buffer.alloc(0), compressed: bomb }), 'zip bomb', 'reject', /MAX_EXPANDED_MB/);
  for (let i = 0; i < n(1, 4); i++) {
    const declaredSize = [1000, 50_000, 1, 4096][i]!;
    add(
      `bomb-lying-${i}.docx`,
      docx({ name: 'word/document.xml', data: Buffer.alloc(0), compressed: bomb, declaredSize }),
      'zip bomb',
      'reject',
      /MAX_EXPANDED_MB/,
    );
  }
  for (let i = 0; i < n(1, 3); i++) {
    const count = limits.maxZipEntries + 1 + i * 5000;
    const extra = Array.from({ length: count }, (_, k) => ({ name: `word/media/x${k}.bin`, data: Buffer.from('x') }));
    add(`bomb-entries-${i}.docx`, docx(documentXml(para('学院')), extra), 'zip bomb', 'reject', /MAX_ZIP_ENTRIES/);
  }
  {
    const chunk = await deflatedRepeat('', Buffer.alloc(MB, 0), 8, '');
    for (let i = 0; i < n(1, 3); i++) {
      const copies = Math.ceil((limits.maxExpandedMb * (1.5 + i)) / 8);
      const extra = Array.from({ length: copies }, (_, k) => ({ name: `word/media/o${k}.bin`, data: Buffer.alloc(0), compressed: chunk, shareKey: 'o' }));
      add(`bomb-overlap-${i}.docx`, docx(documentXml(para('湖南某某学院信息公开年度报告')), extra), 'zip bomb', 'reject', /MAX_EXPANDED_MB/);
    }
  }
  for (let i = 0; i < n(1, 2); i++) {
    add(
      `bomb-nested-${i}.docx`,
      docx(
        documentXml(
          shipped(4 + i)
            .split('\n')
            .map(para)
            .join(''),
        ),
        [{ name: 'word/embeddings/inner.zip', data: zip([{ name: 'a', data: Buffer.alloc(MB * (i + 1), 0) }]) }],
      ),
      'zip bomb',
      'index',
    );
  }

  // Broken and disguised containers.
  const good = validDocx(1);
  for (let i = 0; i < n(3, 12); i++) {
    add(`truncated-${i}.docx`, good.subarray(0, Math.floor(good.length * ((i + 1) / 14))), 'truncated zip', 'reject', /corrupt \.docx/);
  }
  add('renamed-zip-no-document.docx', zip([{ name: 'readme.txt', data: Buffer.from('hello') }]), 'renamed zip', 'reject', /corrupt \.docx/);
  add('renamed-docx.pdf', good, 'renamed zip', 'reject', /PDF/);
  add('renamed-docx.txt', good, 'renamed zip', 'reject', /binary/);
  if (full) {
    add('renamed-docx.html', good, 'renamed zip', 'either');
    add('renamed-docx.md', good, 'renamed zip', 'reject', /binary/);
    add('renamed-png.docx', Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(2000, 7)]), 'renamed zip', 'reject', /corrupt \.docx/);
    add(
      'encrypted.docx',
      zip([{ name: 'word/document.xml', data: Buffer.from(documentXml(para('x'))), encrypted: true }]),
      'renamed zip',
      'reject',
      /encrypted|corrupt/,
    );
    add('stored-method.docx', zip([{ name: 'word/document.xml', data: Buffer.from(documentXml(para('报告'))), stored: true }]), 'renamed zip', 'either');
  }

  // XML attacks inside a .docx.
  const dtd = (decl: string, use: string) =>
    documentXml(para('湖南某某学院') + `<w:p><w:r><w:t>${use}</w:t></w:r></w:p>`, `<?xml version="1.0"?>\n<!DOCTYPE w:document [${decl}]>`);
  const xxe: [string, string][] = [
    ['<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;'],
    ['<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">', '&xxe;'],
    ['<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;', 'x'],
    [
      '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">',
      '&h;',
    ],
    ['<!ENTITY x SYSTEM "/proc/self/environ">', '&x;'],
    ['<!ELEMENT w:document ANY>', 'plain'],
  ];
  for (const [i, [decl, use]] of xxe.slice(0, n(2, xxe.length)).entries()) {
    add(`xml-entities-${i}.docx`, docx(dtd(decl, use)), 'docx XML attack', 'reject', /DTD/);
  }
  for (let i = 0; i < n(1, 3); i++) {
    const attr = 'A'.repeat((i + 1) * 4 * MB);
    add(
      `xml-huge-attribute-${i}.docx`,
      docx(documentXml(`<w:p w:rsidR="${attr}">${para('湖南某某学院信息公开年度报告')}</w:p>` + para('学校依法公开信息。'))),
      'docx XML attack',
      'either',
    );
  }
  for (const [i, depth] of [limits.maxXmlDepth * 40, limits.maxXmlDepth + 10, 100_000].slice(0, n(1, 3)).entries()) {
    const body = '<w:sdt><w:sdtContent>'.repeat(depth) + para('深') + '</w:sdtContent></w:sdt>'.repeat(depth);
    add(`xml-deep-${i}.docx`, docx(documentXml(body)), 'docx XML attack', 'reject', /MAX_XML_DEPTH/);
  }
  add(
    'xml-shallow-ok.docx',
    docx(documentXml('<w:sdt><w:sdtContent>'.repeat(20) + shipped(3).split('\n').map(para).join('') + '</w:sdtContent></w:sdt>'.repeat(20))),
    'docx XML attack',
    'index',
  );
  if (full) {
    add('xml-not-xml.docx', docx('this is not xml <<<>>>'), 'docx XML attack', 'either');
    add('xml-unclosed.docx', docx(documentXml(para('学院')).slice(0, -30)), 'docx XML attack', 'either');
    add(
      'xml-many-attributes.docx',
      docx(documentXml(`<w:p ${Array.from({ length: 20000 }, (_, k) => `w:a${k}="1"`).join(' ')}>${para('学院')}</w:p>`)),
      'docx XML attack',
      'either',
    );
  }

  // Encodings and control characters.
  const text0 = shipped(0);
  add('nul-start.txt', Buffer.concat([Buffer.from([0, 0, 0, 1, 2, 3]), Buffer.from(text0)]), 'NUL bytes', 'reject', /binary/);
  add('nul-late.txt', Buffer.from(text0 + text0.slice(0, 3000).replace(/。/g, '。\u0000')), 'NUL bytes', 'index');
  add('nul-everywhere.txt', Buffer.from(text0.replace(/(.)/g, '$1\u0000\u0000')), 'NUL bytes', 'reject', /binary/);
  for (let i = 0; i < n(2, 6); i++) {
    const b = Buffer.from(shipped(i));
    const r = prng(100 + i);
    for (let k = 0; k < 50 * (i + 1); k++) b[Math.floor(r() * b.length)] = 0x80 + Math.floor(r() * 0x7f);
    add(`invalid-utf8-${i}.txt`, b, 'invalid UTF-8', 'either');
  }
  for (let i = 0; i < n(1, 4); i++) {
    const [a, b] = [shipped(i).slice(0, 4000), shipped(i + 1).slice(0, 4000)];
    const enc = ['gb18030', 'big5', 'utf16le', 'shift_jis'][i]!;
    add(`mixed-encodings-${i}.txt`, Buffer.concat([Buffer.from(a), iconv.encode(b, enc)]), 'mixed encodings', 'either');
  }
  add('utf16-no-bom.txt', iconv.encode(text0, 'utf16le'), 'mixed encodings', 'index');
  add('utf16be-bom.md', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text0, 'utf16be')]), 'mixed encodings', 'index');
  add('gbk.txt', iconv.encode(text0, 'gbk'), 'mixed encodings', 'index');

  // Pathological text shapes.
  const cjk = (len: number, r = rand) => Array.from({ length: len }, () => String.fromCharCode(0x4e00 + Math.floor(r() * 0x5000))).join('');
  add('single-line-10mb.txt', 'a'.repeat(10 * MB), 'single line', 'reject', /MAX_DOC_CHARS/);
  if (full) {
    add('single-line-10mb-cjk.txt', `湖南某某学院信息公开年度报告\n${cjk(Math.ceil((10 * MB) / 3))}`, 'single line', 'reject', /MAX_DOC_CHARS/);
    add('single-line-digits.md', '1234567890'.repeat(MB / 10), 'single line', 'index');
    add('single-line-spaces.txt', '学 '.repeat(MB / 2), 'single line', 'index');
  }
  add('single-line-under-limit.txt', `湖南某某学院信息公开年度报告\n${cjk(Math.floor(limits.maxDocChars * 0.4))}`, 'single line', 'index');
  for (let i = 0; i < n(1, 3); i++) add(`no-sentence-ends-${i}.txt`, `某某职业技术学院\n${cjk(200_000 * (i + 1))}`, 'no sentence ends', 'index');
  add('no-sentence-ends-commas.txt', `某某学院\n${Array.from({ length: 50_000 }, () => cjk(8)).join('，')}`, 'no sentence ends', 'index');
  add('tiny-lines-100k.txt', Array.from({ length: 100_000 }, (_, k) => `第${k}行`).join('\n'), 'tiny lines', 'index');
  if (full) {
    add('tiny-lines-100k-crlf.md', Array.from({ length: 100_000 }, () => cjk(2)).join('\r\n'), 'tiny lines', 'index');
    add('empty-lines-1m.txt', `学院\n${'\n'.repeat(MB)}报告`, 'tiny lines', 'either');
  }
  add(
    'only-headings.md',
    Array.from({ length: 3000 }, (_, k) => `${'#'.repeat((k % 6) + 1)} 第${k}章 标题`).join('\n'),
    'only headings',
    'reject',
    /no text to answer from/,
  );
  add(
    'only-headings.txt',
    Array.from({ length: 3000 }, (_, k) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][k % 10]}、标题${k}`).join('\n'),
    'only headings',
    'either',
  );
  add(
    'only-table.md',
    ['| 项目 | 数量 | 单位 |', '|---|---|---|', ...Array.from({ length: 5000 }, (_, k) => `| 项目${k} | ${k} | 个 |`)].join('\n'),
    'only a table',
    'index',
  );
  add('only-table.txt', ['项目 | 数量', ...Array.from({ length: 5000 }, (_, k) => `项目${k} | ${k}`)].join('\n'), 'only a table', 'index');
  if (full) {
    const rows = Array.from(
      { length: 3000 },
      (_, k) => `<w:tr><w:tc><w:p><w:r><w:t>项目${k}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${k}</w:t></w:r></w:p></w:tc></w:tr>`,
    ).join('');
    add('only-table.docx', docx(documentXml(`<w:tbl>${rows}</w:tbl>`)), 'only a table', 'index');
    add(
      'only-table.html',
      `<html><body><article><table>${Array.from({ length: 3000 }, (_, k) => `<tr><td>项目${k}</td><td>${k}</td></tr>`).join('')}</table></article></body></html>`,
      'only a table',
      'either',
    );
    add(
      'table-100k-columns.md',
      `| ${Array.from({ length: 100_000 }, (_, k) => `c${k}`).join(' | ')} |\n| ${Array.from({ length: 100_000 }, (_, k) => `${k}`).join(' | ')} |`,
      'only a table',
      'either',
    );
  }
  const rtl = 'هذا تقرير الإفصاح عن المعلومات للجامعة. ' + 'זהו דוח גילוי מידע. ';
  add('rtl.txt', `某某学院信息公开年度报告\n${rtl.repeat(2000)}`, 'RTL and zero-width', 'index');
  add(
    'bidi-overrides.txt',
    `某某学院\u202e信息公开年度报告\u202c\n一、收费\n学费\u2066标准\u2069为每年5000元。\u200f\n${shipped(1)}`,
    'RTL and zero-width',
    'index',
  );
  add('zero-width.txt', shipped(2).replace(/(.)/g, '$1\u200b').slice(0, 200_000), 'RTL and zero-width', 'index');
  add('zero-width-only.txt', '\u200b\u200c\u200d\ufeff\u2060'.repeat(20_000), 'RTL and zero-width', 'reject', /no text/);
  add('emoji.txt', `某某学院信息公开年度报告\n${'🎓📚🏫👩‍🎓🇨🇳'.repeat(30_000)}`, 'emoji', 'index');
  add('emoji-mixed.md', `# 某某学院\n${Array.from({ length: 20_000 }, (_, k) => `学费${k}元😀`).join('')}`, 'emoji', 'index');
  add('combining-marks.txt', `学院\n${'a\u0301\u0302\u0303\u0304'.repeat(100_000)}`, 'emoji', 'either');

  // Names, links and special files.
  add(`${'长'.repeat(80)}.txt`, text0, 'long file name', 'index');
  add(`${'x'.repeat(250)}.txt`, shipped(1), 'long file name', 'index');
  add(`name with spaces & 'quotes' "and" $(dollar).txt`, shipped(2), 'long file name', 'index');
  add('-dash-first.md', shipped(3), 'long file name', 'index');
  const outside = join(dir, '..', 'outside-secret.txt');
  writeFileSync(outside, '某某学院\n秘密：outside-the-corpus-marker。');
  const link = (name: string, target: string, expect: HostileFile['expect'], reason?: RegExp) => {
    symlinkSync(target, join(dir, name));
    files.push({ name, category: 'symlink', expect, reason });
  };
  link('link-outside.txt', outside, 'reject', /outside the corpus/);
  link('link-etc-passwd.txt', '/etc/passwd', 'reject', /outside the corpus/);
  link('link-relative-outside.txt', '../outside-secret.txt', 'reject', /outside the corpus/);
  link('link-broken.txt', join(dir, 'does-not-exist.txt'), 'reject', /broken symbolic link/);
  link('link-loop-a.txt', join(dir, 'link-loop-b.txt'), 'reject', /loop/);
  link('link-loop-b.txt', join(dir, 'link-loop-a.txt'), 'reject', /loop/);
  link('link-proc.txt', '/proc/self/mem', 'reject', /outside the corpus/);
  link('link-dev-zero.txt', '/dev/zero', 'reject', /outside the corpus/);
  link('link-inside.txt', `${'x'.repeat(250)}.txt`, 'either');
  const fifo = join(dir, 'fifo.txt');
  if (spawnSync('mkfifo', [fifo]).status === 0) files.push({ name: 'fifo.txt', category: 'special file', expect: 'reject', reason: /named pipe/ });
  add('unreadable.txt', shipped(4), 'unreadable', opts.unprivileged ? 'reject' : 'either', /permission denied/);
  chmodSync(join(dir, 'unreadable.txt'), 0o000);
  add('too-big.txt', Buffer.alloc(Math.ceil(limits.maxFileMb * MB) + 1, 'a'), 'too big', 'reject', /MAX_FILE_MB/);
  add('empty.txt', '', 'too big', 'reject', /empty/);
  add('no-extension', `${text0}\n附注：无扩展名。`, 'too big', 'reject', /unsupported extension/);

  // Broken PDFs.
  const pdf = await reportPdf(shipped(0), { header: '信息公开年度报告' });
  for (let i = 0; i < n(2, 8); i++) add(`pdf-truncated-${i}.pdf`, pdf.subarray(0, Math.floor(pdf.length * ((i + 1) / 9))), 'broken PDF', 'either');
  add('pdf-header-only.pdf', '%PDF-1.7\n', 'broken PDF', 'reject', /PDF/);
  add(
    'pdf-garbage.pdf',
    Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 50_000 }, () => Math.floor(rand() * 256)))]),
    'broken PDF',
    'reject',
    /PDF/,
  );
  add('pdf-not-pdf.pdf', `${text0}\n附注：不是PDF。`, 'broken PDF', 'reject', /PDF/);
  if (full) {
    add(
      'pdf-huge-count.pdf',
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 100000000>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF',
      'broken PDF',
      'reject',
    );
    add('pdf-deep-arrays.pdf', `%PDF-1.4\n1 0 obj${'['.repeat(100_000)}${']'.repeat(100_000)}endobj\ntrailer<</Root 1 0 R>>\n%%EOF`, 'broken PDF', 'reject');
    add(
      'pdf-xref-loop.pdf',
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF',
      'broken PDF',
      'reject',
    );
    add(
      'pdf-bad-xref.pdf',
      Buffer.concat([pdf.subarray(0, pdf.lastIndexOf('xref')), Buffer.from('xref\n0 99999999\ngarbage\ntrailer<</Size 5>>\nstartxref\n0\n%%EOF')]),
      'broken PDF',
      'either',
    );
    add(
      'pdf-stream-bomb.pdf',
      '%PDF-1.4\n1 0 obj<</Length 999999999/Filter/FlateDecode>>stream\nxx\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF',
      'broken PDF',
      'reject',
    );
  }

  // Broken web pages.
  const page = reportPage(shipped(1));
  add(
    'html-deep.html',
    `<html><body>${'<div>'.repeat(n(20_000, 100_000))}学院${'</div>'.repeat(n(20_000, 100_000))}</body></html>`,
    'broken HTML',
    'reject',
    /MAX_XML_DEPTH/,
  );
  add('html-unclosed.html', `<html><body><article>${'<p><b><i>学院报告。'.repeat(20_000)}`, 'broken HTML', 'reject', /MAX_XML_DEPTH/);
  add('html-flat-many.html', `<html><body><article>${'<span>学</span>'.repeat(300_000)}</article></body></html>`, 'broken HTML', 'reject', /MAX_HTML_ELEMENTS/);
  add('html-script-only.html', `<html><head><script>${'var a=1;'.repeat(100_000)}</script></head><body></body></html>`, 'broken HTML', 'reject');
  add('html-truncated.htm', page.subarray(0, Math.floor(page.length / 3)), 'broken HTML', 'either');
  if (full) {
    add('html-entities.html', `<html><body><article><p>${'&amp;&#x4e00;&#19968;&nbsp;'.repeat(200_000)}</p></article></body></html>`, 'broken HTML', 'either');
    add(
      'html-bad-charset.html',
      `<html><head><meta charset="x-made-up"></head><body><article><p>${shipped(2)}</p></article></body></html>`,
      'broken HTML',
      'either',
    );
    add('html-utf16-charset-lie.html', Buffer.concat([Buffer.from('<meta charset="utf-16">'), Buffer.from(shipped(3))]), 'broken HTML', 'either');
    add(
      'html-xhtml-entities.html',
      `<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><html><body><article><p>&b;&b;&b;${shipped(4)}</p></article></body></html>`,
      'broken HTML',
      'either',
    );
    add('html-huge-attribute.html', `<html><body><article><p title="${'x'.repeat(5 * MB)}">${shipped(0)}</p></article></body></html>`, 'broken HTML', 'either');
    add('html-binary.html', Buffer.from(Array.from({ length: 100_000 }, () => Math.floor(rand() * 256))), 'broken HTML', 'either');
    add('html-comment-bomb.html', `<html><body><!--${'<!--'.repeat(200_000)}--><article><p>${shipped(1)}</p></article></body></html>`, 'broken HTML', 'either');
  }

  // Seeded byte-level mutations of valid files of every format.
  const seeds: [string, Buffer][] = [
    ['txt', Buffer.from(shipped(0))],
    ['md', Buffer.from(`# ${shipped(1)}`)],
    ['docx', validDocx(2)],
    ['pdf', pdf],
    ['html', reportPage(shipped(3))],
  ];
  const mutations = n(10, 120);
  for (let i = 0; i < mutations; i++) {
    const [ext, seed] = seeds[i % seeds.length]!;
    const b = Buffer.from(seed);
    const r = prng(1000 + i);
    const kind = i % 4;
    let out: Buffer;
    if (kind === 0) {
      for (let k = 0; k < 1 + Math.floor(r() * 40); k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
      out = b;
    } else if (kind === 1) {
      const at = Math.floor(r() * b.length);
      out = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: Math.floor(r() * 5000) }, () => Math.floor(r() * 256))), b.subarray(at)]);
    } else if (kind === 2) {
      const at = Math.floor(r() * b.length);
      const len = Math.floor(r() * Math.min(5000, b.length - at));
      out = Buffer.concat([b.subarray(0, at), b.subarray(at + len)]);
    } else {
      const at = Math.floor(r() * b.length);
      out = Buffer.concat([b.subarray(0, at), b.subarray(Math.floor(r() * b.length)), b.subarray(at)]);
    }
    add(`mutated-${String(i).padStart(3, '0')}.${ext}`, out, `mutated ${ext}`, 'either');
  }
  return files;
}
