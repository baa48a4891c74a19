import { openAnswerer } from './src/answer/open.js';
import { loadConfig } from './src/config.js';
import { extractPassages } from './src/answer/extract.js';
import { parseQuery } from './src/retrieve/query.js';
import { loadLexicon } from './src/text/synonyms.js';
const bot = await openAnswerer(loadConfig());
for (const question of process.argv.slice(2)) {
  const q = parseQuery(question, { matcher: bot.matcher, lexicon: loadLexicon(), today: new Date(), known: (t) => bot.search.known(t) });
  console.log('Q', question, q.intent, q.unit, q.schools, JSON.stringify(q.terms.map(t => `${t.term}:${t.weight}:${t.source}`)));
  const hits = await bot.retrieve(question, { k: 8 });
  hits.forEach((h, i) => console.log('  hit', i, h.score.toFixed(4), h.chunk.section.at(-1), h.chunk.text.slice(0, 40)));
  const ps = extractPassages(q, hits, bot.search);
  for (const p of ps.slice(0, 6)) console.log('  P', p.score.toFixed(3), p.coverage.toFixed(3), p.focus, p.text.slice(0, 80));
}
