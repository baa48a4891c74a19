// The one place that wires configuration → index → answering → channels.
import type { FastifyInstance } from 'fastify';
import { type LiveAnswerer, liveAnswerer } from './answer/live.js';
import { type IndexFailure, createWebServer } from './channels/web/server.js';
import { type Log, startWechatBot } from './channels/wechat/bot.js';
import { officialAccount } from './channels/wechat/official-account.js';
import type { Config } from './config.js';

export interface Running {
  url: string;
  /** The index the server answers from, for other channels in the same process to share. */
  live: LiveAnswerer;
  close(): Promise<void>;
}

/** The web server with every HTTP channel the configuration enables (the 公众号 endpoint with WECHAT_MP_TOKEN). */
export async function buildApp(
  config: Config,
  live: LiveAnswerer,
  logger?: boolean | Record<string, unknown>,
  indexFailure?: () => IndexFailure | undefined,
): Promise<FastifyInstance> {
  const app = await createWebServer({ config, live, logger, indexFailure });
  if (config.WECHAT_MP_TOKEN) {
    await app.register(
      officialAccount({
        token: config.WECHAT_MP_TOKEN,
        answerer: live.current,
        publicBaseUrl: config.PUBLIC_BASE_URL,
        ratePerMinute: config.WECHAT_RATE_LIMIT_PER_MINUTE,
      }),
    );
  }
  return app;
}

/** Serves the web chat on HOST/PORT over the index at INDEX_DIR, reloading it when ingest replaces it. */
export async function startWeb(config: Config): Promise<Running> {
  // A newer index that fails to load (half-written, corrupt) leaves the loaded one serving; the
  // failure is logged once per distinct message and shown on /readyz until a good index loads.
  let failure: IndexFailure | undefined;
  const live = liveAnswerer(config, {
    onError: (err) => {
      const message = (err as Error).message ?? String(err);
      if (failure?.message !== message) console.warn(`index not reloaded, still serving the previous one: ${message}`);
      failure = { message, at: failure?.message === message ? failure.at : new Date().toISOString() };
    },
    onReload: () => (failure = undefined),
  });
  await live.reload();
  const app = await buildApp(config, live, undefined, () => failure);
  const url = await app.listen({ host: config.HOST, port: config.PORT });
  return {
    url,
    live,
    close: async () => {
      live.close();
      await app.close();
    },
  };
}

/**
 * Runs the wechaty bot with the configured puppet (default wechaty-puppet-wechat4u). Beside the web
 * chat it shares that server's index instead of loading a second copy.
 */
export async function startWechat(config: Config, log: Log, shared?: LiveAnswerer): Promise<{ close(): Promise<void> }> {
  const live = shared ?? liveAnswerer(config);
  if (!shared) await live.reload();
  const bot = await startWechatBot({
    puppet: config.WECHATY_PUPPET ?? 'wechaty-puppet-wechat4u',
    token: config.WECHATY_PUPPET_SERVICE_TOKEN,
    answerer: live.current,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    roomSchools: config.WECHAT_ROOM_SCHOOLS,
    ratePerMinute: config.WECHAT_RATE_LIMIT_PER_MINUTE,
    logQuestions: config.LOG_QUESTIONS,
    log,
  });
  return {
    close: async () => {
      if (!shared) live.close();
      await bot.stop();
    },
  };
}
