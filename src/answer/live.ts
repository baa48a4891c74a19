// Keeps an Answerer on the newest index: when ingest swaps the index in, the next request gets it.
import type { Config } from '../config.js';
import { indexVersion } from '../index/store.js';
import type { Answerer } from './answer.js';
import { modelPathFromConfig } from './llm/model.js';
import { openAnswerer } from './open.js';

export interface LiveAnswerer {
  /** The answerer for the index loaded now; undefined until one has loaded. */
  current(): Answerer | undefined;
  /** Loads the index now (again); resolves when it is serving. */
  reload(): Promise<void>;
  close(): void;
}

/**
 * Polls where the index points; a new target is loaded in the background and swapped in with one
 * assignment, so a request in flight finishes on the index it started with and none fails.
 */
export function liveAnswerer(
  config: Config,
  opts: { pollMs?: number; onError?: (err: unknown) => void; onReload?: (version: string) => void } = {},
): LiveAnswerer {
  let answerer: Answerer | undefined;
  let loaded: string | undefined;
  let loading: Promise<void> | undefined;
  // One model path for the process: its concurrency limit and counters outlive index reloads.
  const llm = modelPathFromConfig(config) ?? false;

  const reload = async () => {
    const version = await indexVersion(config.INDEX_DIR);
    if (!version) return;
    const next = await openAnswerer(config, config.INDEX_DIR, { llm });
    answerer = next;
    loaded = version;
    opts.onReload?.(version);
  };

  // The version that failed to load: not retried every poll, only once a newer one appears.
  let failed: string | undefined;
  const check = () => {
    if (loading) return;
    loading = (async () => {
      let version: string | undefined;
      try {
        version = await indexVersion(config.INDEX_DIR);
        if (version && version !== loaded && version !== failed) await reload();
      } catch (err) {
        // A half-written or incompatible index: keep serving the one we have.
        failed = version;
        opts.onError?.(err);
      } finally {
        loading = undefined;
      }
    })();
  };

  const timer = setInterval(check, opts.pollMs ?? 1000);
  timer.unref();
  return {
    current: () => answerer,
    reload: () => (loading ?? Promise.resolve()).then(reload),
    close: () => clearInterval(timer),
  };
}
