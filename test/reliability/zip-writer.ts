// A minimal zip writer for hostile .docx files: each entry may lie about its size, share its data
// with other entries (overlapping-file bombs) or be stored; plus a well-formed minimal .docx.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Store instead of deflate. */
  stored?: boolean;
  /** The uncompressed size written in the headers (default: the real one). */
  declaredSize?: number;
  /** Entries with the same key share one local record (the central directory points at it). */
  shareKey?: string;
  /** Set the "encrypted" flag. */
  encrypted?: boolean;
  /** Pre-compressed raw deflate bytes (for bombs made without holding the expanded data). */
  compressed?: { bytes: Buffer; size: number; crc: number };
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const shared = new Map<string, { offset: number; csize: number; crc: number; size: number; method: number }>();
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let rec = e.shareKey ? shared.get(e.shareKey) : undefined;
    if (!rec) {
      const method = e.stored ? 0 : 8;
      const body = e.compressed?.bytes ?? (e.stored ? e.data : deflateRawSync(e.data));
      const crc = e.compressed?.crc ?? crc32(e.data);
      const size = e.compressed?.size ?? e.data.length;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(e.encrypted ? 1 : 0, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE((e.declaredSize ?? size) >>> 0, 22);
      local.writeUInt16LE(name.length, 26);
      rec = { offset, csize: body.length, crc, size, method };
      locals.push(local, name, body);
      offset += 30 + name.length + body.length;
      if (e.shareKey) shared.set(e.shareKey, rec);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.encrypted ? 1 : 0, 8);
    c.writeUInt16LE(rec.method, 10);
    c.writeUInt32LE(rec.crc >>> 0, 16);
    c.writeUInt32LE(rec.csize, 20);
    c.writeUInt32LE((e.declaredSize ?? rec.size) >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(rec.offset, 42);
    central.push(c, name);
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length & 0xffff, 8);
  eocd.writeUInt16LE(entries.length & 0xffff, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** document.xml around a body. */
export const documentXml = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>') =>
  `${prolog}\n<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;

export const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;

/** The three parts every .docx needs, with `document` as word/document.xml, plus any extra entries. */
export function docx(document: string | Buffer | ZipEntry, extra: ZipEntry[] = []): Buffer {
  const main: ZipEntry = Buffer.isBuffer(document) || typeof document === 'string' ? { name: 'word/document.xml', data: Buffer.from(document) } : document;
  return zip([{ name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) }, { name: '_rels/.rels', data: Buffer.from(RELS) }, main, ...extra]);
}
