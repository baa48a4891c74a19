import { cpSync, existsSync, readFileSync, readlinkSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { HashingEmbeddings } from '../../src/index/embeddings.js';
import { loadIndex } from '../../src/index/store.js';
import { CORPUS, buildTo, embeddings, tempDir } from '../helpers.js';

describe('index store', () => {
  it('saves a folder of sidecar files behind a symlink and loads it back', async () => {
    const dir = join(tempDir(), 'index');
    const summary = await buildTo(CORPUS, dir);
    expect(summary.exitCode).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'chunks.json',
      'documents.json',
      'figures.json',
      'hnsw.bin',
      'keywords.bin',
      'keywords.json',
      'manifest.json',
      'vectors.f32',
    ]);
    const index = await loadIndex(dir, embeddings);
    expect(index.documents).toHaveLength(5);
    expect(index.manifest.counts.chunks).toBe(index.chunks.length);
    expect(index.manifest.embedder).toEqual({ id: 'hash-ngram-v2-512', dim: 512 });
    expect(index.manifest.files.map((f) => f.hash)).toHaveLength(5);
    // The figures index is a versioned part of the manifest and loads with it.
    expect(index.manifest.figures?.records).toBe(index.figures.length);
    expect(index.figures.length).toBeGreaterThan(100);
  });

  it('reads the figures again from the documents when the index holds another extraction version', async () => {
    const dir = join(tempDir(), 'index');
    await buildTo(CORPUS, dir);
    const file = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const stored = (await loadIndex(dir, embeddings)).figures;
    writeFileSync(file, JSON.stringify({ ...manifest, figures: { version: -1, records: 0 } }));
    writeFileSync(join(dir, 'figures.json'), '[]');
    expect((await loadIndex(dir, embeddings)).figures).toEqual(stored);
  });

  it('refuses an index built with another embedder, saying to re-run ingest', async () => {
    const dir = join(tempDir(), 'index');
    await buildTo(CORPUS, dir);
    const err = await loadIndex(dir, new HashingEmbeddings(256)).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('INDEX_INCOMPATIBLE');
    expect(err.message).toMatch(/hash-ngram-v2-512.*re-run `npm run ingest`/);
  });

  it('refuses another format version and a corrupt manifest', async () => {
    const dir = join(tempDir(), 'index');
    await buildTo(CORPUS, dir);
    const manifest = join(dir, 'manifest.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...m, formatVersion: 99 }));
    await expect(loadIndex(dir, embeddings)).rejects.toMatchObject({ code: 'INDEX_INCOMPATIBLE' });
    writeFileSync(manifest, '{"formatVersion":1');
    await expect(loadIndex(dir, embeddings)).rejects.toMatchObject({ code: 'INDEX_CORRUPT' });
  });

  it('reuses unchanged files on the next ingest and swaps the folder atomically', async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    cpSync(CORPUS, corpus, { recursive: true, dereference: true });
    const dir = join(root, 'index');
    await buildTo(corpus, dir);
    const first = readlinkSync(dir);
    writeFileSync(join(corpus, 'extra.txt'), readFileSync(join(CORPUS, 'xiangyang-sci-tech-2024.txt'), 'utf8').replace('襄阳科技职业学院', '宜城科技职业学院'));
    const again = await buildTo(corpus, dir);
    expect(
      again.documents
        .filter((d) => d.reused)
        .map((d) => d.file)
        .sort(),
    ).toEqual(readdirSync(CORPUS).sort());
    expect(again.documents.find((d) => d.file === 'extra.txt')).toMatchObject({ reused: false, school: '宜城科技职业学院' });
    expect(readlinkSync(dir)).not.toBe(first);
    // Only the live build and the one before it stay beside the index.
    expect(readdirSync(root).filter((n) => n.startsWith('index.build-')).length).toBeLessThanOrEqual(2);
    expect((await loadIndex(dir, embeddings)).documents).toHaveLength(6);
  });

  it('indexes identical files under two names once, with a warning', async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    cpSync(join(CORPUS, 'hunan-safety-tech-2022-2023.txt'), join(corpus, 'a.txt'));
    cpSync(join(CORPUS, 'hunan-safety-tech-2022-2023.txt'), join(corpus, 'b.txt'));
    const s = await buildTo(corpus, join(root, 'index'));
    expect(s.documents).toHaveLength(1);
    expect(s.documents[0]!.warnings).toContain('same content as b.txt: indexed once');
    expect(s.exitCode).toBe(0);
    expect(existsSync(join(root, 'index', 'manifest.json'))).toBe(true);
  });
});
