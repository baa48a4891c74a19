// npm run bench:sweep -- INDEX_DIR: HNSW recall@10 and query time against efSearch on a built
// index, for question-like and passage-like queries (ties with the exact 10th neighbour count).
import { HashingEmbeddings } from '../../src/index/embeddings.js';
import { loadIndex } from '../../src/index/store.js';
import { prng } from './generate.js';

const dir = process.argv[2] ?? 'bench/work/size-5000/index';
const e = new HashingEmbeddings(512);
const index = await loadIndex(dir, e);
const rand = prng(3);
const n = index.chunks.length;
const schools = [...new Set(index.chunks.map((c) => c.school))];
const passages = await Promise.all(Array.from({ length: 60 }, () => e.embedQuery(index.chunks[Math.floor(rand() * n)]!.text.slice(0, 60))));
const topics = ['官微发了多少篇推文？', '的学费标准在哪里公开？', '阳光服务平台的办结率是多少？'];
const questions = await Promise.all(Array.from({ length: 60 }, (_, i) => e.embedQuery(`${schools[(i * 37) % schools.length]}${topics[i % 3]}`)));
const all = Array.from({ length: n }, (_, i) => i);
const tenth = (vs: number[][]) => vs.map((v) => index.store.exact(v, 10, all).at(-1)!.score);
const [tp, tq] = [tenth(passages), tenth(questions)];
const recall = (vs: number[][], t: number[], ef: number) => {
  let hits = 0;
  vs.forEach((v, i) => (hits += index.store.hnsw.search(v, 10, undefined, ef).filter((x) => x.score >= t[i]! - 1e-6).length));
  return hits / (vs.length * 10);
};
console.log(`${n} chunks`);
for (const ef of [128, 512, 1024, 2048]) {
  const t0 = performance.now();
  const p = recall(passages, tp, ef);
  const ms = (performance.now() - t0) / passages.length;
  console.log(`efSearch ${ef}: recall@10 passages ${p.toFixed(3)}, questions ${recall(questions, tq, ef).toFixed(3)}, ${ms.toFixed(2)} ms/query`);
}
