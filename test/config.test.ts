import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    expect(loadConfig({})).toMatchObject({
      CORPUS_DIR: 'corpus',
      INDEX_DIR: 'data/index',
      PORT: 3000,
      RATE_LIMIT_PER_MINUTE: 30,
      EMBEDDINGS: 'hash',
      LOG_QUESTIONS: false,
    });
  });

  it('coerces numbers and booleans from the environment', () => {
    expect(loadConfig({ PORT: '8080', LOG_QUESTIONS: 'true', RATE_LIMIT_PER_MINUTE: '0' })).toMatchObject({
      PORT: 8080,
      LOG_QUESTIONS: true,
      RATE_LIMIT_PER_MINUTE: 0,
    });
  });

  it('names each bad variable and its value', () => {
    const err = (() => {
      try {
        loadConfig({ PORT: 'eighty', EMBEDDINGS: 'bert' });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(err).toMatch(/PORT="eighty"/);
    expect(err).toMatch(/EMBEDDINGS="bert"/);
    expect(() => loadConfig({ TODAY: '2024-13-45' })).toThrow(/TODAY/);
  });

  it('leaves the language model off unless LLM=openai, with a WeChat-sized timeout', () => {
    expect(loadConfig({})).toMatchObject({ LLM: 'off', LLM_TIMEOUT_MS: 3500, LLM_CONCURRENCY: 4, LLM_REWRITE: false });
    expect(loadConfig({ LLM: 'openai', LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'qwen2.5:7b' })).toMatchObject({
      LLM: 'openai',
      LLM_MODEL: 'qwen2.5:7b',
    });
  });

  it('rejects a half-configured model, naming the variable to set', () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(message({ LLM: 'openai', LLM_BASE_URL: 'https://api.deepseek.com/v1' })).toMatch(/LLM_MODEL="": required when LLM=openai/);
    expect(message({ LLM: 'openai', LLM_MODEL: 'gpt-4o-mini' })).toMatch(/LLM_API_KEY="": required/);
    expect(message({ LLM_MODEL: 'deepseek-chat' })).toMatch(/LLM_MODEL="deepseek-chat": is set but LLM is off/);
    expect(message({ LLM: 'gpt' })).toMatch(/LLM="gpt"/);
    expect(message({ LLM: 'openai', LLM_MODEL: 'm', LLM_API_KEY: 'k', LLM_TIMEOUT_MS: '50' })).toMatch(/LLM_TIMEOUT_MS="50"/);
    expect(message({ LLM: 'openai', LLM_MODEL: 'm', LLM_API_KEY: 'k', LLM_CONCURRENCY: '0' })).toMatch(/LLM_CONCURRENCY="0"/);
    expect(message({ LLM: 'openai', LLM_MODEL: 'm', LLM_BASE_URL: 'not a url' })).toMatch(/LLM_BASE_URL="not a url"/);
  });
});
