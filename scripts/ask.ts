// npm run ask -- "问题" [--json] [--jsonl] [--explain] [--index DIR] [--school NAME]
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { sourceLine } from '../src/answer/compose.js';
import { explainText } from '../src/answer/explain.js';
import { openAnswerer } from '../src/answer/open.js';
import { loadConfig } from '../src/config.js';
import { fail, parseFlags, run } from './cli.js';

const Flags = z.object({
  json: z.boolean().default(false),
  jsonl: z.boolean().default(false),
  explain: z.boolean().default(false),
  index: z.string().optional(),
  school: z.string().optional(),
});

const Line = z.object({ id: z.union([z.string(), z.number()]), question: z.string().min(1) });

run(async () => {
  const { flags, positionals } = parseFlags(Flags, {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    explain: { type: 'boolean' },
    index: { type: 'string' },
    school: { type: 'string' },
  });
  const config = loadConfig();
  const bot = await openAnswerer(config, flags.index);
  const opts = { school: flags.school, explain: flags.explain };
  if (flags.jsonl) {
    let n = 0;
    for await (const raw of createInterface({ input: process.stdin })) {
      n++;
      if (!raw.trim()) continue;
      let line;
      try {
        line = Line.parse(JSON.parse(raw));
      } catch (err) {
        process.stderr.write(`line ${n}: expected {"id","question"} JSON (${(err as Error).message.split('\n')[0]})\n`);
        continue;
      }
      const answer = await bot.answer(line.question, opts);
      process.stdout.write(JSON.stringify({ id: line.id, ...answer }) + '\n');
    }
    return 0;
  }
  const question = positionals.join(' ').trim();
  if (!question) fail('ask needs a question: npm run ask -- "湖南安全职院的学费标准在哪里公开？"');
  const answer = await bot.answer(question, opts);
  if (flags.json) {
    process.stdout.write(JSON.stringify(answer, null, 2) + '\n');
    return 0;
  }
  console.log(answer.answer);
  if (answer.citations.length) {
    console.log('\n来源：');
    for (const c of answer.citations) console.log(`${sourceLine(c)}\n    “${c.quote}”`);
  }
  console.log(`\n(${answer.found ? 'found' : 'not found'}; retrieve ${answer.timings.retrieveMs} ms, answer ${answer.timings.answerMs} ms)`);
  if (answer.explain) console.log(`\n${explainText(answer.explain)}`);
  return 0;
});
