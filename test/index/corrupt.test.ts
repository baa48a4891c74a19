// A damaged index on disk (truncated, half-written, bad JSON, missing or bit-flipped files) fails to
// load with INDEX_CORRUPT naming the file and what to do; the next ingest rebuilds over it.
import { cpSync, readFileSync, readlinkSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/index/store.js';
import { CORPUS, buildTo, embeddings, tempDir } from '../helpers.js';

const DAMAGE: [string, string, (file: string) => void, RegExp][] = [
  ['a truncated vectors.f32', 'vectors.f32', (f) => truncateSync(f, 1000), /vectors\.f32: does not match its checksum/],
  ['a half-written chunks.json', 'chunks.json', (f) => writeFileSync(f, readFileSync(f).subarray(0, 5000)), /chunks\.json: does not match its checksum/],
  ['a missing keywords.bin', 'keywords.bin', (f) => rmSync(f), /keywords\.bin: missing/],
  ['a missing hnsw.bin', 'hnsw.bin', (f) => rmSync(f), /hnsw\.bin: missing/],
  [
    'a bit-flipped hnsw.bin',
    'hnsw.bin',
    (f) => {
      const b = readFileSync(f);
      b[Math.floor(b.length / 2)]! ^= 0xff;
      writeFileSync(f, b);
    },
    /hnsw\.bin: does not match its checksum/,
  ],
  ['bad JSON in documents.json', 'documents.json', (f) => writeFileSync(f, '[{"docId":'), /documents\.json: does not match its checksum/],
];

describe('a damaged index', () => {
  for (const [name, file, damage, message] of DAMAGE) {
    it(`refuses to load with ${name}, naming the file and saying to re-run ingest`, async () => {
      const dir = join(tempDir(), 'index');
      await buildTo(CORPUS, dir);
      damage(join(dir, file));
      const err = await loadIndex(dir, embeddings).catch((e) => e);
      expect(err.code).toBe('INDEX_CORRUPT');
      expect(err.message).toMatch(message);
      expect(err.message).toMatch(/re-run `npm run ingest`/);
    });
  }

  it('without checksums (an older index) still names the damage: truncated vectors, bad JSON, corrupt graph', async () => {
    const dir = join(tempDir(), 'index');
    await buildTo(CORPUS, dir);
    const manifest = join(dir, 'manifest.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    delete m.checksums;
    writeFileSync(manifest, JSON.stringify(m));
    const copy = (name: string) => {
      const to = join(dirname(dir), name);
      cpSync(join(dirname(dir), readlinkSync(dir)), to, { recursive: true });
      return to;
    };
    const a = copy('a');
    truncateSync(join(a, 'vectors.f32'), 1000);
    await expect(loadIndex(a, embeddings)).rejects.toThrow(/vectors\.f32: holds 0\.49 vectors of 512 floats for \d+ chunks/);
    const b = copy('b');
    writeFileSync(join(b, 'chunks.json'), '[{"id":');
    await expect(loadIndex(b, embeddings)).rejects.toThrow(/chunks\.json: not valid JSON/);
    const c = copy('c');
    truncateSync(join(c, 'hnsw.bin'), 5000);
    await expect(loadIndex(c, embeddings)).rejects.toThrow(/hnsw\.bin: unreadable/);
  });

  it('is rebuilt by the next ingest, which says it could not reuse it', async () => {
    const dir = join(tempDir(), 'index');
    await buildTo(CORPUS, dir);
    truncateSync(join(dir, 'vectors.f32'), 10);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const s = await buildTo(CORPUS, dir);
      expect(s.exitCode).toBe(0);
      expect(s.documents.every((d) => !d.reused)).toBe(true);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).toMatch(/previous index is not reused \(.*vectors\.f32: does not match its checksum/);
    expect((await loadIndex(dir, embeddings)).documents).toHaveLength(5);
  });
});
