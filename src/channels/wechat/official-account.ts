// The Official Account (公众号) server endpoint: signature check, XML in, passive XML text reply out.
// Plain (unencrypted) mode only.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { Answerer } from '../../answer/answer.js';
import { ContextStore, nextContext } from '../../answer/context.js';
import { APOLOGY, HINT_TEXT_ONLY, RATE_LIMITED, formatReply, helpText, welcomeText } from './format.js';
import { RateLimiter } from './limiter.js';

export interface OfficialAccountOptions {
  token: string;
  answerer: () => Answerer | undefined;
  publicBaseUrl?: string;
  ratePerMinute?: number;
}

/** WeChat's messages are a few hundred bytes of XML; anything much larger is not from WeChat. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

const SignedQuery = z.object({ signature: z.string().min(1), timestamp: z.string().min(1), nonce: z.string().min(1), echostr: z.string().optional() });

const Incoming = z.object({
  ToUserName: z.string().min(1),
  FromUserName: z.string().min(1),
  MsgType: z.string().min(1),
  Content: z.string().optional(),
  Event: z.string().optional(),
});

/** WeChat signs with sha1 of the sorted token, timestamp and nonce. */
export function signature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

function verified(token: string, q: z.infer<typeof SignedQuery>): boolean {
  const want = Buffer.from(signature(token, q.timestamp, q.nonce));
  const got = Buffer.from(q.signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

const cdata = (s: string) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

export function textReply(to: string, from: string, content: string): string {
  return `<xml><ToUserName>${cdata(to)}</ToUserName><FromUserName>${cdata(from)}</FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(content)}</Content></xml>`;
}

/** A passive reply is one message of at most 2048 bytes: keep the answer and as many sources as fit. */
function fit(parts: string[]): string {
  let out = '';
  for (const p of parts.join('\n').split('\n')) {
    const next = out ? `${out}\n${p}` : p;
    if (Buffer.byteLength(next) > 2000) break;
    out = next;
  }
  return out;
}

export const officialAccount =
  (opts: OfficialAccountOptions): FastifyPluginAsync =>
  async (app) => {
    const contexts = new ContextStore();
    const limiter = new RateLimiter(opts.ratePerMinute ?? 10);
    const parser = new XMLParser({ parseTagValue: false, trimValues: true });
    for (const type of ['text/xml', 'application/xml']) {
      app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, body));
    }

    const deny = (reply: FastifyReply) => reply.code(403).send({ error: 'BAD_SIGNATURE', message: '签名校验失败。 / Signature check failed.' });
    const missing = (reply: FastifyReply) => reply.code(400).send({ error: 'BAD_REQUEST', message: '缺少签名参数。 / Missing signature parameters.' });

    // The signature is checked on arrival, before the body is read or its type looked at: an unsigned
    // caller gets 400/403 and nothing of what it sent is parsed.
    app.addHook('onRequest', async (req, reply) => {
      if (req.routeOptions.url !== '/wechat/mp') return;
      const q = SignedQuery.safeParse(req.query);
      if (!q.success) return missing(reply);
      if (!verified(opts.token, q.data)) return deny(reply);
    });

    app.get('/wechat/mp', async (req, reply) => {
      const q = SignedQuery.parse(req.query);
      if (!q.echostr) return missing(reply);
      return reply.type('text/plain').send(q.echostr);
    });

    app.post('/wechat/mp', { bodyLimit: MAX_MESSAGE_BYTES }, async (req, reply) => {
      const body = typeof req.body === 'string' ? req.body : '';
      if (!body || XMLValidator.validate(body) !== true)
        return reply.code(400).send({ error: 'BAD_XML', message: '消息不是有效的 XML。 / The message is not valid XML.' });
      const msg = Incoming.safeParse(parser.parse(body).xml);
      if (!msg.success) return reply.code(400).send({ error: 'BAD_XML', message: '消息缺少必要字段。 / The message lacks required fields.' });
      const { ToUserName: account, FromUserName: user, MsgType: type } = msg.data;
      const answer = (content: string) => reply.type('application/xml').send(textReply(user, account, content));
      const answerer = opts.answerer();

      if (type === 'event') {
        if (msg.data.Event === 'subscribe') return answer(welcomeText(answerer?.schools() ?? []));
        return reply.type('text/plain').send('success');
      }
      if (type !== 'text') return answer(HINT_TEXT_ONLY);
      const question = (msg.data.Content ?? '').trim();
      if (!question || /^(帮助|help|\?|？)$/i.test(question)) return answer(helpText(answerer?.schools() ?? []));
      if (!limiter.allow(user)) return answer(RATE_LIMITED);
      try {
        if (!answerer) throw new Error('the index is not loaded yet');
        const context = contexts.get(user);
        const a = await answerer.answer(question.slice(0, 500), { context });
        contexts.set(user, nextContext(context, a));
        return answer(fit(formatReply(a, opts.publicBaseUrl)));
      } catch (err) {
        req.log.error({ err: String(err) }, 'official account answer failed');
        return answer(APOLOGY);
      }
    });
  };
