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
});
