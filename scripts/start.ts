// npm start: ingest corpus/ when there is no index yet, then serve the web chat.
import { loadConfig } from '../src/config.js';
import { readManifest } from '../src/index/store.js';
import { pino } from 'pino';
import { startWeb, startWechat } from '../src/main.js';
import { run } from './cli.js';
import { ingestWithProgress, printSummary } from './ingest.js';

run(async () => {
  const config = loadConfig();
  if (!(await readManifest(config.INDEX_DIR).catch(() => undefined))) {
    console.log(`No index at ${config.INDEX_DIR}: ingesting ${config.CORPUS_DIR}/ first.`);
    const summary = await ingestWithProgress({ corpusDir: config.CORPUS_DIR, indexDir: config.INDEX_DIR, quiet: false });
    printSummary(summary);
    if (summary.exitCode === 2) return 2;
  }
  const web = await startWeb(config);
  console.log(`gongkai web chat: ${web.url}  (demo page /, full-page chat /chat)`);
  if (config.LLM !== 'off')
    console.log(`Replies worded by ${config.LLM_MODEL} at ${config.LLM_BASE_URL ?? 'api.openai.com'}, checked against their passages (counts at /metrics).`);
  if (config.WECHAT_MP_TOKEN) console.log(`WeChat Official Account endpoint: ${web.url}/wechat/mp`);
  // With a puppet configured, the WeChat bot runs beside the web chat.
  const wechat = config.WECHATY_PUPPET ? await startWechat(config, pino({ level: config.LOG_LEVEL }), web.live) : undefined;
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await Promise.all([web.close(), wechat?.close()]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await new Promise(() => {});
});
