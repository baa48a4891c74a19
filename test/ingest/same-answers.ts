// Shared by the PDF and HTML reader tests: the same reports in two formats must read and answer alike.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadIndex } from '../../src/index/store.js';
import { loadLexicon } from '../../src/text/synonyms.js';
import { CORPUS, REPORTS, ROOT, buildTo, embeddings, tempDir } from '../helpers.js';

export interface DevQuestion {
  id: string;
  question: string;
  doc: string;
  answer_any: string[];
}

export const DEV_QA: DevQuestion[] = readFileSync(join(ROOT, 'eval/dev-qa.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** A document's text as sentences (split at 。！？ and line breaks), whitespace removed. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[。！？\n])/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter(Boolean);

/** Writes every shipped report through `convert` into a fresh corpus folder and indexes it. */
export async function indexOf(ext: string, convert: (file: string, text: string) => Buffer | Promise<Buffer>) {
  const dir = tempDir(`gongkai-${ext.slice(1)}-`);
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const file of REPORTS) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    writeFileSync(join(corpus, file.replace(/\.txt$/, ext)), await convert(file, text));
  }
  const summary = await buildTo(corpus, join(dir, 'index'));
  const index = await loadIndex(join(dir, 'index'), embeddings);
  const bot = createAnswerer({ index, lexicon: loadLexicon(), today: () => new Date('2024-06-15T12:00:00') });
  return { summary, index, ask: (q: string) => bot.answer(q) };
}

/** Which of a question's accepted answers the reply contains, and whether it found one at all. */
export async function answerFacts(ask: (q: string) => Promise<{ found: boolean; answer: string }>, q: DevQuestion) {
  const a = await ask(q.question);
  return { found: a.found, matched: q.answer_any.filter((s) => a.answer.includes(s)) };
}
