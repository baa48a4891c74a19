// Saves an index as a folder of sidecar files and swaps it in atomically; loads and validates it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, readlink, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { ROW_NAME_FREQUENCY, addWords } from '../text/jieba.js';
import { tableKeyWords } from '../ingest/table-key-words.js';
import { campusWords } from '../ingest/place-words.js';
import { FIGURES_VERSION, figureRecords } from '../ingest/figure-records.js';
import { ChunkSchema, DocumentSchema, FigureRecordSchema, type Chunk, type FigureRecord, type ReportDocument } from '../types.js';
import { type Bm25Index, deserializeBm25, serializeBm25 } from './bm25.js';
import type { NamedEmbeddings } from './embeddings.js';
import { HnswIndex } from './hnsw.js';
import { FORMAT_VERSION, type Manifest, ManifestSchema } from './manifest.js';
import { HnswVectorStore } from './vector-store.js';

export interface IndexData {
  manifest: Manifest;
  documents: ReportDocument[];
  chunks: Chunk[];
  vectors: Float32Array;
  keywords: Bm25Index;
  /** The figures index; extracted from the documents when not given. */
  figures?: FigureRecord[];
}

export interface LoadedIndex extends IndexData {
  dir: string;
  store: HnswVectorStore;
  embeddings: NamedEmbeddings;
  documentsById: Map<string, ReportDocument>;
  figures: FigureRecord[];
}

const FILES = {
  manifest: 'manifest.json',
  documents: 'documents.json',
  chunks: 'chunks.json',
  vectors: 'vectors.f32',
  hnsw: 'hnsw.bin',
  keywords: 'keywords.json',
  keywordsBin: 'keywords.bin',
  figures: 'figures.json',
};

const buildPrefix = (indexDir: string) => `${basename(indexDir)}.build-`;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes build folders beside the index that no live process owns and the index does not use. */
async function sweepBuilds(indexDir: string, keep: Set<string>): Promise<void> {
  const parent = dirname(indexDir);
  if (!existsSync(parent)) return;
  for (const name of await readdir(parent)) {
    const swap = /\.swap-(\d+)$/.exec(name);
    if (swap && name === `${basename(indexDir)}${swap[0]}`) {
      // A swap link left by a process killed between creating it and renaming it over the index.
      if (Number(swap[1]) !== process.pid && !pidAlive(Number(swap[1]))) await rm(join(parent, name), { force: true });
      continue;
    }
    if (!name.startsWith(buildPrefix(indexDir)) || keep.has(name)) continue;
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && pidAlive(pid)) continue;
    await rm(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Writes the index into a fresh folder beside `indexDir`, then atomically repoints `indexDir` (a
 * symlink) at it with rename(2). Killed at any moment, the previous index stays whole and loadable.
 */
/** Points of a save that progress reports name (and crash tests stop at). */
export type SaveStep = 'files' | 'graph' | 'swap';

export async function saveIndex(
  indexDir: string,
  data: IndexData,
  writeGraph: (file: string) => Promise<void>,
  onStep: (step: SaveStep) => void = () => {},
): Promise<string> {
  indexDir = resolve(indexDir);
  const parent = dirname(indexDir);
  await mkdir(parent, { recursive: true });
  const previous = existsSync(indexDir) ? basename(await realpath(indexDir)) : undefined;
  await sweepBuilds(indexDir, new Set(previous ? [previous] : []));
  const name = `${buildPrefix(indexDir)}${data.manifest.buildId}-${process.pid}`;
  const dir = join(parent, name);
  await mkdir(dir);
  const checksums: Record<string, string> = {};
  const write = async (file: string, body: string | Buffer) => {
    checksums[file] = sha256(body);
    await writeFile(join(dir, file), body);
  };
  await write(FILES.documents, JSON.stringify(data.documents));
  await write(FILES.chunks, JSON.stringify(data.chunks));
  await write(FILES.vectors, Buffer.from(data.vectors.buffer, data.vectors.byteOffset, data.vectors.byteLength));
  const kw = serializeBm25(data.keywords);
  await write(FILES.keywords, kw.header);
  await write(FILES.keywordsBin, kw.body);
  await write(FILES.figures, JSON.stringify(data.figures ?? data.documents.flatMap(figureRecords)));
  onStep('files');
  // Waits for the graph builder to take in every vector, then writes the graph.
  onStep('graph');
  await writeGraph(join(dir, FILES.hnsw));
  checksums[FILES.hnsw] = sha256(await readFile(join(dir, FILES.hnsw)));
  // The manifest goes last: a folder without one was never finished.
  await writeFile(join(dir, FILES.manifest), JSON.stringify({ ...data.manifest, checksums }, null, 2));

  const stat = await lstat(indexDir).catch(() => undefined);
  if (stat && !stat.isSymbolicLink()) {
    // A plain folder from elsewhere: move it aside as a build folder so the swap stays one rename.
    await rename(indexDir, join(parent, `${buildPrefix(indexDir)}legacy-${Date.now()}-0`));
  }
  const tmpLink = `${indexDir}.swap-${process.pid}`;
  await rm(tmpLink, { force: true });
  await symlink(name, tmpLink);
  onStep('swap');
  await rename(tmpLink, indexDir);
  await sweepBuilds(indexDir, new Set([name, ...(previous ? [previous] : [])]));
  return dir;
}

/** The folder an index path points at (followed through the symlink), for change detection. */
export async function indexVersion(indexDir: string): Promise<string | undefined> {
  try {
    return await readlink(resolve(indexDir));
  } catch {
    return existsSync(indexDir) ? 'plain' : undefined;
  }
}

const sha256 = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');

const corrupt = (path: string, what: string) => new AppError('INDEX_CORRUPT', `${path}: ${what}; re-run \`npm run ingest\` to rebuild the index.`);

/** One file of the index, checked against the manifest's checksum when it has one. */
async function readPart(dir: string, file: string, checksums?: Record<string, string>): Promise<Buffer> {
  let body: Buffer;
  try {
    body = await readFile(join(dir, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw corrupt(join(dir, file), code === 'ENOENT' ? 'missing' : `cannot be read (${(err as Error).message})`);
  }
  const want = checksums?.[file];
  if (want && sha256(body) !== want) throw corrupt(join(dir, file), `does not match its checksum in ${FILES.manifest} (damaged, truncated or half-written)`);
  return body;
}

async function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, checksums?: Record<string, string>): Promise<T> {
  const body = await readPart(dir, file, checksums);
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw corrupt(join(dir, file), `not valid JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('INDEX_CORRUPT', `${join(dir, file)} is not a valid index file (${z.prettifyError(parsed.error)}); re-run \`npm run ingest\`.`);
  }
  return parsed.data;
}

/** Reads only the manifest (cheap), or undefined when there is no index. */
export async function readManifest(indexDir: string): Promise<Manifest | undefined> {
  if (!existsSync(join(indexDir, FILES.manifest))) return undefined;
  return readJson(indexDir, FILES.manifest, ManifestSchema);
}

/** The figures index alone (for exports and the figures page's tooling), without loading vectors. */
export async function readFigures(indexDir: string): Promise<FigureRecord[]> {
  const manifest = await readManifest(indexDir);
  if (!manifest) throw new AppError('INDEX_MISSING', `No index at ${indexDir}: run \`npm run ingest\` first.`);
  const dir = await realpath(indexDir);
  if (manifest.figures?.version === FIGURES_VERSION && existsSync(join(dir, FILES.figures))) return readJson(dir, FILES.figures, z.array(FigureRecordSchema));
  return (await readJson(dir, FILES.documents, z.array(DocumentSchema))).flatMap(figureRecords);
}

const Bm25HeaderSchema = z.object({ n: z.number().int(), avgLength: z.number(), terms: z.array(z.string()) });

export async function loadIndex(indexDir: string, embeddings: NamedEmbeddings): Promise<LoadedIndex> {
  const manifest = await readManifest(indexDir);
  if (!manifest) {
    throw new AppError('INDEX_MISSING', `No index at ${indexDir}: run \`npm run ingest\` first.`);
  }
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `The index at ${indexDir} has format ${manifest.formatVersion}, this version reads ${FORMAT_VERSION}: re-run \`npm run ingest\`.`,
    );
  }
  if (manifest.embedder.id !== embeddings.id || manifest.embedder.dim !== embeddings.dim) {
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `The index at ${indexDir} was built with embedder ${manifest.embedder.id} (${manifest.embedder.dim}-d) but ${embeddings.id} (${embeddings.dim}-d) is configured: re-run \`npm run ingest\`.`,
    );
  }
  // Resolve the symlink once so every file comes from the same build, even if a swap happens now.
  const dir = await realpath(indexDir);
  const sums = manifest.checksums;
  const [documents, chunks, kwHeader] = await Promise.all([
    readJson(dir, FILES.documents, z.array(DocumentSchema), sums),
    readJson(dir, FILES.chunks, z.array(ChunkSchema), sums),
    readJson(dir, FILES.keywords, Bm25HeaderSchema, sums),
  ]);
  let keywords: Bm25Index;
  try {
    keywords = deserializeBm25(kwHeader, await readPart(dir, FILES.keywordsBin, sums));
  } catch (err) {
    throw err instanceof AppError ? err : corrupt(join(dir, FILES.keywordsBin), `unreadable (${(err as Error).message})`);
  }
  const raw = await readPart(dir, FILES.vectors, sums);
  if (raw.byteLength !== chunks.length * manifest.embedder.dim * 4) {
    throw corrupt(
      join(dir, FILES.vectors),
      `holds ${(raw.byteLength / 4 / manifest.embedder.dim).toFixed(2)} vectors of ${manifest.embedder.dim} floats for ${chunks.length} chunks (truncated or from another build)`,
    );
  }
  if (keywords.n !== chunks.length) throw corrupt(join(dir, FILES.keywords), `counts ${keywords.n} chunks, ${FILES.chunks} holds ${chunks.length}`);
  const vectors = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  if (sums?.[FILES.hnsw]) await readPart(dir, FILES.hnsw, sums);
  let hnsw: HnswIndex;
  try {
    hnsw = await HnswIndex.load(join(dir, FILES.hnsw), manifest.embedder.dim);
  } catch (err) {
    throw corrupt(join(dir, FILES.hnsw), `unreadable (${(err as Error).message})`);
  }
  if (hnsw.size !== chunks.length) throw corrupt(join(dir, FILES.hnsw), `holds ${hnsw.size} vectors for ${chunks.length} chunks`);
  // Figures of another extraction version (or none: an older index) are read again from the documents.
  const figures =
    manifest.figures?.version === FIGURES_VERSION && existsSync(join(dir, FILES.figures))
      ? await readJson(dir, FILES.figures, z.array(FigureRecordSchema), sums)
      : documents.flatMap(figureRecords);
  const rowNames = documents.flatMap((d) => [...tableKeyWords(d.text), ...campusWords(d.text)]);
  addWords(documents.flatMap((d) => [d.school, ...d.aliases]));
  addWords(rowNames, ROW_NAME_FREQUENCY);
  const store = new HnswVectorStore(embeddings, chunks, vectors, hnsw);
  return { manifest, documents, chunks, vectors, keywords, dir, store, embeddings, documentsById: new Map(documents.map((d) => [d.docId, d])), figures };
}
