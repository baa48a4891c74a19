import { openAnswerer } from './src/answer/open.js';
import { loadConfig } from './src/config.js';
import { extractPassages } from './src/answer/extract.js';
import { parseQuery } from './src/retrieve/query.js';
import { loadLexicon } from './src/text/synonyms.js';
import { readQa } from './scripts/eval.js';
import { looseKey } from './src/text/normalize.js';
const bot = await openAnswerer(loadConfig());
for (const item of [...readQa('eval/dev-qa.jsonl'), ...readQa('eval/own-qa.jsonl')]) {
  const q = parseQuery(item.question, { matcher: bot.matcher, lexicon: loadLexicon(), today: new Date(), known: (t) => bot.search.known(t) });
  if (q.schools.length !== 1) continue;
  const hits = await bot.retrieve(item.question, { k: 8 });
  const ps = extractPassages(q, hits, bot.search);
  const good = ps.find((p) => item.answer_any.some((a) => looseKey(p.text).includes(looseKey(a))));
  console.log(item.id, item.type.padEnd(12), 'top', ps[0]?.coverage.toFixed(2), ps[0]?.score.toFixed(2), ps[0]?.hasFigure, '| good', good?.coverage.toFixed(2), good?.score.toFixed(2), good ? ps.indexOf(good) : '-');
}
