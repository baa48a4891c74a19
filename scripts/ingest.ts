// npm run ingest -- [--corpus DIR] [--index DIR] [--json]: builds the index with progress and a summary.
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { buildIndex, type BuildSummary } from '../src/index/build.js';
import { createEmbeddings } from '../src/index/embeddings.js';
import { parseFlags, run } from './cli.js';

const Flags = z.object({
  corpus: z.string().optional(),
  index: z.string().optional(),
  json: z.boolean().default(false),
});

/** Runs an ingest with a progress bar (unless quiet) and returns its summary. */
export async function ingestWithProgress(opts: { corpusDir: string; indexDir: string; quiet: boolean }): Promise<BuildSummary> {
  const config = loadConfig();
  const bar = new cliProgress.SingleBar(
    { format: 'ingest |{bar}| {percentage}% {phase} {file}', hideCursor: true, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000 },
    cliProgress.Presets.shades_classic,
  );
  if (!opts.quiet) bar.start(100, 0, { phase: 'read', file: '' });
  const weights = { read: [0, 60], embed: [60, 30], index: [90, 5], save: [95, 5] } as const;
  try {
    return await buildIndex({
      corpusDir: opts.corpusDir,
      indexDir: opts.indexDir,
      embeddings: createEmbeddings(config),
      chunkSize: config.CHUNK_SIZE,
      chunkOverlap: config.CHUNK_OVERLAP,
      maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
      onProgress: ({ phase, done, total, file }) => {
        const [base, span] = weights[phase];
        if (!opts.quiet) bar.update(Math.round(base + (span * done) / Math.max(total, 1)), { phase, file: file ?? '' });
      },
    });
  } finally {
    if (!opts.quiet) {
      bar.update(100, { phase: 'done', file: '' });
      bar.stop();
    }
  }
}

export function printSummary(s: BuildSummary, out: (line: string) => void = console.log): void {
  const table = new Table({
    head: ['file', 'institution', 'kind', 'period', 'sections', 'chunks', 'guessed', 'warnings'],
    style: { head: [], border: [] },
  });
  for (const d of s.documents) {
    table.push([
      d.file + (d.reused ? ' (reused)' : ''),
      d.school,
      d.kind,
      d.period,
      d.sections,
      d.chunks,
      d.guessed.join(', ') || '-',
      d.warnings.join('; ') || '-',
    ]);
  }
  for (const r of s.rejected) table.push([r.file, { colSpan: 7, content: `REJECTED: ${r.reason}` }]);
  out(table.toString());
  const guessed = s.documents.filter((d) => d.guessed.length).length;
  if (guessed) out(`${guessed} file(s) have guessed fields (←body, ←published, ←file-name…): check them and set any wrong one in corpus/metadata.json`);
  const mb = s.bytes / 1024 / 1024;
  out(
    `${s.documents.length} ingested, ${s.rejected.length} rejected, ${s.chunks} chunks, ` +
      `${mb.toFixed(2)} MB in ${(s.elapsedMs / 1000).toFixed(2)} s (${(mb / (s.elapsedMs / 1000)).toFixed(2)} MB/s)` +
      (s.exitCode === 2 ? ' — nothing could be ingested; the previous index is unchanged' : ''),
  );
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  run(async () => {
    const { flags } = parseFlags(Flags, { corpus: { type: 'string' }, index: { type: 'string' }, json: { type: 'boolean' } });
    const config = loadConfig();
    const summary = await ingestWithProgress({ corpusDir: flags.corpus ?? config.CORPUS_DIR, indexDir: flags.index ?? config.INDEX_DIR, quiet: flags.json });
    if (flags.json) {
      const json = {
        documents: summary.documents.map(({ file, school, title, kind, period, sections, chunks, guessed, warnings }) => ({
          file,
          school,
          title,
          kind,
          period,
          sections,
          chunks,
          guessed,
          warnings,
        })),
        rejected: summary.rejected,
        elapsedMs: Math.round(summary.elapsedMs),
      };
      process.stdout.write(JSON.stringify(json) + '\n');
    } else printSummary(summary);
    return summary.exitCode;
  });
}
