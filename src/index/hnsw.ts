// The only file that touches hnswlib-node: a cosine HNSW index over number[] vectors.
import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

/** Chosen by measurement (bench/README.md): efConstruction 100 keeps ingest near 1 MB/s; efSearch 512 buys recall for under 1 ms a query. */
export const DEFAULT_HNSW: HnswParams = { m: 16, efConstruction: 100, efSearch: 512 };

export class HnswIndex {
  private constructor(
    private index: InstanceType<typeof HierarchicalNSW>,
    readonly dim: number,
    private params: HnswParams,
  ) {}

  static create(dim: number, capacity: number, params: HnswParams = DEFAULT_HNSW): HnswIndex {
    const index = new HierarchicalNSW('cosine', dim);
    index.initIndex({ maxElements: Math.max(capacity, 1), m: params.m, efConstruction: params.efConstruction, allowReplaceDeleted: true });
    index.setEf(params.efSearch);
    return new HnswIndex(index, dim, params);
  }

  static async load(file: string, dim: number, params: HnswParams = DEFAULT_HNSW): Promise<HnswIndex> {
    const index = new HierarchicalNSW('cosine', dim);
    await index.readIndex(file, true);
    index.setEf(params.efSearch);
    return new HnswIndex(index, dim, params);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  add(vector: number[], label: number): void {
    if (this.index.getCurrentCount() >= this.index.getMaxElements()) {
      this.index.resizeIndex(Math.max(16, this.index.getMaxElements() * 2));
    }
    this.index.addPoint(vector, label);
  }

  /** Nearest labels with cosine similarity (1 - distance), best first. */
  search(vector: number[], k: number, filter?: (label: number) => boolean, ef = this.params.efSearch): { label: number; score: number }[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    this.index.setEf(Math.max(ef, n));
    const { neighbors, distances } = filter ? this.index.searchKnn(vector, n, filter) : this.index.searchKnn(vector, n);
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i]! }));
  }

  async save(file: string): Promise<void> {
    await this.index.writeIndex(file);
  }
}
