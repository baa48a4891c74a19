// npm run bench [-- --quick]: speed and scale against peers (LangChain MemoryVectorStore, MiniSearch)
// on synthetic corpora of growing size; writes bench/results/ and ends with one summary line.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import autocannon from 'autocannon';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { createAnswerer } from '../src/answer/answer.js';
import { searchBm25 } from '../src/index/bm25.js';
import { HashingEmbeddings } from '../src/index/embeddings.js';
import { searchableText } from '../src/index/searchable.js';
import { loadIndex } from '../src/index/store.js';
import { loadLexicon } from '../src/text/synonyms.js';
import { tokenize } from '../src/text/tokenize.js';
import { lineChart } from './bench/chart.js';
import { generateReports, prng, writeReports } from './bench/generate.js';
import { type Latency, summarize, timeEach } from './bench/stats.js';
import { parseFlags, run } from './cli.js';

const Flags = z.object({
  quick: z.boolean().default(false),
  sizes: z.string().optional(),
  out: z.string().default('bench/results'),
  work: z.string().default('bench/work'),
  'server-seconds': z.coerce.number().positive().optional(),
  queries: z.coerce.number().int().positive().default(200),
  /** The largest corpus grows until it holds at least this many chunks (default: 20,000 with --quick). */
  'min-chunks': z.coerce.number().int().min(0).optional(),
});

const ROOT = resolve(import.meta.dirname, '..');
const TOPICS = [
  '{s}官微发了多少篇推文？',
  '{s}的学费标准在哪里公开？',
  '{s}阳光服务平台的办结率是多少？',
  '{s}招投标公告发了多少条？',
  '{s}奖助学金怎么评定？',
  '{s}视频号发布了多少条信息？',
  '{s}的预算决算在哪公开？',
  '{s}被省市级媒体报道了多少条？',
  '{s}招生咨询有哪些渠道？',
  '{s}的招生章程在哪里看？',
];

interface SizeResult {
  reports: number;
  chunks: number;
  mb: number;
  ingestS: number;
  ingestMbS: number;
  chunksPerS: number;
  peakRssMb: number;
  indexMb: number;
  loadS: number;
  keyword: Latency;
  minisearch: Latency;
  vector: Latency;
  memoryVectorStore: Latency;
  recallAt10: number;
  passageRecallAt10: number;
  hybrid: Latency;
  answer: Latency;
}

const dirMb = (dir: string) => readdirSync(dir).reduce((a, f) => a + statSync(join(dir, f)).size, 0) / 1024 / 1024;

/** Builds a corpus of `reports` files (the shipped five when reports = 5) and measures everything. */
async function measureSize(
  reports: number,
  work: string,
  queries: number,
  log: (s: string) => void,
): Promise<{ result: SizeResult; indexDir: string; questions: string[] }> {
  const base = join(work, `size-${reports}`);
  const corpus = join(base, 'corpus');
  const indexDir = join(base, 'index');
  rmSync(base, { recursive: true, force: true });
  if (reports <= 5) cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  else writeReports(corpus, generateReports(join(ROOT, 'corpus'), reports));

  log(`[${reports} reports] ingesting…`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench/ingest-child.ts'), corpus, indexDir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`ingest failed: ${child.stderr}`);
  const ingest = JSON.parse(child.stdout) as { elapsedMs: number; bytes: number; chunks: number; maxRssMb: number };
  const mb = ingest.bytes / 1024 / 1024;

  const embeddings = new HashingEmbeddings(512);
  let t = performance.now();
  const index = await loadIndex(indexDir, embeddings);
  const loadS = (performance.now() - t) / 1000;
  const bot = createAnswerer({ index, lexicon: loadLexicon() });

  // Questions about institutions that are in this index, drawn with a fixed seed.
  const rand = prng(7);
  const schools = bot.schools().map((s) => s.school);
  const questions = Array.from({ length: queries }, (_, i) => TOPICS[i % TOPICS.length]!.replace('{s}', schools[Math.floor(rand() * schools.length)]!));
  const qvs = await Promise.all(questions.map((q) => embeddings.embedQuery(q)));

  log(`[${reports} reports] ${index.chunks.length} chunks; timing our search…`);
  const keyword = await timeEach(
    questions,
    (q) =>
      searchBm25(
        index.keywords,
        tokenize(q).map((term) => ({ term, weight: 1 })),
        { limit: 10 },
      ),
    2,
  );
  const vector = await timeEach(qvs, (v) => index.store.searchLabels(v, 10), 2);
  const hybrid = await timeEach(questions, (q) => bot.retrieve(q, { k: 10 }), 2);
  const answer = await timeEach(questions, (q) => bot.answer(q), 2);

  // HNSW against exact search on the same vectors. Generated reports repeat sentences, so many
  // chunks tie at the same distance; a result as close as the exact 10th neighbour counts as found.
  // Two kinds of query: the questions themselves (short, so their nearest passages are far and
  // alike) and passage-like queries (the opening of a random chunk), the usual ANN measure.
  const all = Array.from({ length: index.chunks.length }, (_, i) => i);
  const recall = (vs: number[][]) => {
    let hits = 0;
    for (const v of vs) {
      const tenth = index.store.exact(v, 10, all).at(-1)!.score;
      hits += index.store.searchLabels(v, 10).filter((h) => h.score >= tenth - 1e-6).length;
    }
    return hits / (vs.length * 10);
  };
  const passageQueries = await Promise.all(
    Array.from({ length: 100 }, () => embeddings.embedQuery(index.chunks[Math.floor(rand() * index.chunks.length)]!.text.slice(0, 60))),
  );
  const recallAt10 = recall(qvs.slice(0, 100));
  const passageRecallAt10 = recall(passageQueries);

  log(`[${reports} reports] timing peers (MemoryVectorStore, MiniSearch)…`);
  const dim = embeddings.dim;
  const mvs = new MemoryVectorStore(embeddings);
  await mvs.addVectors(
    index.chunks.map((_, i) => Array.from(index.vectors.subarray(i * dim, (i + 1) * dim))),
    index.chunks.map((c) => new Document({ pageContent: c.text, metadata: { id: c.id } })),
  );
  const memoryVectorStore = await timeEach(qvs.slice(0, Math.max(20, Math.min(qvs.length, Math.floor(2e7 / index.chunks.length)))), (v) =>
    mvs.similaritySearchVectorWithScore(v, 10),
  );
  (mvs as unknown as { memoryVectors: unknown[] }).memoryVectors = [];

  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: [],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
  });
  mini.addAll(index.chunks.map((c, i) => ({ id: i, text: searchableText(c) })));
  // Peers are slow at scale: time them on as many questions as fit a few seconds.
  const minisearch = await timeEach(
    questions.slice(0, Math.max(20, Math.min(questions.length, Math.floor(4e6 / index.chunks.length)))),
    (q) => mini.search(q).slice(0, 10),
    2,
  );

  t = performance.now();
  const result: SizeResult = {
    reports: index.documents.length,
    chunks: index.chunks.length,
    mb,
    ingestS: ingest.elapsedMs / 1000,
    ingestMbS: mb / (ingest.elapsedMs / 1000),
    chunksPerS: ingest.chunks / (ingest.elapsedMs / 1000),
    peakRssMb: ingest.maxRssMb,
    indexMb: dirMb(realpathSync(indexDir)),
    loadS,
    keyword,
    minisearch,
    vector,
    memoryVectorStore,
    recallAt10,
    passageRecallAt10,
    hybrid,
    answer,
  };
  return { result, indexDir, questions };
}

/** autocannon against POST /api/ask on a server of its own process, rate limit off. */
async function serverThroughput(indexDir: string, questions: string[], seconds: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, INDEX_DIR: indexDir, PORT: '0', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  const url = await new Promise<string>((res, rej) => {
    const timer = setInterval(() => {
      const m = /web chat: (http:\/\/\S+)/.exec(out);
      if (m) (clearInterval(timer), res(m[1]!));
    }, 100);
    setTimeout(() => rej(new Error(`server did not start: ${out}`)), 120_000);
  });
  // Warm up first (JIT, lazy jieba/OpenCC set-up), as a server that has been running would be.
  for (const q of questions.slice(0, 20))
    await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) });
  let i = 0;
  const result = await autocannon({
    url: `${url}/api/ask`,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ question: questions[i++ % questions.length] }) }),
      },
    ],
  });
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

const f = (x: number, d = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
const lat = (l: Latency) => `${f(l.p50)} / ${f(l.p95)} / ${f(l.p99)}`;

function markdown(results: SizeResult[], server: Awaited<ReturnType<typeof serverThroughput>> | undefined, quick: boolean): string {
  const rows = results.map(
    (r) =>
      `| ${r.reports.toLocaleString('en')} | ${r.chunks.toLocaleString('en')} | ${f(r.mb)} | ${f(r.ingestS)} | ${f(r.ingestMbS)} | ${f(r.chunksPerS, 0)} | ${f(r.peakRssMb, 0)} | ${f(r.indexMb)} | ${f(r.loadS)} |`,
  );
  const lrows = results.map(
    (r) =>
      `| ${r.chunks.toLocaleString('en')} | ${lat(r.keyword)} | ${lat(r.minisearch)} | ${f(r.minisearch.p50 / r.keyword.p50)}× | ${lat(r.vector)} | ${lat(r.memoryVectorStore)} | ${f(r.memoryVectorStore.p50 / r.vector.p50)}× | ${r.recallAt10.toFixed(3)} / ${r.passageRecallAt10.toFixed(3)} | ${lat(r.hybrid)} | ${lat(r.answer)} |`,
  );
  return [
    `# Benchmark results${quick ? ' (quick)' : ''}`,
    '',
    `Run ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}, ${cpus().length} cores. Generated by \`npm run bench${quick ? ' -- --quick' : ''}\`.`,
    '',
    '## Ingest and index',
    '',
    '| reports | chunks | MB of text | ingest s | MB/s | chunks/s | peak RSS MB | index MB on disk | load s |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '## Latency (ms, p50 / p95 / p99) against peers in the same process on the same data',
    '',
    'keyword: our BM25 vs MiniSearch with the same jieba tokenizer; vector: our HNSW vs LangChain `MemoryVectorStore` (exact) on the same vectors; ratio = peer p50 / ours.',
    '',
    '| chunks | keyword (ours) | MiniSearch | ratio | vector (HNSW) | MemoryVectorStore | ratio | HNSW recall@10 (questions / passages) | hybrid retrieval | full answer() |',
    '|---:|---|---|---:|---|---|---:|---:|---|---|',
    ...lrows,
    '',
    ...(server
      ? [
          '## Server',
          '',
          `autocannon, POST /api/ask, 50 connections, rate limit off, ${results.at(-1)!.chunks.toLocaleString('en')} chunks: **${f(server.rps, 0)} requests/s**, latency p50 ${server.p50} ms / p99 ${server.p99} ms, ${server.total} requests, ${server.errors} errors, ${server.non2xx} non-2xx.`,
          '',
        ]
      : []),
    '![latency and ingest time against corpus size](chart.svg)',
    '',
  ].join('\n');
}

run(async () => {
  const { flags } = parseFlags(Flags, {
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    out: { type: 'string' },
    work: { type: 'string' },
    'server-seconds': { type: 'string' },
    queries: { type: 'string' },
    'min-chunks': { type: 'string' },
  });
  const sizes = flags.sizes ? flags.sizes.split(',').map(Number) : flags.quick ? [5, 100, 800] : [5, 500, 5000];
  const minChunks = flags['min-chunks'] ?? (flags.quick ? 20_000 : 0);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const results: SizeResult[] = [];
  let last: Awaited<ReturnType<typeof measureSize>> | undefined;
  for (const [i, size] of sizes.entries()) {
    let n = size;
    const prev = results.at(-1);
    // The largest corpus is sized from the chunks per report measured on the one before, so it
    // reaches the chunk count the benchmark promises whatever the generator's report length.
    if (i === sizes.length - 1 && minChunks && prev && prev.reports > 5) n = Math.max(n, Math.ceil((minChunks / (prev.chunks / prev.reports)) * 1.03));
    last = await measureSize(n, resolve(flags.work), flags.queries, log);
    while (i === sizes.length - 1 && last.result.chunks < minChunks) {
      n = Math.ceil(n * (minChunks / last.result.chunks) * 1.02);
      log(`  ${last.result.chunks} chunks is under --min-chunks ${minChunks}: again with ${n} reports`);
      last = await measureSize(n, resolve(flags.work), flags.queries, log);
    }
    results.push(last.result);
    const r = last.result;
    log(
      `  ${r.chunks} chunks, ingest ${f(r.ingestMbS)} MB/s, answer p95 ${f(r.answer.p95)} ms, vector ${f(r.memoryVectorStore.p50 / r.vector.p50)}× MemoryVectorStore, recall ${r.recallAt10.toFixed(3)}/${r.passageRecallAt10.toFixed(3)}, keyword ${f(r.minisearch.p50 / r.keyword.p50)}× MiniSearch`,
    );
  }
  const seconds = flags['server-seconds'] ?? (flags.quick ? 5 : 20);
  log(`server throughput for ${seconds} s…`);
  const server = last ? await serverThroughput(last.indexDir, last.questions, seconds) : undefined;

  mkdirSync(flags.out, { recursive: true });
  const name = flags.quick ? 'quick' : 'results';
  writeFileSync(join(flags.out, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), sizes, results, server }, null, 2));
  writeFileSync(join(flags.out, `${name}.md`), markdown(results, server, flags.quick));
  writeFileSync(
    join(flags.out, flags.quick ? 'chart-quick.svg' : 'chart.svg'),
    lineChart(
      'gongkai: latency and ingest time against corpus size',
      [
        { name: 'full answer() p95 (ms)', color: '#8b1a1a', axis: 'left', points: results.map((r) => ({ x: r.chunks, y: r.answer.p95 })) },
        { name: 'hybrid retrieval p95 (ms)', color: '#1a5e8b', axis: 'left', points: results.map((r) => ({ x: r.chunks, y: r.hybrid.p95 })) },
        { name: 'MemoryVectorStore p95 (ms)', color: '#999', axis: 'left', points: results.map((r) => ({ x: r.chunks, y: r.memoryVectorStore.p95 })) },
        { name: 'ingest time (s, right axis)', color: '#2e7d32', axis: 'right', points: results.map((r) => ({ x: r.chunks, y: r.ingestS })) },
      ],
      { x: 'chunks (log scale)', left: 'latency, ms', right: 'ingest, s' },
    ),
  );
  const top = results.at(-1)!;
  console.log(markdown(results, server, flags.quick));
  console.log(
    `bench: chunks=${top.chunks} p95_ms=${top.answer.p95.toFixed(2)} speedup_vs_memory_vector_store=${(top.memoryVectorStore.p50 / top.vector.p50).toFixed(1)} speedup_vs_minisearch=${(top.minisearch.p50 / top.keyword.p50).toFixed(2)} ingest_mb_s=${top.ingestMbS.toFixed(2)}`,
  );
  return 0;
});
