import { readFileSync, readdirSync } from 'node:fs';
import { parseReport } from './src/ingest/parse.js';
for (const f of readdirSync('corpus')) {
  const { doc, chunks } = await parseReport(f, readFileSync('corpus/' + f), { size: 400, overlap: 60, maxBytes: 1e7 });
  console.log('==', f, '|', doc.school, '|', doc.title, '|', JSON.stringify(doc.period), doc.window?.text, doc.warnings, 'chunks', chunks.length);
  for (const s of doc.sections) console.log('  '.repeat(s.level) + s.heading);
}
