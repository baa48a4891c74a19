// What a channel remembers between turns so "那去年呢？" and "那安全职院呢？" work.
import { z } from 'zod';
import type { Answer } from '../types.js';

export const TurnContextSchema = z.object({
  school: z.string().optional(),
  period: z.string().optional(),
  /** The period the last question asked, when it named one: 再往前一年 steps from it. */
  asked: z.string().optional(),
  /** The last question that carried a topic; follow-ups borrow it. */
  question: z.string().optional(),
});
export type TurnContext = z.infer<typeof TurnContextSchema>;

// 其中… (其中通知公告有几条) narrows the total the previous turn asked about.
// 比上一届高了多少, 同比呢: a change of the measure the previous turn asked about.
// 省定基准又是多少: 又 asks the same scene again, of another thing.
// 电话多少, 邮箱是什么, 地址在哪: a bare detail asked names no topic of its own; it is the previous one's.
const FOLLOW_UP =
  /^(?:那|那么|那个|还有|再问|其中)|呢[？?!！。]*$|^(?:and|what about|how about)\b|^(?:比|较)(?:上一?届|上一?年|去年|前一年|往年|上学年)|^同比|又(?:是|有|要|该)?(?:多少|几|什么|哪)|^(?:(?:联系|咨询)?电话|(?:电子)?邮箱|地址|网址)(?:是)?(?:多少|是什么|是啥|在哪|在哪儿|在哪里)?[？?]?$/i;

/** A short "那…呢" question borrows the previous topic. */
export function isFollowUp(question: string): boolean {
  const t = question.trim();
  // "那2013到2016級的老生住6人間呢？": opened by 那 and closed by 呢, a longer one still borrows the topic.
  if (/^(?:那|那么)/.test(t) && /呢[？?!！。]*$/.test(t)) return t.length <= FRAMED_FOLLOW_UP_MAX;
  return FOLLOW_UP.test(t) && t.length <= FOLLOW_UP_MAX;
}

/** Longest follow-up read by its cue alone, and one framed by 那…呢. */
const FOLLOW_UP_MAX = 16;
const FRAMED_FOLLOW_UP_MAX = 28;

export function nextContext(previous: TurnContext | undefined, answer: Answer): TurnContext {
  const followUp = isFollowUp(answer.question) && !!previous?.question;
  return {
    school: answer.school ?? previous?.school,
    period: answer.period ?? previous?.period,
    // (The period asked, not the one of the report that answered it: 再往前一年 steps from what was asked.)
    ...(answer.askedPeriod ? { asked: answer.askedPeriod } : {}),
    // (A follow-up keeps the topic it carried on: 前年呢 after 去年招了多少？ asks the first question's topic.)
    question: answer.followed ?? (followUp ? previous!.question : answer.question),
  };
}

/** Conversation memory per user (web session, WeChat contact), bounded in size and time. */
export class ContextStore {
  private readonly map = new Map<string, { ctx: TurnContext; at: number }>();
  constructor(
    private readonly max = 10_000,
    private readonly ttlMs = 30 * 60_000,
  ) {}

  get(id: string | undefined): TurnContext | undefined {
    if (!id) return undefined;
    const hit = this.map.get(id);
    if (!hit || Date.now() - hit.at > this.ttlMs) return undefined;
    return hit.ctx;
  }

  set(id: string | undefined, ctx: TurnContext): void {
    if (!id) return;
    this.map.delete(id);
    this.map.set(id, { ctx, at: Date.now() });
    // A Map keeps insertion order: the first key is the least recently used.
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}
