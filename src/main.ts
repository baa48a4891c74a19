// The one place that wires configuration → index → answering → channels.
import { liveAnswerer } from './answer/live.js';
import { createWebServer } from './channels/web/server.js';
import type { Config } from './config.js';

export interface Running {
  url: string;
  close(): Promise<void>;
}

/** Serves the web chat on HOST/PORT over the index at INDEX_DIR, reloading it when ingest replaces it. */
export async function startWeb(config: Config): Promise<Running> {
  const live = liveAnswerer(config);
  await live.reload();
  const app = await createWebServer({ config, live });
  const url = await app.listen({ host: config.HOST, port: config.PORT });
  return {
    url,
    close: async () => {
      live.close();
      await app.close();
    },
  };
}
