// Scores an answerer on QA items: accuracy (every part answered), refusals, section hits, lengths,
// latency, and numbers in replies that no cited quote holds.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/answer.js';
import { nextContext } from '../../src/answer/context.js';
import { uncitedNumbers } from '../../src/answer/check.js';
import { looseKey } from '../../src/text/normalize.js';

export { uncitedNumbers };

export const QaSchema = z.object({
  id: z.string(),
  question: z.string(),
  persona: z.string().optional(),
  school: z.string().nullable().optional(),
  /** The document answering, or (comparisons) the documents. */
  doc: z.union([z.string(), z.array(z.string())]).nullable().optional(),
  /** Exact substrings of the document; a reply holding any one answers. */
  answer_any: z.array(z.string()),
  /** Two-part questions: the reply must hold every one. */
  answer_all: z.array(z.string()).optional(),
  /** The nearest heading above the answer; comparisons may give one per document (any counts). */
  section: z.union([z.string(), z.array(z.string())]).nullable().optional(),
  type: z.string(),
  /** The previous question, for follow-ups ("那去年呢？"). */
  context: z.string().optional(),
  note: z.string().optional(),
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

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
};

/** True when the reply holds the answer: every answer_all part, else any answer_any substring. */
export function answers(reply: string, item: Qa): boolean {
  const r = looseKey(reply);
  if (item.answer_all?.length) return item.answer_all.every((x) => r.includes(looseKey(x)));
  return item.answer_any.some((x) => r.includes(looseKey(x)));
}

export interface Row {
  id: string;
  type: string;
  question: string;
  found: boolean;
  correct: boolean;
  answerable: boolean;
  hit1?: boolean;
  hit5?: boolean;
  length: number;
  single: boolean;
  ms: number;
  uncited: string[];
  answer: string;
}

export async function evaluate(bot: Answerer, qa: Qa[]) {
  const rows: Row[] = [];
  for (const item of qa) {
    const context = item.context ? nextContext(undefined, await bot.answer(item.context)) : undefined;
    const t0 = performance.now();
    const answer = await bot.answer(item.question, { context });
    const ms = performance.now() - t0;
    const hits = await bot.retrieve(item.question, { k: 5, context });
    const wanted = item.section === null || item.section === undefined ? [] : [item.section].flat().map(looseKey);
    const want = wanted.length ? wanted : undefined;
    // A citation hits when any level of its section path is the wanted section: 一、总则 › （四）… cites 一、总则.
    const inPath = (path: string[]) => !!want && path.some((level) => level !== '' && want.includes(looseKey(level)));
    const answerable = item.answer_any.length > 0 || !!item.answer_all?.length;
    rows.push({
      id: item.id,
      type: item.type,
      question: item.question,
      found: answer.found,
      correct: answerable && answers(answer.answer, item),
      answerable,
      hit1: want ? answer.citations.some((c, i) => i === 0 && inPath(c.section)) : undefined,
      hit5: want ? hits.some((h) => inPath(h.chunk.section)) : undefined,
      length: [...answer.answer].length,
      single: !!item.school && item.type !== 'cross',
      ms,
      uncited: uncitedNumbers(answer),
      answer: answer.answer,
    });
  }
  return { summary: summarise(rows), rows };
}

export function summarise(rows: Row[]) {
  const answerable = rows.filter((r) => r.answerable);
  const figures = answerable.filter((r) => r.type === 'figure');
  const sectioned = rows.filter((r) => r.hit1 !== undefined);
  const unanswerable = rows.filter((r) => !r.answerable);
  const lengths = rows.filter((r) => r.single && r.answerable).map((r) => r.length);
  const latencies = rows.map((r) => r.ms);
  const share = (xs: Row[], f: (r: Row) => boolean | undefined) => xs.filter(f).length / (xs.length || 1);
  const byType: Record<string, { n: number; ok: number }> = {};
  for (const r of rows) {
    const t = (byType[r.type] ??= { n: 0, ok: 0 });
    t.n++;
    if (r.answerable ? r.correct : !r.found) t.ok++;
  }
  return {
    questions: rows.length,
    accuracy: share(answerable, (r) => r.correct),
    figureAccuracy: share(figures, (r) => r.correct),
    hit1: share(sectioned, (r) => r.hit1),
    hit5: share(sectioned, (r) => r.hit5),
    refusal: share(unanswerable, (r) => !r.found),
    medianLength: quantile(lengths, 0.5),
    p50ms: quantile(latencies, 0.5),
    p95ms: quantile(latencies, 0.95),
    uncitedNumbers: rows.reduce((n, r) => n + r.uncited.length, 0),
    byType,
    counts: { answerable: answerable.length, figures: figures.length, sectioned: sectioned.length, unanswerable: unanswerable.length },
  };
}
export type Summary = ReturnType<typeof summarise>;
