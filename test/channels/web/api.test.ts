import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../../src/types.js';
import { CORPUS, ROOT, buildTo, tempDir } from '../../helpers.js';
import { type TestServer, post, startTestServer } from './server-helpers.js';

describe('web API on loopback', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', ALLOWED_ORIGINS: 'https://www.example.edu.cn' });
  });
  afterAll(() => s.close());

  it('answers POST /api/ask with citations', async () => {
    const r = await post(`${s.url}/api/ask`, { question: '湖南工程职院去年官微发了多少条？' });
    expect(r.status).toBe(200);
    const a = AnswerSchema.parse(r.json);
    expect(a.answer).toContain('263');
    expect(a.citations[0]).toMatchObject({ school: '湖南工程职业技术学院', section: ['2、 主动公开情况', '（2） 主动公开信息的数据统计'] });
  });

  it('explains each stage when asked with explain: true, and only then', async () => {
    const r = await post(`${s.url}/api/ask`, { question: '湖南工程职院官微发了多少条？', explain: true });
    expect(r.status).toBe(200);
    const a = AnswerSchema.parse(r.json);
    expect(a.explain!.understand).toMatchObject({ institutions: ['湖南工程职业技术学院'], intent: 'figure', unit: 'items', scope: 'single' });
    const d = a.explain!.decisions[0]!;
    expect(d).toMatchObject({ school: '湖南工程职业技术学院', outcome: 'answer' });
    expect(d.candidates[0]!.figure).toMatch(/263/);
    expect(d.reasons.join(' ')).toMatch(/263/);
    expect(a.explain!.check).toEqual({ ok: true, problems: [] });
    const plain = await post(`${s.url}/api/ask`, { question: '湖南工程职院官微发了多少条？' });
    expect(plain.json.explain).toBeUndefined();
    const bad = await post(`${s.url}/api/ask`, { question: '湖南工程职院官微发了多少条？', explain: 'yes' });
    expect(bad.status).toBe(400);
  });

  it('keeps follow-up context per session', async () => {
    await post(`${s.url}/api/ask`, { question: '传媒学院官微发布了多少篇推文？', sessionId: 'sess-1' });
    const r = await post(`${s.url}/api/ask`, { question: '那安全职院呢？', sessionId: 'sess-1' });
    expect(r.json.answer).toContain('168篇');
    const other = await post(`${s.url}/api/ask`, { question: '那安全职院呢？', sessionId: 'sess-2' });
    expect(other.json.answer).not.toContain('168篇');
  });

  it.each([
    ['malformed JSON', '{"question":', 400, 'BAD_JSON'],
    ['a missing question', {}, 400, 'BAD_REQUEST'],
    ['an empty question', { question: '   ' }, 400, 'BAD_REQUEST'],
    ['a non-string question', { question: 42 }, 400, 'BAD_REQUEST'],
    ['a question over 500 characters', { question: '学'.repeat(501) }, 400, 'BAD_REQUEST'],
    ['a JSON string instead of an object', '"hello"', 400, 'BAD_REQUEST'],
    ['an oversized body', { question: '学费', pad: 'x'.repeat(20_000) }, 413, 'BODY_TOO_LARGE'],
    ['an unknown institution', { question: '学费在哪公开？', school: '火星大学' }, 404, 'UNKNOWN_SCHOOL'],
    ['a bad session id', { question: '学费', sessionId: '../../etc' }, 400, 'BAD_REQUEST'],
  ])('answers %s with a 4xx and a bilingual message', async (_name, body, status, error) => {
    const r = await post(`${s.url}/api/ask`, body);
    expect(r.status).toBe(status);
    expect(r.json.error).toBe(error);
    expect(r.json.message).toMatch(/[\u4e00-\u9fa5].* \/ [A-Za-z]/);
    expect(r.text).not.toMatch(/\/work\/|node_modules|at \w+ \(/);
    // …and the server keeps answering.
    expect((await post(`${s.url}/api/ask`, { question: '安全职院阳光平台办结率' })).status).toBe(200);
  });

  it('refuses a non-JSON content type with 415', async () => {
    const res = await fetch(`${s.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '学费' });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('streams the answer, then the citations, then done', async () => {
    const res = await fetch(`${s.url}/api/ask/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: '湖南安全技术职业学院阳光服务平台的事项办结率是多少？' }),
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = (await res.text())
      .trim()
      .split('\n\n')
      .map((block) => {
        const event = /^event: (.*)$/m.exec(block)![1]!;
        return { event, data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) };
      });
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((d) => d.data.text).join('')).toContain('办结率100%');
    expect(events.at(-2)).toMatchObject({ event: 'citations' });
    expect(events.at(-2)!.data[0].section.at(-1)).toBe('（三）教育阳光服务网络平台受理情况。');
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { found: true } });
  });

  it('lists institutions and serves a report for the viewer', async () => {
    const schools = await (await fetch(`${s.url}/api/schools`)).json();
    expect(schools.schools.map((x: { school: string }) => x.school)).toContain('襄阳科技职业学院');
    const src = await (await fetch(`${s.url}/api/sources/xiangyang-sci-tech-2024`)).json();
    expect(src).toMatchObject({ school: '襄阳科技职业学院', period: '2024年' });
    expect(src.text.slice(src.sections[0].start, src.sections[0].end)).toBe(src.sections[0].heading);
    expect((await fetch(`${s.url}/api/sources/nope`)).status).toBe(404);
    expect((await fetch(`${s.url}/api/sources/${encodeURIComponent('../etc/passwd')}`)).status).toBeGreaterThanOrEqual(400);
  });

  it('serves health, readiness, the widget, pages with a content security policy, and CORS for the allowed origin', async () => {
    expect((await (await fetch(`${s.url}/healthz`)).json()).ok).toBe(true);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    const widget = await fetch(`${s.url}/widget.js`);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);
    const page = await fetch(`${s.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('/widget.js');
    const cors = await fetch(`${s.url}/api/schools`, { headers: { origin: 'https://www.example.edu.cn' } });
    expect(cors.headers.get('access-control-allow-origin')).toBe('https://www.example.edu.cn');
    const other = await fetch(`${s.url}/api/schools`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${s.url}/no/such/page`)).status).toBe(404);
  });
});

describe('rate limit', () => {
  it('answers 429 with a friendly message past RATE_LIMIT_PER_MINUTE, and never limits static files', async () => {
    const s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await post(`${s.url}/api/ask`, { question: '学费' })).status);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      const limited = await post(`${s.url}/api/ask/stream`, { question: '学费' });
      expect(limited.status).toBe(429);
      expect(limited.json.message).toMatch(/^提问太频繁了/);
      for (let i = 0; i < 6; i++) expect((await fetch(`${s.url}/widget.js`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('hot reload', () => {
  it('switches to a replaced index under a stream of requests without failing one', async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    cpSync(CORPUS, corpus, { recursive: true, dereference: true });
    const s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' }, corpus);
    try {
      const statuses: number[] = [];
      let stop = false;
      const load = (async () => {
        while (!stop) {
          const batch = await Promise.all(Array.from({ length: 4 }, () => post(`${s.url}/api/ask`, { question: '各学校视频号都发了多少条？' })));
          statuses.push(...batch.map((r) => r.status));
        }
      })();
      const text = readFileSync(join(CORPUS, 'xiangyang-sci-tech-2024.txt'), 'utf8')
        .replaceAll('襄阳科技职业学院', '宜城科技职业学院')
        .replace('视频号发布信息41条', '视频号发布信息77条');
      writeFileSync(join(corpus, 'yicheng-2024.txt'), text);
      await buildTo(corpus, s.indexDir);
      let seen = false;
      for (let i = 0; i < 100 && !seen; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const schools = await (await fetch(`${s.url}/api/schools`)).json();
        seen = schools.schools.some((x: { school: string }) => x.school === '宜城科技职业学院');
      }
      stop = true;
      await load;
      expect(seen).toBe(true);
      expect(statuses.length).toBeGreaterThan(8);
      expect(statuses.every((c) => c === 200)).toBe(true);
      const a = await post(`${s.url}/api/ask`, { question: '宜城科技职业学院视频号发了多少条？' });
      expect(a.json.answer).toContain('77条');
    } finally {
      await s.close();
    }
  });
});

describe('npm start', () => {
  it('serves on the configured port and shuts down cleanly on SIGTERM', async () => {
    const index = join(tempDir(), 'index');
    await buildTo(CORPUS, index);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/start.ts')], {
      cwd: ROOT,
      env: { ...process.env, INDEX_DIR: index, PORT: '0', LOG_LEVEL: 'silent' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const t = setInterval(() => {
        const m = /web chat: (http:\/\/\S+)/.exec(out);
        if (m) (clearInterval(t), resolve(m[1]!));
      }, 50);
      setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const code = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(out).toContain('SIGTERM: shutting down');
  });
});
