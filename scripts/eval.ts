// npm run eval -- [FILE…] [--suite NAME] [--locked] [--index DIR | --corpus DIR] [--today YYYY-MM-DD] [--out FILE] [--llm] [-v]
// Scores question files. --llm scores them through the configured language model (LLM=openai) and
// reports how often the check rejected its reply; without it the configured model is not used. With no FILE, every suite of eval/suites.json (a corpus and its questions)
// is ingested into data/eval/<suite> and its dev files are scored; --locked scores the locked halves.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Table from 'cli-table3';
import { z } from 'zod';
import { modelPathFromConfig } from '../src/answer/llm/model.js';
import { type ModelStats, rejectionRate, since, sum } from '../src/answer/llm/stats.js';
import { openAnswerer } from '../src/answer/open.js';
import { loadConfig } from '../src/config.js';
import { buildIndex } from '../src/index/build.js';
import { createEmbeddings } from '../src/index/embeddings.js';
import { fail, parseFlags, run } from './cli.js';
import { type Row, type Summary, evaluate, readQa, summarise } from './eval/score.js';
import { available, readSuites } from './eval/suites.js';

export { QaSchema, readQa, uncitedNumbers, evaluate, type Qa } from './eval/score.js';

const ROOT = resolve(import.meta.dirname, '..');
const pct = (x: number, n: number) => (n ? `${(100 * x).toFixed(1)}%` : 'n/a');

function metricsTable(s: Summary): string {
  const table = new Table({ head: ['metric', 'value'], style: { head: [], border: [] } });
  table.push(
    ['questions', s.questions],
    ['answer accuracy', `${pct(s.accuracy, s.counts.answerable)} of ${s.counts.answerable}`],
    ['figure-question accuracy', `${pct(s.figureAccuracy, s.counts.figures)} of ${s.counts.figures}`],
    ['section hit@1', pct(s.hit1, s.counts.sectioned)],
    ['section hit@5', pct(s.hit5, s.counts.sectioned)],
    ['refusal on unanswerable', `${pct(s.refusal, s.counts.unanswerable)} of ${s.counts.unanswerable}`],
    ['median answer length (single school)', `${s.medianLength} chars`],
    ['latency p50 / p95', `${s.p50ms.toFixed(1)} / ${s.p95ms.toFixed(1)} ms`],
    ['numbers not in a cited quote', s.uncitedNumbers],
    [
      'by type (right / asked)',
      Object.entries(s.byType)
        .map(([t, x]) => `${t} ${x.ok}/${x.n}`)
        .join(', '),
    ],
  );
  return table.toString();
}

function modelTable(s: ModelStats): string {
  const table = new Table({ head: [`model ${s.model}`, 'value'], style: { head: [], border: [] } });
  const r = s.replies;
  table.push(
    ['replies shown (passed the check)', r.accepted],
    ['replies rejected by the check', `${r.rejected} (${pct(rejectionRate(s), r.accepted + r.rejected)} of replies)`],
    [
      'rejections by reason',
      Object.entries(s.rejections)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-',
    ],
    ['timed out / failed', `${r.timeout} / ${r.error}`],
    ['not asked (refusals, questions back)', r.skipped],
  );
  return table.toString();
}

function failuresTable(rows: Row[], all: boolean): string | undefined {
  const t = new Table({
    head: ['id', 'type', 'ok', 'hit@1', 'hit@5', 'question → answer'],
    colWidths: [9, 12, 5, 7, 7, 100],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    const ok = r.answerable ? r.correct : !r.found;
    if (all || !ok) t.push([r.id, r.type, ok ? 'yes' : 'NO', String(r.hit1 ?? '-'), String(r.hit5 ?? '-'), `${r.question}\n→ ${r.answer.slice(0, 240)}`]);
  }
  return t.length ? t.toString() : undefined;
}

const Flags = z.object({
  index: z.string().optional(),
  corpus: z.string().optional(),
  suite: z.array(z.string()).optional(),
  locked: z.boolean().default(false),
  today: z.iso.date().optional(),
  out: z.string().default('eval/reports/latest.json'),
  verbose: z.boolean().default(false),
  fusion: z.enum(['rrf', 'weighted']).default('weighted'),
  llm: z.boolean().default(false),
});

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  run(async () => {
    const { flags, positionals } = parseFlags(Flags, {
      fusion: { type: 'string' },
      index: { type: 'string' },
      corpus: { type: 'string' },
      suite: { type: 'string', multiple: true },
      locked: { type: 'boolean' },
      today: { type: 'string' },
      out: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      llm: { type: 'boolean' },
    });
    const suites = readSuites(ROOT);
    const today = flags.today ?? suites.today;
    const config = loadConfig({ ...process.env, TODAY: today });
    if (flags.llm && config.LLM === 'off')
      fail('--llm scores through a language model: set LLM=openai, LLM_MODEL and LLM_BASE_URL or LLM_API_KEY (see README).');
    const llm = flags.llm ? modelPathFromConfig(config) : undefined;
    const modelRuns: ModelStats[] = [];
    // Ad hoc: files over a given index or corpus. Otherwise: the suites.
    const plan =
      positionals.length || flags.index || flags.corpus
        ? [{ name: 'ad hoc', corpus: flags.corpus, index: flags.index, files: positionals.length ? positionals : ['eval/dev-qa.jsonl'] }]
        : suites.suites
            .filter((s) => !flags.suite || flags.suite.includes(s.name))
            .filter((s) => {
              const ok = available(ROOT, s.corpus);
              if (!ok) console.log(`suite ${s.name}: corpus ${s.corpus} not found, skipped`);
              return ok;
            })
            .map((s) => ({ name: s.name, corpus: s.corpus, index: undefined, files: flags.locked ? s.locked : s.files }));
    const allRows: Row[] = [];
    const report: Record<string, unknown> = {};
    for (const p of plan) {
      if (p.files.length === 0) continue;
      let indexDir = p.index ?? config.INDEX_DIR;
      if (p.corpus && !p.index) {
        indexDir = join(ROOT, 'data/eval', p.name.replace(/\W+/g, '-'));
        const built = await buildIndex({
          corpusDir: join(ROOT, p.corpus),
          indexDir,
          embeddings: createEmbeddings(config),
          chunkSize: config.CHUNK_SIZE,
          chunkOverlap: config.CHUNK_OVERLAP,
          maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
        });
        for (const r of built.rejected) console.log(`suite ${p.name}: ${r.file} rejected (${r.reason})`);
      }
      const bot = await openAnswerer(config, indexDir, { fusion: flags.fusion, llm: llm ?? false });
      await bot.answer('预热'); // the first call pays for lazy set-up (jieba, OpenCC), not a question
      const qa = p.files.flatMap((f) => readQa(join(ROOT, f)));
      const before = bot.modelStats?.();
      const { summary, rows } = await evaluate(bot, qa);
      const model = before && since(before, bot.modelStats!());
      allRows.push(...rows);
      console.log(`\n== ${p.name}: ${p.files.join(' + ')}${flags.locked ? ' (locked)' : ''}`);
      // Locked halves print figures only: reading their failures would turn them into dev questions.
      const failures = flags.locked && !flags.verbose ? undefined : failuresTable(rows, flags.verbose);
      if (failures) console.log(failures);
      console.log(metricsTable(summary));
      if (model) {
        console.log(modelTable(model));
        modelRuns.push(model);
      }
      report[p.name] = { files: p.files, summary, rows, ...(model ? { model } : {}) };
    }
    if (plan.length > 1) {
      console.log('\n== all suites');
      console.log(metricsTable(summarise(allRows)));
      if (modelRuns.length) console.log(modelTable(sum(modelRuns)));
    }
    const out = resolve(flags.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          today,
          locked: flags.locked,
          summary: summarise(allRows),
          ...(modelRuns.length ? { model: sum(modelRuns) } : {}),
          suites: report,
        },
        null,
        2,
      ),
    );
    console.log(`report written to ${flags.out}`);
    return 0;
  });
}
