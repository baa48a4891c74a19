// Starts the real web server on a loopback port over a freshly built index.
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type LiveAnswerer, liveAnswerer } from '../../../src/answer/live.js';
import { createWebServer } from '../../../src/channels/web/server.js';
import { type Config, loadConfig } from '../../../src/config.js';
import { CORPUS, buildTo, tempDir } from '../../helpers.js';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  live: LiveAnswerer;
  config: Config;
  indexDir: string;
  close(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}, corpus = CORPUS): Promise<TestServer> {
  const indexDir = join(tempDir(), 'index');
  await buildTo(corpus, indexDir);
  const config = loadConfig({ INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1', TODAY: '2024-06-15', LOG_LEVEL: 'silent', ...env });
  const live = liveAnswerer(config, { pollMs: 100 });
  await live.reload();
  const app = await createWebServer({ config, live, logger: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, app, live, config, indexDir, close: async () => (live.close(), await app.close()) };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
