// Embedders behind LangChain's Embeddings: a deterministic offline default and an optional endpoint.
import { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../config.js';
import { tokenize } from '../text/tokenize.js';

/** An Embeddings with a stable identity, so an index built with another embedder is refused. */
export interface NamedEmbeddings extends Embeddings {
  readonly id: string;
  readonly dim: number;
  /** Embeds from index tokens already cut (saves a second jieba pass at ingest), when supported. */
  fromTokens?(tokens: string[]): Float32Array;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hashed word and character-bigram features (the keyword index's own tokens) with sublinear term
 * frequency, L2-normalised. No weights to download and no corpus statistics, so a document's vector
 * never changes when other documents are added (which keeps incremental ingest valid).
 */
export class HashingEmbeddings extends Embeddings implements NamedEmbeddings {
  readonly id: string;
  constructor(readonly dim = 512) {
    super({});
    this.id = `hash-ngram-v2-${dim}`;
  }

  fromTokens(tokens: string[]): Float32Array {
    const counts = new Map<string, number>();
    // Bigrams (prefixed ~) back up words; they count half.
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + (t.charCodeAt(0) === 126 ? 0.5 : 1));
    const v = new Float32Array(this.dim);
    for (const [feature, tf] of counts) {
      const h = fnv1a(feature);
      v[h % this.dim]! += (h & 0x80000000 ? -1 : 1) * (1 + Math.log(tf + 1));
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < v.length; i++) v[i]! /= norm;
    return v;
  }

  vector(text: string): number[] {
    return Array.from(this.fromTokens(tokenize(text)));
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.vector(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.vector(text);
  }
}

/** Wraps any LangChain Embeddings (e.g. an OpenAI-compatible endpoint) with an identity. */
class Named extends Embeddings implements NamedEmbeddings {
  constructor(
    private inner: Embeddings,
    readonly id: string,
    readonly dim: number,
  ) {
    super({});
  }
  embedDocuments(texts: string[]) {
    return this.inner.embedDocuments(texts);
  }
  embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}

export function createEmbeddings(config: Config): NamedEmbeddings {
  if (config.EMBEDDINGS === 'openai') {
    const inner = new OpenAIEmbeddings({
      model: config.OPENAI_EMBEDDING_MODEL,
      apiKey: config.OPENAI_API_KEY ?? 'not-needed',
      dimensions: config.EMBEDDING_DIM,
      configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
    });
    return new Named(inner, `openai:${config.OPENAI_EMBEDDING_MODEL}:${config.EMBEDDING_DIM}`, config.EMBEDDING_DIM);
  }
  return new HashingEmbeddings(config.EMBEDDING_DIM);
}
