import { openAnswerer } from './src/answer/open.js';
import { loadConfig } from './src/config.js';
import { words } from './src/text/tokenize.js';
const bot = await openAnswerer(loadConfig());
for (const w of ['质量年报','年报','质量年度报告','外面','发在','媒体','对外宣传']) console.log(w, bot.search.known(w), bot.search.idf(w).toFixed(2), words(w));
