// Runs one ingest in its own process so its time and peak memory are its own; prints JSON.
import { buildIndex } from '../../src/index/build.js';
import { HashingEmbeddings } from '../../src/index/embeddings.js';

const [corpusDir, indexDir] = process.argv.slice(2);
const summary = await buildIndex({
  corpusDir: corpusDir!,
  indexDir: indexDir!,
  embeddings: new HashingEmbeddings(512),
  chunkSize: 400,
  chunkOverlap: 60,
  maxFileBytes: 20 * 1024 * 1024,
});
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify({ elapsedMs: summary.elapsedMs, bytes: summary.bytes, chunks: summary.chunks, documents: summary.documents.length, maxRssMb }),
  () => process.exit(0),
);
