// The 公众号 endpoint over real HTTP on loopback.
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { liveAnswerer } from '../../../src/answer/live.js';
import { MAX_MESSAGE_BYTES, signature } from '../../../src/channels/wechat/official-account.js';
import { loadConfig } from '../../../src/config.js';
import { buildApp } from '../../../src/main.js';
import { CORPUS, buildTo, tempDir } from '../../helpers.js';

const TOKEN = 'gongkai-test-token';

function signed(extra: Record<string, string> = {}, token = TOKEN): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(Math.floor(Math.random() * 1e9));
  return new URLSearchParams({ signature: signature(token, timestamp, nonce), timestamp, nonce, ...extra }).toString();
}

const inbound = (fields: Record<string, string>) =>
  `<xml><ToUserName><![CDATA[gh_gongkai]]></ToUserName><FromUserName><![CDATA[${fields.from ?? 'openid-1'}]]></FromUserName><CreateTime>1700000000</CreateTime>${Object.entries(
    fields,
  )
    .filter(([k]) => k !== 'from')
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('')}</xml>`;

describe('WeChat Official Account endpoint', () => {
  let app: FastifyInstance;
  let url: string;
  const parser = new XMLParser({ parseTagValue: false });

  beforeAll(async () => {
    const index = join(tempDir(), 'index');
    await buildTo(CORPUS, index);
    const config = loadConfig({ INDEX_DIR: index, WECHAT_MP_TOKEN: TOKEN, PUBLIC_BASE_URL: 'https://qa.example.edu.cn', TODAY: '2024-06-15' });
    const live = liveAnswerer(config);
    await live.reload();
    app = await buildApp(config, live, false);
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => app.close());

  const postXml = (query: string, body: string) => fetch(`${url}/wechat/mp?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });

  it('echoes echostr for a correctly signed GET', async () => {
    const res = await fetch(`${url}/wechat/mp?${signed({ echostr: 'hello-1234' })}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello-1234');
  });

  it('answers a signed text message with a passive XML reply holding the answer and its source', async () => {
    const started = Date.now();
    const res = await postXml(signed(), inbound({ MsgType: 'text', Content: '湖南安全技术职业学院阳光服务平台的事项办结率是多少？' }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.headers.get('content-type')).toMatch(/xml/);
    const xml = parser.parse(await res.text()).xml;
    expect(xml).toMatchObject({ ToUserName: 'openid-1', FromUserName: 'gh_gongkai', MsgType: 'text' });
    expect(Number(xml.CreateTime)).toBeGreaterThan(1_700_000_000);
    expect(xml.Content).toContain('办结率100%');
    expect(xml.Content).toContain(
      '来源：\n[1] 湖南安全技术职业学院《2022-2023学年信息公开工作年度报告》二、主动公开情况 › （三）教育阳光服务网络平台受理情况。',
    );
    expect(Buffer.byteLength(xml.Content)).toBeLessThanOrEqual(2048);
  });

  it('refuses a bad signature with a 4xx', async () => {
    const bad = signed({ echostr: 'x' }, 'wrong-token');
    expect((await fetch(`${url}/wechat/mp?${bad}`)).status).toBe(403);
    expect((await postXml(signed({}, 'wrong-token'), inbound({ MsgType: 'text', Content: '学费' }))).status).toBe(403);
    expect((await postXml('', inbound({ MsgType: 'text', Content: '学费' }))).status).toBe(400);
  });

  it('checks the signature before anything about the body: 403 for an unsigned call whatever it sends', async () => {
    const unsigned = signed({}, 'wrong-token');
    // No content type, a type it does not read, a body far over the size limit: still 403, not 415 or 413.
    expect((await fetch(`${url}/wechat/mp?${unsigned}`, { method: 'POST', body: 'x' })).status).toBe(403);
    expect((await fetch(`${url}/wechat/mp?${unsigned}`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: 'x' })).status).toBe(403);
    expect((await postXml(unsigned, 'x'.repeat(MAX_MESSAGE_BYTES * 4))).status).toBe(403);
    expect((await fetch(`${url}/wechat/mp`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: 'x' })).status).toBe(400);
  });

  it('bounds the body of a signed message', async () => {
    const big = inbound({ MsgType: 'text', Content: '学'.repeat(MAX_MESSAGE_BYTES) });
    expect((await postXml(signed(), big)).status).toBe(413);
    expect((await fetch(`${url}/wechat/mp?${signed()}`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: 'x' })).status).toBe(415);
  });

  it('answers malformed XML with 400', async () => {
    const res = await postXml(signed(), '<xml><ToUserName>broken');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('BAD_XML');
  });

  it('welcomes a new follower with example questions, and hints for other message types', async () => {
    const welcome = parser.parse(await (await postXml(signed(), inbound({ MsgType: 'event', Event: 'subscribe' }))).text()).xml;
    expect(welcome.Content).toMatch(/^欢迎关注/);
    expect(welcome.Content).toContain('可以这样问');
    const image = parser.parse(await (await postXml(signed(), inbound({ MsgType: 'image', PicUrl: 'http://x/y.png' }))).text()).xml;
    expect(image.Content).toMatch(/只能回答文字提问/);
  });

  it('keeps follow-up context per follower', async () => {
    await postXml(signed(), inbound({ from: 'openid-2', MsgType: 'text', Content: '传媒学院官微发布了多少篇推文？' }));
    const res = await postXml(signed(), inbound({ from: 'openid-2', MsgType: 'text', Content: '那安全职院呢？' }));
    expect(parser.parse(await res.text()).xml.Content).toContain('168篇');
  });
});
