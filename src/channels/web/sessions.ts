// Per-session follow-up context for the web chat, bounded in size and time.
import type { TurnContext } from '../../answer/context.js';

export class SessionStore {
  private readonly map = new Map<string, { ctx: TurnContext; at: number }>();
  constructor(
    private readonly max = 10_000,
    private readonly ttlMs = 30 * 60_000,
  ) {}

  get(id: string | undefined): TurnContext | undefined {
    if (!id) return undefined;
    const hit = this.map.get(id);
    if (!hit || Date.now() - hit.at > this.ttlMs) return undefined;
    return hit.ctx;
  }

  set(id: string | undefined, ctx: TurnContext): void {
    if (!id) return;
    this.map.delete(id);
    this.map.set(id, { ctx, at: Date.now() });
    // A Map keeps insertion order: the first key is the least recently used.
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}
