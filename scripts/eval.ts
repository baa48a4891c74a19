// npm run eval -- [FILE] [--index DIR] [--out FILE]: scores a QA file and writes a JSON report.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Table from 'cli-table3';
import { z } from 'zod';
import { type Answerer } from '../src/answer/answer.js';
import { numbersIn } from '../src/answer/figures.js';
import { openAnswerer } from '../src/answer/open.js';
import { loadConfig } from '../src/config.js';
import { looseKey } from '../src/text/normalize.js';
import type { Answer } from '../src/types.js';
import { parseFlags, run } from './cli.js';

export const QaSchema = z.object({
  id: z.string(),
  question: z.string(),
  persona: z.string().optional(),
  school: z.string().nullable().optional(),
  doc: z.string().nullable().optional(),
  answer_any: z.array(z.string()),
  section: z.string().nullable().optional(),
  type: z.string(),
});
export type Qa = z.infer<typeof QaSchema>;

export function readQa(file: string): Qa[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = QaSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${file} line ${i + 1}: ${z.prettifyError(r.error)}`);
      return r.data;
    });
}

/** Numbers in the reply that are in no cited quote, leaving out citation marks and report periods/titles. */
export function uncitedNumbers(a: Answer): string[] {
  let text = a.answer.replace(/\[\d+\]/g, '');
  for (const c of a.citations) text = text.split(c.period).join('').split(c.title).join('');
  text = text.replace(/(?:19|20)\d{2}\s*[-~～]\s*(?:19|20)\d{2}学年|(?:19|20)\d{2}年/g, '');
  const quoted = a.citations.map((c) => c.quote).join('\n');
  return numbersIn(text).filter((n) => !quoted.includes(n));
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
};

export async function evaluate(bot: Answerer, qa: Qa[]) {
  const rows = [];
  for (const item of qa) {
    const t0 = performance.now();
    const answer = await bot.answer(item.question);
    const ms = performance.now() - t0;
    const hits = await bot.retrieve(item.question, { k: 5 });
    const want = item.section ? looseKey(item.section) : undefined;
    const sectionOf = (path: string[]) => (path.length ? looseKey(path.at(-1)!) : '');
    const correct = item.answer_any.length > 0 && item.answer_any.some((x) => looseKey(answer.answer).includes(looseKey(x)));
    rows.push({
      id: item.id,
      type: item.type,
      question: item.question,
      found: answer.found,
      correct,
      answerable: item.answer_any.length > 0,
      hit1: want ? sectionOf(answer.citations[0]?.section ?? []) === want : undefined,
      hit5: want ? hits.some((h) => sectionOf(h.chunk.section) === want) : undefined,
      length: [...answer.answer].length,
      single: !!item.school && item.type !== 'cross',
      ms,
      uncited: uncitedNumbers(answer),
      answer: answer.answer,
    });
  }
  const answerable = rows.filter((r) => r.answerable);
  const sectioned = rows.filter((r) => r.hit1 !== undefined);
  const unanswerable = rows.filter((r) => r.type === 'unanswerable');
  const lengths = rows.filter((r) => r.single && r.answerable).map((r) => r.length);
  const latencies = rows.map((r) => r.ms);
  const summary = {
    questions: rows.length,
    accuracy: answerable.filter((r) => r.correct).length / (answerable.length || 1),
    hit1: sectioned.filter((r) => r.hit1).length / (sectioned.length || 1),
    hit5: sectioned.filter((r) => r.hit5).length / (sectioned.length || 1),
    refusal: unanswerable.filter((r) => !r.found).length / (unanswerable.length || 1),
    medianLength: quantile(lengths, 0.5),
    p50ms: quantile(latencies, 0.5),
    p95ms: quantile(latencies, 0.95),
    uncitedNumbers: rows.reduce((n, r) => n + r.uncited.length, 0),
    counts: { answerable: answerable.length, sectioned: sectioned.length, unanswerable: unanswerable.length },
  };
  return { summary, rows };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  run(async () => {
    const { flags, positionals } = parseFlags(
      z.object({
        index: z.string().optional(),
        out: z.string().default('eval/reports/latest.json'),
        verbose: z.boolean().default(false),
        fusion: z.enum(['rrf', 'weighted']).default('weighted'),
      }),
      {
        fusion: { type: 'string' },
        index: { type: 'string' },
        out: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
      },
    );
    const files = positionals.length ? positionals : ['eval/dev-qa.jsonl', 'eval/own-qa.jsonl'];
    const qa = files.flatMap(readQa);
    const file = files.join(' + ');
    const bot = await openAnswerer(loadConfig(), flags.index, { fusion: flags.fusion });
    await bot.answer('预热'); // the first call pays for lazy set-up (jieba, OpenCC), not a question
    const { summary, rows } = await evaluate(bot, qa);
    const failures = new Table({
      head: ['id', 'type', 'ok', 'hit@1', 'hit@5', 'answer'],
      colWidths: [8, 13, 5, 7, 7, 90],
      wordWrap: true,
      style: { head: [], border: [] },
    });
    for (const r of rows) {
      const ok = r.answerable ? r.correct : !r.found;
      if (flags.verbose || !ok || r.hit5 === false)
        failures.push([r.id, r.type, ok ? 'yes' : 'NO', String(r.hit1 ?? '-'), String(r.hit5 ?? '-'), r.answer.slice(0, 200)]);
    }
    if (failures.length) console.log(failures.toString());
    const table = new Table({ head: ['metric', 'value'], style: { head: [], border: [] } });
    table.push(
      ['questions', summary.questions],
      ['answer accuracy', `${pct(summary.accuracy * summary.counts.answerable, summary.counts.answerable)} of ${summary.counts.answerable}`],
      ['section hit@1', pct(summary.hit1 * summary.counts.sectioned, summary.counts.sectioned)],
      ['section hit@5', pct(summary.hit5 * summary.counts.sectioned, summary.counts.sectioned)],
      ['refusal on unanswerable', `${pct(summary.refusal * summary.counts.unanswerable, summary.counts.unanswerable)} of ${summary.counts.unanswerable}`],
      ['median answer length (single school)', `${summary.medianLength} chars`],
      ['latency p50 / p95', `${summary.p50ms.toFixed(1)} / ${summary.p95ms.toFixed(1)} ms`],
      ['numbers not in a cited quote', summary.uncitedNumbers],
    );
    console.log(table.toString());
    mkdirSync(dirname(flags.out), { recursive: true });
    writeFileSync(flags.out, JSON.stringify({ file, at: new Date().toISOString(), summary, rows }, null, 2));
    console.log(`report written to ${flags.out}`);
    return 0;
  });
}
