// npm run ingest -- [--corpus DIR] [--index DIR] [--json] [--progress bar|lines] [--pause-at PHASE[:N]]:
// builds the index with progress and a summary.
import { writeSync } from 'node:fs';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { buildIndex, type BuildSummary, type Phase, type Progress } from '../src/index/build.js';
import { createEmbeddings } from '../src/index/embeddings.js';
import { readLimitsFrom } from '../src/ingest/read-limits.js';
import { parseFlags, run } from './cli.js';

const PHASES = ['read', 'embed', 'index', 'save', 'graph', 'swap'] as const satisfies readonly Phase[];

const PausePoint = z
  .string()
  .regex(new RegExp(`^(${PHASES.join('|')})(:\\d+)?$`), `expected PHASE or PHASE:N with PHASE one of ${PHASES.join(', ')}`)
  .transform((s) => {
    const [phase, n] = s.split(':');
    return { phase: phase as Phase, done: Number(n ?? 0) };
  });

const Flags = z.object({
  corpus: z.string().optional(),
  index: z.string().optional(),
  json: z.boolean().default(false),
  /** "lines": one plain line per step on stderr (for logs and scripts) instead of the bar. */
  progress: z.enum(['bar', 'lines']).default('bar'),
  /** Stops the process (SIGSTOP) at this point, after printing where: what a crash there leaves can then be inspected. */
  'pause-at': PausePoint.optional(),
});

export type PauseAt = { phase: Phase; done: number };

/** One progress line: `progress PHASE DONE/TOTAL [FILE]`, written synchronously so it is out before anything else happens. */
function progressLine(p: Progress): void {
  writeSync(2, `progress ${p.phase} ${p.done}/${p.total}${p.file ? ` ${p.file}` : ''}\n`);
}

/** Runs an ingest with a progress bar or lines (unless quiet) and returns its summary. */
export async function ingestWithProgress(opts: {
  corpusDir: string;
  indexDir: string;
  quiet: boolean;
  lines?: boolean;
  pauseAt?: PauseAt;
}): Promise<BuildSummary> {
  const config = loadConfig();
  let paused = false;
  const pause = (p: Progress) => {
    if (paused || !opts.pauseAt || p.phase !== opts.pauseAt.phase || p.done < opts.pauseAt.done) return;
    paused = true;
    writeSync(2, `paused at ${p.phase} ${p.done}/${p.total} (pid ${process.pid}): resume with kill -CONT ${process.pid}\n`);
    process.kill(process.pid, 'SIGSTOP');
  };
  if (opts.lines) {
    return build(config, opts, (p) => {
      if (!opts.quiet) progressLine(p);
      pause(p);
    });
  }
  const bar = new cliProgress.SingleBar(
    { format: 'ingest |{bar}| {percentage}% {phase} {file}', hideCursor: true, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000 },
    cliProgress.Presets.shades_classic,
  );
  if (!opts.quiet) bar.start(100, 0, { phase: 'read', file: '' });
  const weights = { read: [0, 60], embed: [60, 25], index: [85, 5], save: [90, 3], graph: [93, 5], swap: [98, 2] } as const;
  try {
    return await build(config, opts, (p) => {
      const [base, span] = weights[p.phase];
      if (!opts.quiet) bar.update(Math.round(base + (span * p.done) / Math.max(p.total, 1)), { phase: p.phase, file: p.file ?? '' });
      pause(p);
    });
  } finally {
    if (!opts.quiet) {
      bar.update(100, { phase: 'done', file: '' });
      bar.stop();
    }
  }
}

function build(config: ReturnType<typeof loadConfig>, opts: { corpusDir: string; indexDir: string }, onProgress: (p: Progress) => void) {
  return buildIndex({
    corpusDir: opts.corpusDir,
    indexDir: opts.indexDir,
    embeddings: createEmbeddings(config),
    chunkSize: config.CHUNK_SIZE,
    chunkOverlap: config.CHUNK_OVERLAP,
    maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
    limits: readLimitsFrom(config),
    onProgress,
  });
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
  for (const d of s.duplicates) table.push([d.file, { colSpan: 7, content: `same content as ${d.sameAs}: indexed once, under that name` }]);
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
    const { flags } = parseFlags(Flags, {
      corpus: { type: 'string' },
      index: { type: 'string' },
      json: { type: 'boolean' },
      progress: { type: 'string' },
      'pause-at': { type: 'string' },
    });
    const config = loadConfig();
    const summary = await ingestWithProgress({
      corpusDir: flags.corpus ?? config.CORPUS_DIR,
      indexDir: flags.index ?? config.INDEX_DIR,
      quiet: flags.json && flags.progress !== 'lines',
      lines: flags.progress === 'lines',
      pauseAt: flags['pause-at'],
    });
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
        duplicates: summary.duplicates,
        elapsedMs: Math.round(summary.elapsedMs),
      };
      process.stdout.write(JSON.stringify(json) + '\n');
    } else printSummary(summary);
    return summary.exitCode;
  });
}
