// Inspects a .docx's zip container before mammoth expands it: entry count, declared and actual
// expanded size (a zip bomb lies in its headers, so every entry is inflated with a hard output cap),
// encryption, and, in every XML part, DTDs (Word never writes one; entities can expand without bound
// or name outside files) and nesting depth (deep nesting overflows the readers' recursion).
import { inflateRawSync } from 'node:zlib';
import { RejectedFile } from './blocks.js';
import { type ReadLimits, megabytes } from './read-limits.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A broken container: the same wording as mammoth's own failures. */
const corrupt = (reason: string): never => {
  throw new RejectedFile(`corrupt .docx (${reason}): re-save it from Word`);
};

/** Over a limit: the reason names the limit's variable. */
const reject = (reason: string): never => {
  throw new RejectedFile(`${reason}: re-save it from Word or raise the limit`);
};

/** The end-of-central-directory record: within the last 64 KB + 22 bytes (its comment may be up to 64 KB). */
function findEocd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return corrupt('not a complete zip archive: truncated, or not a .docx at all');
}

function centralDirectory(buf: Buffer, limits: ReadLimits): Entry[] {
  const eocd = findEocd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) corrupt('a ZIP64 archive, which Word does not write for documents');
  if (count > limits.maxZipEntries) reject(`${count} zip entries, over the ${limits.maxZipEntries} limit (MAX_ZIP_ENTRIES)`);
  if (offset + size > eocd) corrupt(`damaged zip archive: central directory out of bounds`);
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) corrupt(`damaged zip archive: bad central directory entry`);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, inflated with an output cap of `budget` bytes. */
function inflateEntry(buf: Buffer, e: Entry, budget: number): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) corrupt(`damaged zip archive: entry ${e.name} has no local header`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) corrupt(`truncated zip archive: entry ${e.name} runs past the end of the file`);
  const data = buf.subarray(start, end);
  if (e.method === 0) return data;
  if (e.method !== 8) corrupt(`zip entry ${e.name} uses compression method ${e.method}, not deflate`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      return reject(`expands past ${megabytes(budget)} while inflating ${e.name} (a zip bomb?), over the MAX_EXPANDED_MB limit`);
    }
    return corrupt(`damaged zip entry ${e.name}: ${(err as Error).message}`);
  }
}

/**
 * Deepest element nesting in an XML text, scanning tags linearly (quoted attribute values may hold
 * "<" or ">"). Stops counting once past `max`.
 */
export function xmlDepth(xml: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let i = xml.indexOf('<');
  while (i !== -1 && i < xml.length) {
    const next = xml[i + 1];
    if (next === '/') depth--;
    else if (next !== '?' && next !== '!') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    }
    // Find the tag's end, skipping quoted values.
    let j = i + 1;
    let quote = '';
    for (; j < xml.length; j++) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (next !== '/' && next !== '?' && next !== '!' && xml[j - 1] === '/') depth--;
    i = xml.indexOf('<', j + 1);
  }
  return deepest;
}

/** Throws RejectedFile naming the limit a .docx breaks; returns when it is safe to hand to mammoth. */
export function inspectDocxZip(buf: Buffer, limits: ReadLimits): void {
  const entries = centralDirectory(buf, limits);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxExpandedBytes) {
    reject(`expands to ${megabytes(declared)}, over the ${megabytes(limits.maxExpandedBytes)} limit (MAX_EXPANDED_MB)`);
  }
  let expanded = 0;
  for (const e of entries) {
    if (e.flags & 1) throw new RejectedFile('encrypted .docx (a password is needed to open it): save it without a password');
    if (e.name.endsWith('/')) continue;
    const data = inflateEntry(buf, e, limits.maxExpandedBytes - expanded);
    expanded += data.length;
    if (data.length !== e.size) corrupt(`damaged zip archive: entry ${e.name} is ${data.length} bytes, its header says ${e.size}`);
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const xml = data.toString('utf8');
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
      throw new RejectedFile(
        `${e.name} declares a DTD or entities, which Word never writes (they can expand without bound or name outside files): re-save it from Word`,
      );
    }
    const depth = xmlDepth(xml, limits.maxXmlDepth);
    if (depth > limits.maxXmlDepth) {
      throw new RejectedFile(`${e.name} nests elements more than ${limits.maxXmlDepth} deep (MAX_XML_DEPTH): re-save it from Word`);
    }
  }
}
