// Cuts a document into section-aware chunks: never across a heading, long sections at sentence ends,
// and a sentence longer than the chunk size at a clause mark or, failing one, hard at the size: no
// chunk is ever longer than the configured size, whatever the punctuation.
import type { Chunk, ReportDocument } from '../types.js';

export interface ChunkOptions {
  size: number;
  overlap: number;
}

/** Spans of text owned directly by each section (and the preamble), between consecutive headings. */
function sectionSpans(doc: ReportDocument, bodyStart: number): { path: string[]; start: number; end: number }[] {
  const spans: { path: string[]; start: number; end: number }[] = [];
  const first = doc.sections[0]?.start ?? doc.text.length;
  spans.push({ path: [], start: bodyStart, end: first });
  doc.sections.forEach((s, i) => {
    const end = doc.sections[i + 1]?.start ?? doc.text.length;
    // A numbered line that states something (（一）新标准自2025年9月1日起执行。, （三）…绩点不低于2.50…；) is
    // text of its own, whether or not lines sit below it: without this it would be indexed nowhere.
    const statement = /[。；;！!]$/.test(s.heading) && s.heading.length >= STATEMENT_MIN;
    spans.push({ path: s.path, start: statement ? s.start : s.end, end });
  });
  return spans;
}

/** The shortest numbered line read as a statement (（一）新标准自2025年9月1日起执行。), not a label (1.基本信息。). */
const STATEMENT_MIN = 10;

/** Sentence ends (。；！？ and line breaks) inside [start, end), as offsets just after the mark. */
function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  for (let i = start; i < end; i++) if (/[。；！？!?;\n]/.test(text[i]!)) ends.push(i + 1);
  if (ends.at(-1) !== end) ends.push(end);
  return ends;
}

/** The first clause start in the overlap; never inside a table row, which reads only whole. */
function clauseStart(text: string, from: number, to: number, overlap: number): number | undefined {
  for (let i = Math.max(from + 1, to - overlap); i < to; i++) {
    if (!/[，、：,:]/.test(text[i - 1]!)) continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const lineEnd = text.indexOf('\n', i);
    if (text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).includes(' | ')) continue;
    return i;
  }
  return undefined;
}

/** Trims whitespace off a span's edges, keeping offsets exact. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Clause marks and spaces: where a sentence too long for one chunk is best cut. */
const CLAUSE = /[，、：,:\s）)》」』]/;

/**
 * Where to cut a sentence longer than `size` that starts at `from`: after the last clause mark in the
 * second half of the window, else exactly at the size; never between the two halves of a surrogate
 * pair (emoji, rare CJK characters).
 */
function hardEnd(text: string, from: number, size: number): number {
  const limit = from + size;
  for (let i = limit; i > from + size / 2; i--) if (CLAUSE.test(text[i - 1]!)) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function chunkDocument(doc: ReportDocument, bodyStart: number, opts: ChunkOptions): Chunk[] {
  const chunks: Chunk[] = [];
  const text = doc.text;
  for (const span of sectionSpans(doc, bodyStart)) {
    const [s, e] = trimSpan(text, span.start, span.end);
    if (e <= s) continue;
    const ends = sentenceEnds(text, s, e);
    let k = 0;
    let from = s;
    while (from < e) {
      while (ends[k]! <= from) k++;
      // Grow to the last sentence end within the size; a longer sentence is cut (hardEnd).
      let j = k;
      while (j + 1 < ends.length && ends[j + 1]! - from <= opts.size) j++;
      let to = ends[j]!;
      const hard = to - from > opts.size;
      if (hard) to = hardEnd(text, from, opts.size);
      const [cs, ce] = trimSpan(text, from, to);
      if (ce > cs) {
        chunks.push({
          id: `${doc.docId}#${chunks.length}`,
          docId: doc.docId,
          file: doc.file,
          school: doc.school,
          title: doc.title,
          period: doc.period,
          section: span.path,
          text: text.slice(cs, ce),
          start: cs,
          end: ce,
        });
      }
      if (to >= e) break;
      // Overlap: restart at the earliest sentence start (else clause start) that repeats at most
      // `overlap` characters, so a fact cut at the boundary is whole in one of the two chunks. A hard
      // cut with neither restarts `overlap` characters back (while still moving on by half a chunk).
      let back: number | undefined;
      for (let m = k; m < ends.length && ends[m]! < to; m++) {
        if (ends[m]! > from && to - ends[m]! <= opts.overlap) {
          back = ends[m];
          break;
        }
      }
      back ??= clauseStart(text, from, to, opts.overlap);
      if (back === undefined && hard && to - opts.overlap > from + (to - from) / 2) back = to - opts.overlap;
      if (back !== undefined && text.charCodeAt(back) >= 0xdc00 && text.charCodeAt(back) <= 0xdfff) back++;
      from = back ?? to;
    }
  }
  return chunks;
}
