// Builds the hybrid index from a corpus folder: incremental, atomic, and tolerant of bad files.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { RejectedFile } from '../ingest/blocks.js';
import { listCorpus, vetCorpusEntry } from '../ingest/corpus.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../ingest/read-limits.js';
import { type Metadata, entryFor, readMetadata } from '../ingest/metadata.js';
import { parserFingerprint } from '../ingest/fingerprint.js';
import { FIGURES_VERSION, figureRecords } from '../ingest/figure-records.js';
import { hashOf, parseReport, type Parsed } from '../ingest/parse.js';
import { AppError } from '../errors.js';
import { ROW_NAME_FREQUENCY, addWords } from '../text/jieba.js';
import { tableKeyWords } from '../ingest/table-key-words.js';
import { campusWords } from '../ingest/place-words.js';
import { tokenize } from '../text/tokenize.js';
import type { Chunk, ReportDocument } from '../types.js';
import { buildBm25 } from './bm25.js';
import type { NamedEmbeddings } from './embeddings.js';
import { FORMAT_VERSION, type Manifest } from './manifest.js';
import { searchableText } from './searchable.js';
import { loadIndex, saveIndex } from './store.js';
import { hnswBuilder } from './hnsw-builder.js';
import type { HnswParams } from './hnsw.js';

export interface BuildOptions {
  corpusDir: string;
  indexDir: string;
  embeddings: NamedEmbeddings;
  chunkSize: number;
  chunkOverlap: number;
  maxFileBytes: number;
  /** The other reading limits (zip expansion, XML depth, text length, PDF pages); defaults in read-limits.json. */
  limits?: Partial<ReadLimits>;
  /** HNSW parameters (the benchmark varies them); defaults in hnsw.ts. */
  hnsw?: HnswParams;
  /**
   * Called as the build goes: each file read, each file embedded, the keyword index, the index files
   * written ('save'), waiting for and writing the HNSW graph ('graph'), and just before the atomic
   * swap ('swap'). Every call is at a point where the previous index is still the one in place.
   */
  onProgress?: (p: Progress) => void;
}

export type Phase = 'read' | 'embed' | 'index' | 'save' | 'graph' | 'swap';
export interface Progress {
  phase: Phase;
  done: number;
  total: number;
  file?: string;
}

export interface DocumentSummary {
  file: string;
  school: string;
  title: string;
  kind: string;
  period: string;
  /** Fields read from weaker evidence than the title block (body, publication date, file name). */
  guessed: string[];
  sections: number;
  chunks: number;
  warnings: string[];
  reused: boolean;
}

export interface BuildSummary {
  documents: DocumentSummary[];
  rejected: { file: string; reason: string }[];
  /** Files with the same bytes as one indexed earlier in the run: indexed once, under that name. */
  duplicates: { file: string; sameAs: string }[];
  elapsedMs: number;
  bytes: number;
  chunks: number;
  /** 0: everything ingested; 1: some files rejected; 2: nothing ingested, previous index untouched. */
  exitCode: 0 | 1 | 2;
}

interface Previous {
  /** Keyed by content hash plus the file's metadata entry: either changing means parsing again. */
  byHash: Map<string, { doc: ReportDocument; chunks: Chunk[]; vectors: Float32Array }>;
  /** Vectors by the text embedded: a file parsed again keeps the vectors of its unchanged chunks. */
  byText: Map<string, Float32Array>;
}

const textKey = (text: string) => createHash('sha1').update(text).digest('base64');

const reuseKey = (hash: string, meta: unknown) => `${hash}:${JSON.stringify(meta ?? null)}`;

/** What an earlier compatible index holds, keyed by content hash; nothing when it can't be read. */
async function previousIndex(opts: BuildOptions): Promise<Previous> {
  const byHash: Previous['byHash'] = new Map();
  const byText: Previous['byText'] = new Map();
  try {
    const prev = await loadIndex(opts.indexDir, opts.embeddings);
    const dim = prev.manifest.embedder.dim;
    prev.chunks.forEach((c, i) => byText.set(textKey(searchableText(c)), prev.vectors.slice(i * dim, (i + 1) * dim)));
    const { chunking, parser } = prev.manifest;
    if (chunking.size !== opts.chunkSize || chunking.overlap !== opts.chunkOverlap || parser !== parserFingerprint()) return { byHash, byText };
    const byDoc = new Map<string, number[]>();
    prev.chunks.forEach((c, i) => (byDoc.get(c.docId) ?? byDoc.set(c.docId, []).get(c.docId)!).push(i));
    const metaOf = new Map(prev.manifest.files.map((f) => [f.docId, f.metadata]));
    for (const doc of prev.documents) {
      const rows = byDoc.get(doc.docId) ?? [];
      const vectors = new Float32Array(rows.length * dim);
      rows.forEach((r, j) => vectors.set(prev.vectors.subarray(r * dim, (r + 1) * dim), j * dim));
      byHash.set(reuseKey(doc.hash, metaOf.get(doc.docId)), { doc, chunks: rows.map((r) => prev.chunks[r]!), vectors });
    }
  } catch (err) {
    // No index yet, or one we cannot reuse: everything is parsed afresh. A damaged one is said so.
    if (!(err instanceof AppError && err.code === 'INDEX_MISSING')) {
      console.warn(`The previous index is not reused (${(err as Error).message.split('\n')[0]}): every file is read afresh.`);
    }
  }
  return { byHash, byText };
}

export async function buildIndex(opts: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const files = await listCorpus(opts.corpusDir);
  let metadata: Metadata;
  try {
    metadata = await readMetadata(opts.corpusDir);
  } catch (err) {
    throw new AppError('CONFIG_INVALID', (err as Error).message);
  }
  const prev = await previousIndex(opts);
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, maxFileBytes: opts.maxFileBytes, ...opts.limits };
  const dim = opts.embeddings.dim;
  const rejected: BuildSummary['rejected'] = [];
  const duplicates: BuildSummary['duplicates'] = [];
  const accepted: { parsed: Parsed; meta: unknown; vectors?: Float32Array; reused: boolean }[] = [];
  const seen = new Map<string, string>();
  const docIds = new Set<string>();
  const notes = new Map<string, string[]>();
  const addNote = (file: string, note: string) => (notes.get(file) ?? notes.set(file, []).get(file)!).push(note);
  let bytes = 0;

  for (const [i, path] of files.entries()) {
    const file = basename(path);
    opts.onProgress?.({ phase: 'read', done: i, total: files.length, file });
    try {
      await vetCorpusEntry(path, opts.corpusDir, limits.maxFileBytes);
      const buf = await readFile(path);
      const hash = hashOf(buf);
      const twin = seen.get(hash);
      if (twin) {
        addNote(twin, `same content as ${file}: indexed once`);
        duplicates.push({ file, sameAs: twin });
        continue;
      }
      const meta = entryFor(metadata, file);
      const old = prev.byHash.get(reuseKey(hash, meta));
      const parsed =
        old && old.doc.file === file
          ? { doc: old.doc, chunks: old.chunks }
          : await parseReport(file, buf, { size: opts.chunkSize, overlap: opts.chunkOverlap, maxBytes: limits.maxFileBytes, limits, metadata: meta });
      if (parsed.chunks.length === 0) {
        throw new RejectedFile(
          `no text to answer from: only a title${parsed.doc.sections.length ? ` and ${parsed.doc.sections.length} headings` : ''}, nothing under them`,
        );
      }
      if (docIds.has(parsed.doc.docId)) {
        // Two names that slug alike: keep ids unique so citations stay unambiguous.
        const docId = `${parsed.doc.docId}-${hash.slice(0, 8)}`;
        parsed.doc = { ...parsed.doc, docId };
        parsed.chunks = parsed.chunks.map((c, j) => ({ ...c, docId, id: `${docId}#${j}` }));
      }
      // Only a file that was read counts as the original: a twin of a rejected file gets its own try.
      seen.set(hash, file);
      docIds.add(parsed.doc.docId);
      bytes += Buffer.byteLength(parsed.doc.text);
      accepted.push({ parsed, meta, vectors: old && old.doc.file === file ? old.vectors : undefined, reused: !!old && old.doc.file === file });
    } catch (err) {
      // One file never aborts an ingest: whatever goes wrong with it rejects that file alone.
      const reason = err instanceof RejectedFile ? err.message : unreadable(err);
      rejected.push({ file, reason });
    }
  }
  for (const file of metadata.keys()) {
    if (!files.some((f) => basename(f) === file)) console.warn(`metadata.json names "${file}", which is not in the corpus`);
  }
  opts.onProgress?.({ phase: 'read', done: files.length, total: files.length });

  if (accepted.length === 0) {
    return { documents: [], rejected, duplicates, elapsedMs: performance.now() - started, bytes, chunks: 0, exitCode: 2 };
  }

  // Institution names (and the names tables give their rows) join the dictionary before any tokenising, so
  // index and queries cut alike. A name jieba refuses is only a warning: that name is then matched by its characters.
  // (Every document's row names are read before any is added, as loadIndex does: index and questions cut alike.)
  // (…and so do the places its campuses are named by, 栌岙 of 栌岙校区.)
  const rowNames = accepted.map((a) => [...tableKeyWords(a.parsed.doc.text), ...campusWords(a.parsed.doc.text)]);
  for (const [i, a] of accepted.entries()) {
    const refused = [...addWords([a.parsed.doc.school, ...a.parsed.doc.aliases]), ...addWords(rowNames[i]!, ROW_NAME_FREQUENCY)];
    if (refused.length) addNote(a.parsed.doc.file, `not added to the word list: ${refused.join('、')}`);
  }
  const chunks = accepted.flatMap((a) => a.parsed.chunks);
  const vectors = new Float32Array(chunks.length * dim);
  const graph = hnswBuilder(dim, chunks.length, opts.hnsw);
  const tokens: string[][] = [];
  let row = 0;
  for (const [i, a] of accepted.entries()) {
    opts.onProgress?.({ phase: 'embed', done: i, total: accepted.length, file: a.parsed.doc.file });
    const texts = a.parsed.chunks.map(searchableText);
    // One jieba pass per chunk: the same tokens feed the keyword index and (when it can) the embedder.
    const cut = texts.map(tokenize);
    tokens.push(...cut);
    if (a.vectors) vectors.set(a.vectors, row * dim);
    else {
      const known = texts.map((t) => prev.byText.get(textKey(t)));
      const missing = texts.map((_, j) => j).filter((j) => !known[j]);
      const fromTokens = opts.embeddings.fromTokens?.bind(opts.embeddings);
      const fresh = fromTokens ? missing.map((j) => fromTokens(cut[j]!)) : await opts.embeddings.embedDocuments(missing.map((j) => texts[j]!));
      missing.forEach((j, k) => (known[j] = Float32Array.from(fresh[k]!)));
      known.forEach((v, j) => vectors.set(v!, (row + j) * dim));
    }
    graph.add(vectors.subarray(row * dim, (row + a.parsed.chunks.length) * dim), row);
    row += a.parsed.chunks.length;
  }
  opts.onProgress?.({ phase: 'index', done: 0, total: 1 });
  const keywords = buildBm25(tokens);
  const documents = accepted.map((a) => a.parsed.doc);
  const figures = documents.flatMap(figureRecords);
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    buildId: new Date().toISOString().replace(/[-:.]/g, ''),
    builtAt: new Date().toISOString(),
    embedder: { id: opts.embeddings.id, dim },
    chunking: { size: opts.chunkSize, overlap: opts.chunkOverlap },
    parser: parserFingerprint(),
    files: accepted.map(({ parsed: { doc, chunks: cs }, meta }) => ({
      file: doc.file,
      docId: doc.docId,
      hash: doc.hash,
      school: doc.school,
      kind: doc.kind,
      period: doc.period,
      ...(meta ? { metadata: meta } : {}),
      sections: doc.sections.length,
      chunks: cs.length,
    })),
    counts: { documents: documents.length, chunks: chunks.length },
    figures: { version: FIGURES_VERSION, records: figures.length },
  };
  opts.onProgress?.({ phase: 'save', done: 0, total: 2 });
  try {
    await saveIndex(
      resolve(opts.indexDir),
      { manifest, documents, chunks, vectors, keywords, figures },
      (file) => graph.save(file),
      (step) => opts.onProgress?.(step === 'files' ? { phase: 'save', done: 1, total: 2 } : { phase: step, done: 0, total: 1 }),
    );
  } finally {
    await graph.close();
  }
  opts.onProgress?.({ phase: 'save', done: 2, total: 2 });
  return {
    documents: accepted.map(({ parsed: { doc, chunks: cs }, reused }) => ({
      file: doc.file,
      school: doc.school,
      title: doc.title,
      kind: doc.kind,
      period: doc.period.label,
      guessed: guessedFields(doc),
      sections: doc.sections.length,
      chunks: cs.length,
      warnings: [...doc.warnings, ...(notes.get(doc.file) ?? [])],
      reused,
    })),
    rejected,
    duplicates,
    elapsedMs: performance.now() - started,
    bytes,
    chunks: chunks.length,
    exitCode: rejected.length > 0 ? 1 : 0,
  };
}

/** The reason for a file that failed in a way no reader foresaw, with what to do where it is known. */
function unreadable(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied: make the file readable to the user running the ingest';
  if (e?.code === 'ENOENT') return 'disappeared while the ingest ran';
  return `could not be read (${e?.message?.split('\n')[0] ?? String(err)})`;
}

/** Fields an administrator may want to check: read from weaker evidence than the title block. */
function guessedFields(doc: ReportDocument): string[] {
  const weak = (p: string) => !['metadata', 'title'].includes(p);
  return (Object.entries(doc.provenance) as [string, string][]).filter(([, p]) => weak(p)).map(([field, p]) => `${field}←${p}`);
}
