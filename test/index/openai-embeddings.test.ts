// The optional OpenAI-compatible embeddings path, against a small compatible server on loopback
// (no endpoint outside this machine is reachable here; the server speaks the same HTTP API).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadConfig } from '../../src/config.js';
import { buildIndex } from '../../src/index/build.js';
import { HashingEmbeddings, createEmbeddings } from '../../src/index/embeddings.js';
import { loadIndex } from '../../src/index/store.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { CORPUS, tempDir } from '../helpers.js';

describe('EMBEDDINGS=openai against an OpenAI-compatible endpoint', () => {
  const local = new HashingEmbeddings(64);
  let requests = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests++;
      const { input, encoding_format } = JSON.parse(body) as { input: string | string[]; encoding_format?: string };
      const texts = Array.isArray(input) ? input : [input];
      const data = texts.map((t, index) => {
        const v = local.vector(t);
        const embedding = encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
        return { object: 'embedding', index, embedding };
      });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ object: 'list', data, model: 'test-embed', usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  let baseURL = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('ingests through the endpoint, records the embedder, and answers with it', async () => {
    const config = loadConfig({
      EMBEDDINGS: 'openai',
      OPENAI_BASE_URL: baseURL,
      OPENAI_API_KEY: 'test',
      OPENAI_EMBEDDING_MODEL: 'test-embed',
      EMBEDDING_DIM: '64',
    });
    const embeddings = createEmbeddings(config);
    const dir = join(tempDir(), 'index');
    const summary = await buildIndex({ corpusDir: CORPUS, indexDir: dir, embeddings, chunkSize: 400, chunkOverlap: 60, maxFileBytes: 1e7 });
    expect(summary.exitCode).toBe(0);
    expect(requests).toBeGreaterThan(0);
    const index = await loadIndex(dir, embeddings);
    expect(index.manifest.embedder).toEqual({ id: 'openai:test-embed:64', dim: 64 });
    const bot = createAnswerer({ index, lexicon: loadLexicon() });
    expect((await bot.answer('湖南安全技术职业学院阳光服务平台的事项办结率是多少？')).answer).toContain('办结率100%');
    await expect(loadIndex(dir, new HashingEmbeddings(64))).rejects.toMatchObject({ code: 'INDEX_INCOMPATIBLE' });
  });
});
