// The web server under faults: a newer index that is damaged leaves the last good one serving (and
// /readyz says which one serves and what failed), and 1,000 malformed requests get 4xx answers only,
// after which the server still answers correctly.
import { cpSync, readFileSync, readlinkSync, renameSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/bench/generate.js';
import { loadConfig } from '../../../src/config.js';
import { type Running, startWeb } from '../../../src/main.js';
import { CORPUS, buildTo, tempDir } from '../../helpers.js';
import { post } from './server-helpers.js';

interface Ready {
  ready: boolean;
  index: { buildId: string; builtAt: string; folder: string; documents: number; chunks: number };
  newerIndexFailed?: { message: string; at: string };
}

describe('web server under faults', () => {
  let running: Running;
  let indexDir: string;
  const readyz = async () => (await (await fetch(`${running.url}/readyz`)).json()) as Ready;
  const warn = console.warn;

  beforeAll(async () => {
    indexDir = join(tempDir(), 'index');
    await buildTo(CORPUS, indexDir);
    console.warn = () => {};
    running = await startWeb(loadConfig({ INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', TODAY: '2024-06-15' }));
  });
  afterAll(async () => {
    console.warn = warn;
    await running?.close();
  });

  it('says on /readyz which index serves: build id, build time, folder and counts', async () => {
    const r = await readyz();
    const manifest = JSON.parse(readFileSync(join(indexDir, 'manifest.json'), 'utf8'));
    expect(r).toMatchObject({ ready: true, index: { buildId: manifest.buildId, builtAt: manifest.builtAt, folder: readlinkSync(indexDir), documents: 5 } });
    expect(r.index.chunks).toBe(manifest.counts.chunks);
    expect(r.newerIndexFailed).toBeUndefined();
  });

  it('keeps serving the last good index when a damaged one is swapped in, and takes the next good one', async () => {
    const good = await readyz();
    // A copy of the index with a half-written vectors file, swapped in the way ingest swaps.
    const parent = dirname(indexDir);
    const damaged = `index.build-damaged-${process.pid}`;
    cpSync(join(parent, readlinkSync(indexDir)), join(parent, damaged), { recursive: true });
    truncateSync(join(parent, damaged, 'vectors.f32'), 4096);
    symlinkSync(damaged, `${indexDir}.tmp`);
    renameSync(`${indexDir}.tmp`, indexDir);

    await expect.poll(async () => (await readyz()).newerIndexFailed?.message, { timeout: 15_000 }).toMatch(/vectors\.f32: does not match its checksum/);
    expect((await readyz()).index).toEqual(good.index);
    const r = await post(`${running.url}/api/ask`, { question: '湖南工程职院去年官微发了多少条？' });
    expect(r.status).toBe(200);
    expect(r.json.answer).toContain('263');

    // A good ingest replaces the damaged folder: the server takes it and the failure clears.
    await buildTo(CORPUS, indexDir);
    await expect.poll(async () => (await readyz()).index.buildId, { timeout: 15_000 }).not.toBe(good.index.buildId);
    expect((await readyz()).newerIndexFailed).toBeUndefined();
  });

  it('answers 1,000 malformed requests with 4xx only and then still answers correctly', async () => {
    const rand = prng(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const control = () => String.fromCharCode(pick([0, 1, 7, 8, 11, 12, 27, 31, 127]));
    const makers: (() => { method: string; path: string; type?: string; body?: string })[] = [
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: pick(['{', '{"question":', '[1,2', 'nul', '{"question":"学费"}}', '\u0000', '{"a":1,}']) }),
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: JSON.stringify({ question: pick([42, null, true, [], {}, ['学费']]) }) }),
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: JSON.stringify({ question: '学费', school: pick([1, [], {}, '']), sessionId: pick([7, '../../x', 'a'.repeat(100)]) }) }),
      () => ({ method: 'POST', path: pick(['/api/ask', '/api/ask/stream']), type: 'application/json', body: JSON.stringify({ question: '学'.repeat(100 * 1024 / 3) }) }),
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: JSON.stringify({ question: `学费${control()}标准` }) }),
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: JSON.stringify({ question: '学费', [pick(['qustion', 'School', '__proto__x', 'constructor', 'extra'])]: 1 }) }),
      () => ({ method: pick(['PUT', 'DELETE', 'PATCH']), path: pick(['/api/ask', '/api/ask/stream', '/api/schools']) }),
      () => ({ method: 'GET', path: pick(['/api/ask', '/api/sources/..%2F..%2Fetc%2Fpasswd', '/api/sources/%00', `/api/sources/${'a'.repeat(500)}`, '/source/<script>', '/nope']) }),
      () => ({ method: 'POST', path: '/api/ask', type: pick(['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']), body: 'question=学费' }),
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: JSON.stringify([{ question: '学费' }]) }),
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: '"' + 'x'.repeat(20_000) + '"' }),
      () => ({ method: 'POST', path: '/api/ask', type: 'application/json', body: '{"question":"' + '\\ud800'.repeat(10) + '"}' }),
    ];
    const requests = Array.from({ length: 1000 }, (_, i) => makers[i % makers.length]!());
    const statuses: number[] = [];
    const bad: string[] = [];
    // 20 at a time, as a burst of clients would send them.
    for (let i = 0; i < requests.length; i += 20) {
      await Promise.all(
        requests.slice(i, i + 20).map(async (r) => {
          const res = await fetch(`${running.url}${r.path}`, { method: r.method, headers: r.type ? { 'content-type': r.type } : {}, body: r.body });
          await res.arrayBuffer();
          statuses.push(res.status);
          if (res.status < 400 || res.status >= 500) bad.push(`${r.method} ${r.path} ${r.body?.slice(0, 60)} → ${res.status}`);
        }),
      );
    }
    expect(statuses).toHaveLength(1000);
    expect(bad).toEqual([]);
    const ok = await post(`${running.url}/api/ask`, { question: '湖南工程职院去年官微发了多少条？' });
    expect(ok.status).toBe(200);
    expect(ok.json.answer).toContain('263');
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
  }, 120_000);
});
