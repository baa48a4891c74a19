// Small timing helpers for the benchmark: percentiles over repeated runs.

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function summarize(ms: number[]): Latency {
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), mean: ms.reduce((a, b) => a + b, 0) / (ms.length || 1) };
}

/** Times `fn` over every input, `rounds` times, after one warm-up pass. */
export async function timeEach<T>(inputs: T[], fn: (x: T) => unknown, rounds = 1): Promise<Latency> {
  for (const x of inputs.slice(0, Math.min(10, inputs.length))) await fn(x);
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const x of inputs) {
      const t = performance.now();
      await fn(x);
      ms.push(performance.now() - t);
    }
  }
  return summarize(ms);
}
