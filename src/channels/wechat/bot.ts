// The wechaty bot: answers private chats, and group messages that @ it, citing sources.
import qrTerm from 'qrcode-terminal';
import { type Message, type Wechaty, type WechatyPlugin, WechatyBuilder, types } from 'wechaty';
import type { Answerer } from '../../answer/answer.js';
import { ContextStore, nextContext } from '../../answer/context.js';
import { APOLOGY, HINT_TEXT_ONLY, RATE_LIMITED, formatReply, helpText } from './format.js';
import { RateLimiter } from './limiter.js';

export interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface AnsweringOptions {
  answerer: () => Answerer | undefined;
  publicBaseUrl?: string;
  /** Group topic → institution, so a school's own group need not name it. */
  roomSchools?: Record<string, string>;
  ratePerMinute?: number;
  log: Log;
  logQuestions?: boolean;
}

/** The answering behaviour as a wechaty plugin: `bot.use(answering(opts))`. */
export function answering(opts: AnsweringOptions): WechatyPlugin {
  return (bot: Wechaty) => {
    const startedAt = Date.now();
    const contexts = new ContextStore();
    const limiter = new RateLimiter(opts.ratePerMinute ?? 10);

    async function onMessage(msg: Message): Promise<void> {
      // Guards first: our own messages, backlog from before start, official accounts.
      if (msg.self()) return;
      if (msg.date().getTime() < startedAt - 2000) return;
      const talker = msg.talker();
      if (talker.type() === types.Contact.Official) return;
      const room = msg.room();
      if (room && !(await msg.mentionSelf())) return;
      if (msg.type() !== types.Message.Text) {
        await msg.say(HINT_TEXT_ONLY);
        return;
      }
      const question = (room ? await msg.mentionText() : msg.text()).trim();
      if (!question) return;
      const answerer = opts.answerer();
      if (/^(帮助|help|\?|？)$/i.test(question)) {
        await msg.say(helpText(answerer?.schools() ?? []));
        return;
      }
      const key = room ? `${room.id}/${talker.id}` : talker.id;
      if (!limiter.allow(key)) {
        await msg.say(RATE_LIMITED);
        return;
      }
      if (!answerer) throw new Error('the index is not loaded yet');
      const school = room ? opts.roomSchools?.[await room.topic()] : undefined;
      const context = contexts.get(key);
      const answer = await answerer.answer(question, { school, context });
      contexts.set(key, nextContext(context, answer));
      opts.log.info({ found: answer.found, school: answer.school, room: !!room, ...(opts.logQuestions ? { question } : {}) }, 'wechat answered');
      for (const text of formatReply(answer, opts.publicBaseUrl)) await msg.say(text);
    }

    bot.on('message', (msg: Message) => {
      // A failure inside answering never stops the bot: log it and apologise.
      onMessage(msg).catch(async (err) => {
        opts.log.error({ err: String(err) }, 'wechat message failed');
        await msg.say(APOLOGY).catch(() => undefined);
      });
    });
  };
}

export interface WechatBot {
  bot: Wechaty;
  stop(): Promise<void>;
}

/**
 * Starts a real bot with the configured puppet: prints the login QR code, logs login and logout,
 * and restarts with backoff after a logout or a fatal error.
 */
export async function startWechatBot(opts: AnsweringOptions & { puppet: string; token?: string; name?: string }): Promise<WechatBot> {
  const bot = WechatyBuilder.build({
    name: opts.name ?? 'gongkai',
    puppet: opts.puppet as never,
    puppetOptions: opts.token ? { token: opts.token } : undefined,
  });
  bot.use(answering(opts));
  let stopping = false;
  let delay = 1000;
  const restart = async (why: string) => {
    if (stopping) return;
    opts.log.warn({ why, retryInMs: delay }, 'wechat bot restarting');
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 60_000);
    await bot.stop().catch(() => undefined);
    if (!stopping) await bot.start().catch((err) => restart(String(err)));
  };
  bot
    .on('scan', (qrcode, status) => {
      if (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout) {
        qrTerm.generate(qrcode, { small: true });
        console.log(`请用微信扫码登录 / scan to log in: https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`);
      }
    })
    .on('login', (user) => {
      delay = 1000;
      opts.log.info({ user: user.name() }, 'wechat login');
    })
    .on('logout', (user, reason) => {
      opts.log.warn({ user: user.name(), reason }, 'wechat logout');
      void restart('logout');
    })
    .on('error', (err) => {
      opts.log.error({ err: String(err) }, 'wechat error');
      if (!bot.isLoggedIn) void restart('error');
    });
  await bot.start();
  return {
    bot,
    stop: async () => {
      stopping = true;
      await bot.stop();
    },
  };
}
