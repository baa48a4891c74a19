// Worker side of hnsw-builder.ts: adds queued vectors to an HNSW graph, then writes it.
// Plain JavaScript so the worker starts under any loader (tsx, vitest, compiled); it mirrors the
// HnswIndex wrapper in hnsw.ts, the only other place that touches hnswlib-node.
import { parentPort, workerData } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';

const { dim, capacity, params } = workerData;
const index = new hnswlib.HierarchicalNSW('cosine', dim);
index.initIndex({ maxElements: Math.max(capacity, 1), m: params.m, efConstruction: params.efConstruction, allowReplaceDeleted: true });

parentPort.on('message', async (m) => {
  try {
    if (m.type === 'add') {
      for (let i = 0; i * dim < m.vectors.length; i++) index.addPoint(Array.from(m.vectors.subarray(i * dim, (i + 1) * dim)), m.start + i);
    } else {
      await index.writeIndex(m.file);
      parentPort.postMessage({ type: 'saved' });
    }
  } catch (err) {
    parentPort.postMessage({ type: 'failed', error: String(err) });
  }
});
