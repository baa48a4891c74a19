// A per-key sliding-window limit (questions per minute per WeChat user).
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit and says whether it is within the limit (a limit of 0 allows everything). */
  allow(key: string): boolean {
    if (this.perMinute <= 0) return true;
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((x) => t - x < 60_000);
    const ok = recent.length < this.perMinute;
    if (ok) recent.push(t);
    this.hits.set(key, recent);
    return ok;
  }
}
