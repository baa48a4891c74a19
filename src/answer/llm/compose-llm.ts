// The optional model path, wrapped around the extractive Answerer: the extractive answer is made as
// always; when it answers from cited passages, the model words a reply from those passages only,
// and the reply is shown only if guard.ts passes it. Refusals, questions back and the catalogue
// never reach the model. Any failure — rejected, timed out, HTTP error, no free slot — leaves the
// extractive answer, logged and counted.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Answer } from '../../types.js';
import type { AnswerOptions, Answerer } from '../answer.js';
import { isFollowUp } from '../context.js';
import { Gate } from './gate.js';
import { type Problem, guardReply } from './guard.js';
import { complete } from './model.js';
import { composeMessages } from './prompt.js';
import { rewriteFollowUp } from './rewrite.js';
import { ModelCounters, type ModelStats } from './stats.js';

export type LlmLog = (entry: Record<string, unknown>, message: string) => void;

export interface LlmDeps {
  /** Any LangChain chat model; ChatOpenAI from configuration (model.ts). */
  model: BaseChatModel;
  /** The model's whole budget per question, rewrite and reply together. */
  timeoutMs: number;
  /** Calls in flight at once (LLM_CONCURRENCY); share one Gate across reloads of the index. */
  gate: Gate;
  /** Share one across reloads so /metrics counts from start-up. */
  counters: ModelCounters;
  /** Ask for a streamed response (LLM_STREAM); the reply is still checked whole before it is shown. */
  stream?: boolean;
  /** Let the model rewrite elliptical follow-ups (LLM_REWRITE). */
  rewrite?: boolean;
  log?: LlmLog;
  /** Put rejected replies in the log (they may echo the question: LOG_QUESTIONS). */
  logReplies?: boolean;
}

/** The scopes whose reply is worded from passages; the others (refusals, 请问是哪一个, the catalogue) stay as they are. */
const WORDED = new Set(['single', 'compare', 'open']);

const isTimeout = (err: unknown, signal: AbortSignal) =>
  signal.aborted || (err as Error)?.name === 'TimeoutError' || /timed? ?out/i.test(String((err as Error)?.message));

export function createLlmAnswerer(extractive: Answerer, deps: LlmDeps): Answerer & { modelStats(): ModelStats } {
  const { counters } = deps;
  const log: LlmLog = deps.log ?? (() => {});

  /** The question to extract from: the model's rewrite of a follow-up when it passes, else the user's words. */
  async function questionFor(question: string, options: AnswerOptions, signal: AbortSignal): Promise<string> {
    const previous = options.context;
    if (!deps.rewrite || !previous?.question || !isFollowUp(question)) return question;
    try {
      const r = await deps.gate.run(signal, () => rewriteFollowUp(deps.model, question, previous, extractive.matcher, signal, deps.stream));
      if (r.ok) {
        counters.rewrite('used');
        return r.question;
      }
      counters.rewrite('rejected');
      log({ why: r.why }, 'model rewrite of a follow-up rejected; using the rule-based follow-up');
    } catch (err) {
      const timeout = isTimeout(err, signal);
      counters.rewrite(timeout ? 'timeout' : 'error');
      log({ err: String(err) }, `model rewrite of a follow-up ${timeout ? 'timed out' : 'failed'}; using the rule-based follow-up`);
    }
    return question;
  }

  async function answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const started = performance.now();
    const signal = AbortSignal.timeout(deps.timeoutMs);
    const asked = await questionFor(question, options, signal);
    const ex = await extractive.answer(asked, { ...options, explain: true });
    const shown = (a: Answer, note?: string): Answer => {
      if (!options.explain) {
        const { explain: _, ...rest } = a;
        return rest;
      }
      return note ? { ...a, explain: { ...a.explain!, understand: { ...a.explain!.understand, notes: [...a.explain!.understand.notes, note] } } } : a;
    };
    const scope = ex.explain!.understand.scope;
    if (!ex.found || ex.clarify || !WORDED.has(scope) || ex.citations.length === 0) {
      counters.reply('skipped');
      return shown(ex);
    }
    let raw: string;
    try {
      raw = await deps.gate.run(signal, () => complete(deps.model, composeMessages(ex.question, ex.citations), signal, deps.stream));
    } catch (err) {
      const timeout = isTimeout(err, signal);
      counters.reply(timeout ? 'timeout' : 'error');
      log({ err: String(err), ms: Math.round(performance.now() - started) }, `model reply ${timeout ? 'timed out' : 'failed'}; showing the extractive answer`);
      return shown(ex, `model: ${timeout ? 'timed out' : `failed (${String(err).slice(0, 120)})`}; extractive reply shown`);
    }
    const verdict = guardReply(raw, ex.citations, extractive.matcher);
    if (!verdict.ok) {
      const reasons = verdict.problems.map((p) => p.reason);
      counters.reply('rejected', reasons);
      log(
        { reasons, problems: verdict.problems.map(describe), ...(deps.logReplies ? { reply: raw.slice(0, 400) } : {}) },
        'model reply failed the check; showing the extractive answer',
      );
      return shown(ex, `model reply rejected: ${verdict.problems.map(describe).join('; ')}`);
    }
    counters.reply('accepted');
    const modelMs = performance.now() - started - ex.timings.retrieveMs - ex.timings.answerMs;
    return shown(
      { ...ex, answer: verdict.text, timings: { ...ex.timings, answerMs: Math.round((ex.timings.answerMs + Math.max(modelMs, 0)) * 100) / 100 } },
      'model reply passed the check',
    );
  }

  return {
    answer,
    retrieve: (q, o) => extractive.retrieve(q, o),
    schools: () => extractive.schools(),
    document: (id) => extractive.document(id),
    matcher: extractive.matcher,
    search: extractive.search,
    modelStats: () => counters.snapshot(),
  };
}

const describe = (p: Problem) => `${p.reason}: ${p.detail}`;
