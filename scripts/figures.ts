// npm run figures -- [--metric TEXT] [--school NAME] [--period LABEL] [--csv] [--index DIR]
//                    | --score [--labelled FILE] [-v]
// Exports the figures index for spreadsheets (a table, or CSV with --csv), or scores the extractor
// on the hand-labelled sample (precision/recall of metric + value + unit).
import { join, resolve } from 'node:path';
import Table from 'cli-table3';
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { scoreFigures } from '../src/ingest/figure-score.js';
import { readFigures } from '../src/index/store.js';
import type { FigureRecord } from '../src/types.js';
import { parseFlags, run } from './cli.js';

const ROOT = resolve(import.meta.dirname, '..');

const Flags = z.object({
  metric: z.string().optional(),
  school: z.string().optional(),
  period: z.string().optional(),
  csv: z.boolean().default(false),
  index: z.string().optional(),
  score: z.boolean().default(false),
  labelled: z.string().default(join(ROOT, 'test/fixtures/figures-labelled.json')),
  verbose: z.boolean().default(false),
});

const COLUMNS = ['school', 'period', 'metric', 'qualifier', 'part', 'value', 'unit', 'approx', 'text', 'section', 'docId', 'start', 'end'] as const;

const csvCell = (v: unknown) => {
  const s = Array.isArray(v) ? v.join(' › ') : v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(records: FigureRecord[]): string {
  // A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
  return '\ufeff' + [COLUMNS.join(','), ...records.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

run(async () => {
  const { flags } = parseFlags(Flags, {
    metric: { type: 'string' },
    school: { type: 'string' },
    period: { type: 'string' },
    csv: { type: 'boolean' },
    index: { type: 'string' },
    score: { type: 'boolean' },
    labelled: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
  });
  if (flags.score) {
    const s = await scoreFigures(ROOT, resolve(flags.labelled));
    if (flags.verbose) for (const m of s.mistakes) console.log(`${m.file}  ${m.text}: want ${m.want ?? '—'} | got ${m.got ?? '—'}`);
    const t = new Table({ head: ['figures extractor', 'value'], style: { head: [], border: [] } });
    t.push(
      ['passages / labelled figures / records in them', `${s.passages} / ${s.labelled} / ${s.extracted}`],
      ['precision (metric + value + unit)', pct(s.precision)],
      ['recall (metric + value + unit)', pct(s.recall)],
      ['precision (value + unit)', pct(s.valuePrecision)],
      ['recall (value + unit)', pct(s.valueRecall)],
    );
    console.log(t.toString());
    if (s.skipped.length) console.log(`skipped (file not found): ${s.skipped.join(', ')}`);
    return 0;
  }
  const config = loadConfig();
  const all = await readFigures(flags.index ?? config.INDEX_DIR);
  const has = (v: string | undefined, want: string | undefined) => !want || (v ?? '').includes(want);
  const records = all.filter((r) => has(r.metric, flags.metric) && has(r.school, flags.school) && has(r.period, flags.period));
  if (flags.csv) {
    process.stdout.write(toCsv(records));
    return 0;
  }
  const t = new Table({ head: ['school', 'period', 'metric', 'qualifier', 'value', 'text'], style: { head: [], border: [] } });
  for (const r of records) t.push([r.school, r.period, r.metric, [r.qualifier, r.part].filter(Boolean).join(' '), r.value, r.text]);
  console.log(t.toString());
  console.log(`${records.length} of ${all.length} figures`);
  return 0;
});
