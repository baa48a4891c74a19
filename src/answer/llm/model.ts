// The chat-model seam: any LangChain BaseChatModel answers; from configuration it is ChatOpenAI
// pointed at an OpenAI-compatible endpoint (DeepSeek, DashScope, Zhipu, Ollama, vLLM…).
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import { pino } from 'pino';
import type { Config } from '../../config.js';
import type { LlmDeps, LlmLog } from './compose-llm.js';
import { Gate } from './gate.js';
import { ModelCounters } from './stats.js';

/**
 * ChatOpenAI for LLM=openai. No retries: the whole budget is LLM_TIMEOUT_MS and a failed call falls
 * back to the extractive reply, which is better than a second try that WeChat will not wait for.
 */
export function chatModelFromConfig(config: Config): BaseChatModel {
  return new ChatOpenAI({
    model: config.LLM_MODEL,
    // Local servers (Ollama, vLLM) take any key; the client insists on one.
    apiKey: config.LLM_API_KEY ?? 'not-needed',
    configuration: config.LLM_BASE_URL ? { baseURL: config.LLM_BASE_URL } : undefined,
    temperature: 0,
    maxTokens: config.LLM_MAX_TOKENS,
    streaming: config.LLM_STREAM,
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: 0,
  });
}

/** The model's text for these messages; aborts with the signal (the question's deadline). */
export async function complete(model: BaseChatModel, messages: BaseMessage[], signal: AbortSignal): Promise<string> {
  const res = await model.invoke(messages, { signal });
  const c = res.content;
  if (typeof c === 'string') return c;
  return c.map((part) => (part.type === 'text' && 'text' in part ? String(part.text) : '')).join('');
}

/** The model path's dependencies from configuration, or undefined with LLM=off. Build once per process. */
export function modelPathFromConfig(config: Config, log?: LlmLog): LlmDeps | undefined {
  if (config.LLM === 'off') return undefined;
  const logger = log ? undefined : pino({ level: config.LOG_LEVEL });
  return {
    model: chatModelFromConfig(config),
    timeoutMs: config.LLM_TIMEOUT_MS,
    gate: new Gate(config.LLM_CONCURRENCY),
    counters: new ModelCounters(config.LLM_MODEL ?? ''),
    rewrite: config.LLM_REWRITE,
    log: log ?? ((entry, message) => logger!.warn(entry, message)),
    logReplies: config.LOG_QUESTIONS,
  };
}
