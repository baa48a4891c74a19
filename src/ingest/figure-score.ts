// Scores the figures extractor against hand-labelled passages (test/fixtures/figures-labelled.json):
// precision and recall of metric + value + unit, and of value + unit alone. A label and a record are
// the same figure when their spans overlap; metrics agree when their subjects are equal and their
// measures equal or one holds the other (a free-text measure such as 校报 vs 出刊学校校报).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { metricParts } from '../text/metric-names.js';
import type { FigureRecord } from '../types.js';
import { figureRecords } from './figure-records.js';
import { parseReport } from './parse.js';

const Row = z.tuple([z.string(), z.string(), z.number(), z.string()]).rest(z.string());
export const LabelledSchema = z.object({
  passages: z.array(z.object({ file: z.string(), from: z.string(), to: z.string(), figures: z.array(Row) })),
});

export interface Mismatch {
  file: string;
  text: string;
  want?: string;
  got?: string;
}

export interface Score {
  labelled: number;
  extracted: number;
  /** metric + value + unit */
  correct: number;
  /** value + unit */
  valueCorrect: number;
  precision: number;
  recall: number;
  valuePrecision: number;
  valueRecall: number;
  passages: number;
  skipped: string[];
  mistakes: Mismatch[];
}

export function metricsAgree(want: string, got: string): boolean {
  const a = metricParts(want);
  const b = metricParts(got);
  if ((a.subject ?? '') !== (b.subject ?? '')) return false;
  return a.measure === b.measure || (a.measure.length >= 2 && b.measure.includes(a.measure)) || (b.measure.length >= 2 && a.measure.includes(b.measure));
}

/** Reads a labelled file's report: corpus/… from the repository, shared:… from ../shared. */
function resolveFile(root: string, file: string): string {
  return file.startsWith('shared:') ? join(process.env.SHARED_DIR ?? join(root, '..', 'shared'), file.slice('shared:'.length)) : join(root, file);
}

export async function scoreFigures(root: string, labelledFile: string): Promise<Score> {
  const labelled = LabelledSchema.parse(JSON.parse(readFileSync(labelledFile, 'utf8')));
  const docs = new Map<string, { text: string; records: FigureRecord[] }>();
  const s: Score = {
    labelled: 0,
    extracted: 0,
    correct: 0,
    valueCorrect: 0,
    precision: 0,
    recall: 0,
    valuePrecision: 0,
    valueRecall: 0,
    passages: 0,
    skipped: [],
    mistakes: [],
  };
  for (const p of labelled.passages) {
    const path = resolveFile(root, p.file);
    if (!existsSync(path)) {
      s.skipped.push(p.file);
      continue;
    }
    if (!docs.has(path)) {
      const { doc } = await parseReport(path.split('/').pop()!, readFileSync(path), { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 });
      docs.set(path, { text: doc.text, records: figureRecords({ ...doc, docId: 'scored' }) });
    }
    const { text, records } = docs.get(path)!;
    const from = text.indexOf(p.from);
    const to = from < 0 ? -1 : text.indexOf(p.to, from);
    if (from < 0 || to < 0) throw new Error(`${labelledFile}: passage “${p.from}” … “${p.to}” not found in ${p.file}`);
    const end = to + p.to.length;
    s.passages++;
    const inside = records.filter((r) => r.start >= from && r.end <= end);
    s.extracted += inside.length;
    let cursor = from;
    const used = new Set<FigureRecord>();
    for (const [figText, metric, value, unit] of p.figures) {
      s.labelled++;
      const at = text.indexOf(figText, cursor);
      if (at < 0 || at >= end) throw new Error(`${labelledFile}: figure “${figText}” not found in order in passage “${p.from}” of ${p.file}`);
      cursor = at + figText.length;
      const rec = inside.find((r) => !used.has(r) && r.start < at + figText.length && r.end > at);
      if (!rec) {
        s.mistakes.push({ file: p.file, text: figText, want: `${metric} ${value}${unit}` });
        continue;
      }
      used.add(rec);
      const valueOk = rec.value === value && rec.unit === unit;
      if (valueOk) s.valueCorrect++;
      if (valueOk && metricsAgree(metric, rec.metric)) s.correct++;
      else s.mistakes.push({ file: p.file, text: figText, want: `${metric} ${value}${unit}`, got: `${rec.metric} ${rec.value}${rec.unit}` });
    }
    for (const r of inside) if (!used.has(r)) s.mistakes.push({ file: p.file, text: r.text, got: `${r.metric} ${r.value}${r.unit} (not a labelled figure)` });
  }
  s.precision = s.extracted ? s.correct / s.extracted : 0;
  s.recall = s.labelled ? s.correct / s.labelled : 0;
  s.valuePrecision = s.extracted ? s.valueCorrect / s.extracted : 0;
  s.valueRecall = s.labelled ? s.valueCorrect / s.labelled : 0;
  return s;
}
