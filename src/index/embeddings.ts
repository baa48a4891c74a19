// Embedders behind LangChain's Embeddings: a deterministic offline default and an optional endpoint.
import { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../config.js';
import { bigrams, words } from '../text/tokenize.js';

/** An Embeddings with a stable identity, so an index built with another embedder is refused. */
export interface NamedEmbeddings extends Embeddings {
  readonly id: string;
  readonly dim: number;
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
 * Hashed word and character-bigram features with sublinear term frequency, L2-normalised. No
 * weights to download and no corpus statistics, so a document's vector never changes when other
 * documents are added (which keeps incremental ingest valid).
 */
export class HashingEmbeddings extends Embeddings implements NamedEmbeddings {
  readonly id: string;
  constructor(readonly dim = 512) {
    super({});
    this.id = `hash-ngram-v1-${dim}`;
  }

  vector(text: string): number[] {
    const counts = new Map<string, number>();
    for (const w of words(text, false)) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const g of bigrams(text)) counts.set(g, (counts.get(g) ?? 0) + 0.5);
    const v = new Array<number>(this.dim).fill(0);
    for (const [feature, tf] of counts) {
      const h = fnv1a(feature);
      v[h % this.dim]! += (h & 0x80000000 ? -1 : 1) * (1 + Math.log(tf + 1));
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
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
