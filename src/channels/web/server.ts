// The web channel: JSON and streaming ask API, schools and sources, the widget and its pages.
import { Readable } from 'node:stream';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Answerer } from '../../answer/answer.js';
import { ContextStore, nextContext } from '../../answer/context.js';
import type { LiveAnswerer } from '../../answer/live.js';
import { prometheus } from '../../answer/llm/stats.js';
import type { Config } from '../../config.js';
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors.js';
import type { Answer } from '../../types.js';
import { loadAssets } from './assets.js';
import { queryFigures } from './figures-api.js';
import { chatPage, demoPage, figuresPage, viewerPage } from './pages.js';
import { type AskBody, AskBodySchema, DocParamsSchema, FiguresQuerySchema } from './schemas.js';

export interface WebDeps {
  config: Config;
  live: LiveAnswerer;
  /** pino options or false; defaults to JSON logs at LOG_LEVEL. */
  logger?: boolean | Record<string, unknown>;
  /** The last failure to load a newer index (the one loaded before keeps serving), for /readyz. */
  indexFailure?: () => IndexFailure | undefined;
}

export interface IndexFailure {
  message: string;
  at: string;
}

function send(reply: FastifyReply, code: ErrorCode, detail?: string) {
  const e = ERROR_CODES[code];
  return reply.code(e.status).send({ error: code, message: `${detail ?? e.zh} / ${e.en}` });
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0]!;
  const msg = first.message.includes(' / ')
    ? first.message
    : `${first.path.join('.') || '请求'}无效。 / Invalid ${first.path.join('.') || 'request'}: ${first.message}`;
  throw new AppError('BAD_REQUEST', msg);
}

/** Splits an answer into small pieces for streaming, at punctuation so words stay whole. */
function pieces(text: string): string[] {
  return text.match(/[^，。；：、\n]+[，。；：、\n]?|[，。；：、\n]/g) ?? [text];
}

export async function createWebServer(deps: WebDeps): Promise<FastifyInstance> {
  const { config, live } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: 16 * 1024,
  });
  const sessions = new ContextStore();
  const assets = await loadAssets();
  const origins =
    config.ALLOWED_ORIGINS.trim() === '*'
      ? '*'
      : config.ALLOWED_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean);

  await app.register(cors, { origin: origins, methods: ['GET', 'POST'] });
  await app.register(helmet, {
    // The widget script is loaded by other sites; the pages themselves only run our own scripts.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        // Plain-HTTP intranet deployments must keep working.
        upgradeInsecureRequests: null,
      },
    },
  });

  // Questions arrive as JSON only; anything else gets 415 rather than a guess.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof AppError) return send(reply, err.code, err.message.includes(' / ') ? err.message.split(' / ')[0] : err.message);
    const status = err.statusCode ?? 500;
    if (status === 429) return send(reply, 'RATE_LIMITED');
    if (status === 413) return send(reply, 'BODY_TOO_LARGE');
    if (status === 415) return send(reply, 'UNSUPPORTED_MEDIA_TYPE');
    if (status === 400 && /JSON/i.test(`${err.code} ${err.message}`)) return send(reply, 'BAD_JSON');
    if (status >= 400 && status < 500) return send(reply, 'BAD_REQUEST');
    req.log.error({ err }, 'request failed');
    return send(reply, 'INTERNAL');
  });
  app.setNotFoundHandler((_req, reply) => send(reply, 'NOT_FOUND'));

  const answerer = (): Answerer => {
    const a = live.current();
    if (!a) throw new AppError('INDEX_MISSING', ERROR_CODES.INDEX_MISSING.zh);
    return a;
  };

  async function ask(req: FastifyRequest): Promise<{ body: AskBody; answer: Answer }> {
    const body = parse(AskBodySchema, req.body);
    const bot = answerer();
    if (body.school && !bot.matcher.resolve(body.school)) {
      throw new AppError(
        'UNKNOWN_SCHOOL',
        `未收录“${body.school}”。目前收录：${bot
          .schools()
          .map((s) => s.school)
          .join('、')}。`,
      );
    }
    const context = sessions.get(body.sessionId);
    const answer = await bot.answer(body.question, { school: body.school, context, explain: body.explain });
    sessions.set(body.sessionId, nextContext(context, answer));
    req.log.info(
      {
        found: answer.found,
        school: answer.school,
        citations: answer.citations.length,
        ms: answer.timings,
        ...(config.LOG_QUESTIONS ? { question: body.question } : {}),
      },
      'answered',
    );
    return { body, answer };
  }

  // The ask routes live in their own scope so the per-IP limit (one allowance shared by both) never
  // touches static files or pages. RATE_LIMIT_PER_MINUTE=0 turns it off.
  await app.register(async (scope) => {
    if (config.RATE_LIMIT_PER_MINUTE > 0) {
      await scope.register(rateLimit, {
        global: true,
        max: config.RATE_LIMIT_PER_MINUTE,
        timeWindow: '1 minute',
        errorResponseBuilder: () => ({ statusCode: 429, error: 'RATE_LIMITED', message: `${ERROR_CODES.RATE_LIMITED.zh} / ${ERROR_CODES.RATE_LIMITED.en}` }),
      });
    }
    scope.post('/api/ask', async (req) => (await ask(req)).answer);
    scope.post('/api/ask/stream', async (req, reply) => {
      const { answer } = await ask(req);
      async function* sse() {
        for (const text of pieces(answer.answer)) yield `event: delta\ndata: ${JSON.stringify({ text })}\n\n`;
        yield `event: citations\ndata: ${JSON.stringify(answer.citations)}\n\n`;
        yield `event: done\ndata: ${JSON.stringify({ found: answer.found, school: answer.school, period: answer.period, timings: answer.timings })}\n\n`;
      }
      reply.header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no');
      return reply.send(Readable.from(sse()));
    });
  });

  app.get('/api/schools', async () => ({ schools: answerer().schools() }));

  app.get('/api/sources/:docId', async (req, reply) => {
    const { docId } = parse(DocParamsSchema, req.params);
    const doc = answerer().document(docId);
    if (!doc) return send(reply, 'NOT_FOUND', '找不到这份报告。');
    const { school, title, period, text, sections, file } = doc;
    return { docId, file, school, title, period: period.label, text, sections };
  });

  app.get('/api/figures', async (req) => queryFigures(answerer().search.index.figures, parse(FiguresQuerySchema, req.query)));

  app.get('/healthz', async () => ({ ok: true }));
  // Counters of the optional model path (replies shown, rejected by the check and why, timeouts), Prometheus text.
  app.get('/metrics', async (_req, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(prometheus(live.current()?.modelStats?.())));

  // Which index is serving (build id, time, size), and whether a newer one on disk failed to load.
  app.get('/readyz', async (_req, reply) => {
    const bot = live.current();
    const failure = deps.indexFailure?.();
    if (!bot) {
      if (failure) return reply.code(503).send({ error: 'INDEX_CORRUPT', message: `${failure.message} / ${ERROR_CODES.INDEX_CORRUPT.en}` });
      return send(reply, 'INDEX_MISSING');
    }
    const { manifest, dir } = bot.search.index;
    return {
      ready: true,
      schools: bot.schools().length,
      index: {
        buildId: manifest.buildId,
        builtAt: manifest.builtAt,
        folder: dir.split(/[\\/]/).at(-1),
        documents: manifest.counts.documents,
        chunks: manifest.counts.chunks,
      },
      ...(failure ? { newerIndexFailed: failure } : {}),
    };
  });

  const js = (body: string) => (_req: FastifyRequest, reply: FastifyReply) =>
    reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(body);
  app.get('/widget.js', js(assets.widgetJs));
  app.get('/viewer.js', js(assets.viewerJs));
  app.get('/figures.js', js(assets.figuresJs));

  const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);
  app.get('/', async (req, reply) => {
    const origin = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.host}`;
    return html(reply, demoPage(origin, live.current()?.schools() ?? []));
  });
  app.get('/chat', async (_req, reply) => html(reply, chatPage()));
  app.get('/figures', async (_req, reply) => html(reply, figuresPage()));
  app.get('/source/:docId', async (req, reply) => {
    parse(DocParamsSchema, req.params);
    return html(reply, viewerPage());
  });

  return app;
}
