// The web channel with a language model configured: the stream carries only a reply that passed
// the check (or the extractive answer), and /metrics counts what the check rejected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedAnswerer } from '../../helpers.js';
import { type ScriptedModel, passagesOf, startScriptedModel } from '../../scripted-model.js';
import { type TestServer, startTestServer } from './server-helpers.js';

const Q = '湖南工程职业技术学院2023年在省内媒体上了多少篇报道？';

async function streamed(url: string, question: string) {
  const res = await fetch(`${url}/api/ask/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  const events = (await res.text())
    .trim()
    .split('\n\n')
    .map((block) => ({ event: /^event: (.*)$/m.exec(block)![1]!, data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) }));
  return {
    text: events
      .filter((e) => e.event === 'delta')
      .map((e) => e.data.text)
      .join(''),
    events,
  };
}

const metric = (body: string, name: string) => Number(new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\d+)$`, 'm').exec(body)?.[1]);

describe('web chat with a language model', () => {
  let model: ScriptedModel;
  let s: TestServer;
  let quoteFirst: boolean;
  beforeAll(async () => {
    model = await startScriptedModel((req) => {
      const p = passagesOf(req)[0]!;
      // Either the passage said back, or the passage with its first figure changed.
      const text = quoteFirst ? p.text : p.text.replace(/\d+/, (n) => String(Number(n) + 1));
      return { text: `${p.school}：${text}[${p.n}]` };
    });
    s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', LLM: 'openai', LLM_BASE_URL: model.baseURL, LLM_MODEL: 'scripted', LLM_TIMEOUT_MS: '20000' });
  });
  afterAll(async () => {
    await s.close();
    await model.close();
  });

  it('streams the checked model reply, or the extractive answer when the check fails, and counts both', async () => {
    const extractive = (await (await shippedAnswerer()).answer(Q)).answer;
    quoteFirst = true;
    const good = await streamed(s.url, Q);
    expect(good.text).not.toBe(extractive);
    expect(good.text).toMatch(/^湖南工程职业技术学院：.*295.*\[1\]$/);
    expect(good.events.at(-1)).toMatchObject({ event: 'done', data: { found: true } });

    quoteFirst = false;
    const bad = await streamed(s.url, Q);
    expect(bad.text).toBe(extractive);
    expect(bad.text).not.toContain('296');

    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metric(metrics, 'gongkai_llm_enabled')).toBe(1);
    expect(metric(metrics, 'gongkai_llm_replies_total{outcome="accepted"}')).toBe(1);
    expect(metric(metrics, 'gongkai_llm_replies_total{outcome="rejected"}')).toBe(1);
    expect(metric(metrics, 'gongkai_llm_rejections_total{reason="number"}')).toBe(1);
  });
});

describe('web chat without a language model', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(() => s.close());

  it('reports the model path as off', async () => {
    const res = await fetch(`${s.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(metric(await res.text(), 'gongkai_llm_enabled')).toBe(0);
  });
});
