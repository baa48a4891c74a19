// Chunks and their vectors behind LangChain's VectorStore, searched with HNSW or exactly when filtered small.
import { Document } from '@langchain/core/documents';
import { VectorStore } from '@langchain/core/vectorstores';
import type { Chunk } from '../types.js';
import type { NamedEmbeddings } from './embeddings.js';
import type { HnswIndex } from './hnsw.js';

/** Restricts a search to some chunk labels (their positions in the chunk list). */
export interface LabelFilter {
  labels: ReadonlySet<number>;
}

/** Below this many allowed chunks an exact scan is both faster and exact. */
const EXACT_BELOW = 4000;

export function chunkToDocument(chunk: Chunk, label: number): Document {
  return new Document({ pageContent: chunk.text, metadata: { ...chunk, label }, id: chunk.id });
}

export class HnswVectorStore extends VectorStore {
  declare FilterType: LabelFilter;
  declare embeddings: NamedEmbeddings;

  constructor(
    embeddings: NamedEmbeddings,
    readonly chunks: Chunk[],
    /** Row-major, chunks.length × dim. */
    readonly vectors: Float32Array,
    readonly hnsw: HnswIndex,
  ) {
    super(embeddings, {});
  }

  _vectorstoreType(): string {
    return 'gongkai-hnsw';
  }

  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    const dim = this.embeddings.dim;
    const grown = new Float32Array(this.vectors.length + vectors.length * dim);
    grown.set(this.vectors);
    const ids: string[] = [];
    vectors.forEach((v, j) => {
      const label = this.chunks.length;
      grown.set(v, label * dim);
      this.chunks.push(documents[j]!.metadata as Chunk);
      this.hnsw.add(v, label);
      ids.push(String(documents[j]!.id ?? label));
    });
    (this as { vectors: Float32Array }).vectors = grown;
    return ids;
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    return this.addVectors(await this.embeddings.embedDocuments(documents.map((d) => d.pageContent)), documents);
  }

  /** Best labels by cosine similarity. */
  searchLabels(query: number[], k: number, filter?: LabelFilter): { label: number; score: number }[] {
    if (filter && filter.labels.size <= EXACT_BELOW) return this.exact(query, k, filter.labels);
    const allow = filter ? (label: number) => filter.labels.has(label) : undefined;
    return this.hnsw.search(query, k, allow);
  }

  /** Exact cosine scan (vectors are L2-normalised, so a dot product). */
  exact(query: number[], k: number, labels: Iterable<number>): { label: number; score: number }[] {
    const dim = this.embeddings.dim;
    const out: { label: number; score: number }[] = [];
    for (const label of labels) {
      let dot = 0;
      const base = label * dim;
      for (let d = 0; d < dim; d++) dot += query[d]! * this.vectors[base + d]!;
      out.push({ label, score: dot });
    }
    out.sort((a, b) => b.score - a.score);
    return out.slice(0, k);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: LabelFilter): Promise<[Document, number][]> {
    return this.searchLabels(query, k, filter).map(({ label, score }) => [chunkToDocument(this.chunks[label]!, label), score]);
  }
}
