// npm run wechat: the WeChat bot (wechaty) over the index; ingests corpus/ first when there is none.
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { readManifest } from '../src/index/store.js';
import { startWechat } from '../src/main.js';
import { run } from './cli.js';
import { ingestWithProgress, printSummary } from './ingest.js';

run(async () => {
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL });
  if (!(await readManifest(config.INDEX_DIR).catch(() => undefined))) {
    const summary = await ingestWithProgress({ corpusDir: config.CORPUS_DIR, indexDir: config.INDEX_DIR, quiet: false });
    printSummary(summary);
    if (summary.exitCode === 2) return 2;
  }
  const bot = await startWechat(config, log);
  log.info({ puppet: config.WECHATY_PUPPET ?? 'wechaty-puppet-wechat4u' }, 'wechat bot started');
  const stop = async (signal: string) => {
    log.info({ signal }, 'wechat bot stopping');
    await bot.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await new Promise(() => {});
});
