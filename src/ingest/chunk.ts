// Cuts a document into section-aware chunks: never across a heading, long sections at sentence ends.
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
    spans.push({ path: s.path, start: s.end, end: doc.sections[i + 1]?.start ?? doc.text.length });
  });
  return spans;
}

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

export function chunkDocument(doc: ReportDocument, bodyStart: number, opts: ChunkOptions): Chunk[] {
  const chunks: Chunk[] = [];
  for (const span of sectionSpans(doc, bodyStart)) {
    const [s, e] = trimSpan(doc.text, span.start, span.end);
    if (e <= s) continue;
    const ends = sentenceEnds(doc.text, s, e);
    let from = s;
    while (from < e) {
      // Grow to the last sentence end within the size; a single longer sentence is kept whole.
      let to = ends.find((x) => x > from)!;
      for (const x of ends) if (x > to && x - from <= opts.size) to = x;
      const [cs, ce] = trimSpan(doc.text, from, to);
      if (ce > cs) {
        chunks.push({
          id: `${doc.docId}#${chunks.length}`,
          docId: doc.docId,
          file: doc.file,
          school: doc.school,
          title: doc.title,
          period: doc.period,
          section: span.path,
          text: doc.text.slice(cs, ce),
          start: cs,
          end: ce,
        });
      }
      if (to >= e) break;
      // Overlap: restart at the earliest sentence start (else clause start) that repeats at most
      // `overlap` characters, so a fact cut at the boundary is whole in one of the two chunks.
      const back = ends.find((x) => x > from && x < to && to - x <= opts.overlap) ?? clauseStart(doc.text, from, to, opts.overlap);
      from = back ?? to;
    }
  }
  return chunks;
}
