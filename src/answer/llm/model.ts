// The chat-model seam: any LangChain BaseChatModel answers; from configuration it is ChatOpenAI
// pointed at an OpenAI-compatible endpoint (DeepSeek, DashScope, Zhipu, Ollama, vLLM…).
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import { pino } from 'pino';
import type { Config } from '../../config.js';
import type { LlmDeps, LlmLog } from './compose-llm.js';
import { Gate } from './gate.js';
import { ModelCounters } from './stats.js';

/**
 * ChatOpenAI for LLM=openai. No retries: the whole budget is LLM_TIMEOUT_MS and a failed call falls
 * back to the extractive reply, which is better than a second try that WeChat will not wait for.
 * Streaming is chosen per call (complete's `stream`), not here: ChatOpenAI's own streaming inside
 * invoke() estimates token counts with a tokenizer it downloads, which an offline server cannot.
 */
export function chatModelFromConfig(config: Config): BaseChatModel {
  return new ChatOpenAI({
    model: config.LLM_MODEL,
    // Local servers (Ollama, vLLM) take any key; the client insists on one.
    apiKey: config.LLM_API_KEY ?? 'not-needed',
    configuration: config.LLM_BASE_URL ? { baseURL: config.LLM_BASE_URL } : undefined,
    temperature: 0,
    maxTokens: config.LLM_MAX_TOKENS,
    // `streaming` is left unset: set to false, ChatOpenAI refuses to stream at all.
    // No stream_options in the request: not every OpenAI-compatible server accepts it.
    streamUsage: false,
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: 0,
  });
}

/** Rejects when the signal aborts, whether or not the work underneath listens to it. */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

const textOf = (content: AIMessageChunk['content']) =>
  typeof content === 'string' ? content : content.map((part) => (part.type === 'text' && 'text' in part ? String(part.text) : '')).join('');

/**
 * The model's text for these messages, asked as one response or as a stream of chunks (collected
 * here: nothing is shown before the whole reply has passed the check). Ends at the signal.
 */
export function complete(model: BaseChatModel, messages: BaseMessage[], signal: AbortSignal, stream = false): Promise<string> {
  const work = async () => {
    if (!stream) return textOf((await model.invoke(messages, { signal })).content);
    let text = '';
    for await (const chunk of await model.stream(messages, { signal })) text += textOf(chunk.content);
    return text;
  };
  return beforeDeadline(work(), signal);
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
    stream: config.LLM_STREAM,
    rewrite: config.LLM_REWRITE,
    log: log ?? ((entry, message) => logger!.warn(entry, message)),
    logReplies: config.LOG_QUESTIONS,
  };
}
