// Builds the HNSW graph in a worker thread while the main thread keeps parsing, tokenising and
// embedding: the two costs overlap on a 2-core machine instead of adding up.
import { Worker } from 'node:worker_threads';
import { DEFAULT_HNSW, HnswIndex, type HnswParams } from './hnsw.js';

export interface HnswBuilder {
  /** Queues vectors (row-major) whose labels start at `start`. */
  add(vectors: Float32Array, start: number): void;
  /** Waits for every queued vector and writes the graph to `file`. */
  save(file: string): Promise<void>;
  close(): Promise<void>;
}

/** In-thread fallback, used for small builds where a worker costs more than it saves. */
function inThread(dim: number, capacity: number, params: HnswParams): HnswBuilder {
  const index = HnswIndex.create(dim, capacity, params);
  return {
    add(vectors, start) {
      for (let i = 0; i * dim < vectors.length; i++) index.add(Array.from(vectors.subarray(i * dim, (i + 1) * dim)), start + i);
    },
    save: (file) => index.save(file),
    close: async () => {},
  };
}

export function hnswBuilder(dim: number, capacity: number, params: HnswParams = DEFAULT_HNSW, threaded = capacity > 2000): HnswBuilder {
  if (!threaded) return inThread(dim, capacity, params);
  const worker = new Worker(new URL('./hnsw-worker.mjs', import.meta.url), { workerData: { dim, capacity, params } });
  let failure: Error | undefined;
  worker.on('error', (err) => (failure = err));
  return {
    add(vectors, start) {
      if (failure) throw failure;
      const copy = vectors.slice();
      worker.postMessage({ type: 'add', vectors: copy, start }, [copy.buffer]);
    },
    save(file) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const onMessage = (m: { type: string; error?: string }) => {
          worker.off('message', onMessage);
          if (m.type === 'saved') resolve();
          else reject(new Error(m.error ?? 'HNSW worker failed'));
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({ type: 'save', file });
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
