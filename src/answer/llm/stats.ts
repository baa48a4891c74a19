// Counts what the model path did with each question — replies shown, rejected by the check (and
// why), failed or timed out, or not asked for — for /metrics and the eval output.
import type { Reason } from './guard.js';

export type Outcome = 'accepted' | 'rejected' | 'timeout' | 'error' | 'skipped';
export type RewriteOutcome = 'used' | 'rejected' | 'timeout' | 'error';

export interface ModelStats {
  model: string;
  replies: Record<Outcome, number>;
  /** Rejected replies by reason (a reply that fails for several reasons counts under each). */
  rejections: Partial<Record<Reason, number>>;
  rewrites: Record<RewriteOutcome, number>;
}

export class ModelCounters {
  private readonly s: ModelStats;
  constructor(model: string) {
    this.s = {
      model,
      replies: { accepted: 0, rejected: 0, timeout: 0, error: 0, skipped: 0 },
      rejections: {},
      rewrites: { used: 0, rejected: 0, timeout: 0, error: 0 },
    };
  }
  reply(outcome: Outcome, reasons: Reason[] = []): void {
    this.s.replies[outcome]++;
    for (const r of new Set(reasons)) this.s.rejections[r] = (this.s.rejections[r] ?? 0) + 1;
  }
  rewrite(outcome: RewriteOutcome): void {
    this.s.rewrites[outcome]++;
  }
  snapshot(): ModelStats {
    return structuredClone(this.s);
  }
}

/** The difference between two snapshots (what one eval run did). */
export function since(before: ModelStats, after: ModelStats): ModelStats {
  const sub = <K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, (v as number) - ((a as Record<string, number>)[k] ?? 0)])) as Record<K, number>;
  return {
    model: after.model,
    replies: sub(before.replies, after.replies),
    rejections: sub(before.rejections, after.rejections),
    rewrites: sub(before.rewrites, after.rewrites),
  };
}

/** Several runs' counts together (the eval's suites). */
export function sum(runs: ModelStats[]): ModelStats {
  const add = <K extends string>(xs: Partial<Record<K, number>>[]) => {
    const out: Record<string, number> = {};
    for (const x of xs) for (const [k, v] of Object.entries(x)) out[k] = (out[k] ?? 0) + (v as number);
    return out as Record<K, number>;
  };
  return {
    model: runs[0]?.model ?? '',
    replies: add(runs.map((r) => r.replies)),
    rejections: add(runs.map((r) => r.rejections)),
    rewrites: add(runs.map((r) => r.rewrites)),
  };
}

/** Share of the questions put to the model whose reply the check rejected. */
export function rejectionRate(s: ModelStats): number {
  const asked = s.replies.accepted + s.replies.rejected;
  return asked ? s.replies.rejected / asked : 0;
}

/** Prometheus text exposition (served at /metrics). */
export function prometheus(s: ModelStats | undefined): string {
  const lines = [
    '# HELP gongkai_llm_enabled Whether a language model words the replies (LLM=openai).',
    '# TYPE gongkai_llm_enabled gauge',
    `gongkai_llm_enabled ${s ? 1 : 0}`,
  ];
  if (!s) return `${lines.join('\n')}\n`;
  lines.push(
    '# HELP gongkai_llm_replies_total Questions on the model path by outcome (rejected: the check replaced the reply with the extractive one).',
    '# TYPE gongkai_llm_replies_total counter',
    ...Object.entries(s.replies).map(([k, v]) => `gongkai_llm_replies_total{outcome="${k}"} ${v}`),
    '# HELP gongkai_llm_rejections_total Model replies the check rejected, by reason.',
    '# TYPE gongkai_llm_rejections_total counter',
    ...Object.entries(s.rejections).map(([k, v]) => `gongkai_llm_rejections_total{reason="${k}"} ${v}`),
    '# HELP gongkai_llm_rewrites_total Follow-up questions the model was asked to rewrite, by outcome.',
    '# TYPE gongkai_llm_rewrites_total counter',
    ...Object.entries(s.rewrites).map(([k, v]) => `gongkai_llm_rewrites_total{outcome="${k}"} ${v}`),
  );
  return `${lines.join('\n')}\n`;
}
