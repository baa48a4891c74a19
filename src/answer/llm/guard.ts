// The check a model's reply must pass before anyone sees it. It extends check.ts (every [n] exists,
// a line names only the institutions it quotes) with what a writer that paraphrases can get wrong:
// every number, date, phone number, percentage and amount — digits or Chinese numerals — is one a
// cited passage states; every year named is a cited report's period or in its passages; every
// institution named is a cited one; no link the passages do not hold; and each sentence is mostly
// made of the cited passages' own words. Anything else fails, and the caller shows the extractive reply.
import type { SchoolMatcher } from '../../retrieve/schools.js';
import { type Figure, recognise } from '../../text/figures.js';
import type { Citation } from '../../types.js';
import { check } from '../check.js';
import limits from './guard.json' with { type: 'json' };

/** Why a reply failed, one word per kind of problem (counted in /metrics and the eval output). */
export type Reason = 'empty' | 'too-long' | 'no-citation' | 'missing-citation' | 'number' | 'period' | 'institution' | 'link' | 'unsupported';

export interface Problem {
  reason: Reason;
  detail: string;
}

export interface Verdict {
  ok: boolean;
  /** The reply as it would be shown: reasoning blocks dropped, citation marks written [1][2]. */
  text: string;
  problems: Problem[];
}

export interface GuardLimits {
  maxChars: number;
  support: number;
  minSentenceHan: number;
}

/** Reasoning models (DeepSeek-R1, Qwen3 on Ollama) put their thinking in the content. */
const THINK = /<think>[\s\S]*?(?:<\/think>|$)/g;

/** Marks written [1,2], [1、3], 【1】 or ［1］ become [1][2]: one form to check and to link. */
export function tidyReply(raw: string): string {
  return raw
    .replace(THINK, '')
    .replace(/[［【\[]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[］】\]]/g, (_, ns: string) =>
      ns
        .split(/[,，、]/)
        .map((n) => `[${n.trim()}]`)
        .join(''),
    )
    .trim();
}

/** Full-width digits and letters as ASCII, so １２３ and 123 are one number. */
const fold = (s: string) => s.normalize('NFKC');

/** Digit runs as numbers ("1,580" and "1580" alike). */
const digitRuns = (s: string) => (s.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map((x) => x.replace(/,/g, ''));

const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*(?:[-~～—至到]\s*(?:(?:19|20)?\d{2})\s*)?(?:学年|年|届|级))/g;
const LINK = /https?:\/\/[^\s，。；）)]+|www\.[^\s，。；）)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const HAN = /[\u3400-\u9fff]/g;

const valuesOf = (figures: Figure[]) => new Set(figures.flatMap((f) => [f.value, f.high]).filter((v): v is number => v !== undefined));

/** Two-character runs of Chinese characters (what a sentence is made of, for the support check). */
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

export function guardReply(raw: string, offered: Citation[], matcher: SchoolMatcher, lim: GuardLimits = limits): Verdict {
  const text = tidyReply(raw);
  const problems: Problem[] = [];
  const fail = (reason: Reason, detail: string) => problems.push({ reason, detail });
  if (!text) return { ok: false, text, problems: [{ reason: 'empty', detail: 'the model returned no text' }] };
  if ([...text].length > lim.maxChars) fail('too-long', `${[...text].length} characters (limit ${lim.maxChars})`);

  // Citation marks: at least one, and each one offered.
  const byN = new Map(offered.map((c) => [c.n, c]));
  const marks = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  if (marks.length === 0) fail('no-citation', 'no [n] mark');
  for (const n of new Set(marks)) if (!byN.has(n)) fail('missing-citation', `[${n}] is not a passage given`);
  const cited = [...new Set(marks)].map((n) => byN.get(n)).filter((c): c is Citation => !!c);

  const quotes = fold(cited.map((c) => c.quote).join('\n'));
  const labels = fold(cited.flatMap((c) => [c.period, c.title, c.school]).join('\n'));
  const body = fold(text.replace(/\[\d+\]/g, ' '));

  // Years: the cited reports' periods, or years their passages or titles state.
  const knownYears = new Set(digitRuns(`${quotes}\n${labels}`));
  for (const m of body.matchAll(YEAR)) if (!knownYears.has(m[1]!)) fail('period', `${m[0]} is not a cited report's period or in its passages`);

  // Numbers: every digit run is one the cited passages hold, or the value of a figure they state.
  const rest = body.replace(YEAR, ' ');
  const quotedRuns = new Set(digitRuns(quotes));
  const quotedValues = valuesOf(recognise(quotes));
  const replyFigures = recognise(rest);
  const figureAt = (at: number) => replyFigures.find((f) => f.start <= at && at < f.end);
  for (const m of rest.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const run = m[0].replace(/,/g, '');
    if (quotedRuns.has(run) || (/^(?:19|20)\d{2}$/.test(run) && knownYears.has(run))) continue;
    const f = figureAt(m.index!);
    if (f?.value !== undefined && quotedValues.has(f.value)) continue;
    fail('number', `${m[0]} is in no cited passage`);
  }
  // Chinese numerals (三百二十篇, 百分之九十): their value must be a figure the passages state.
  for (const f of replyFigures) {
    if (/\d/.test(f.text) || f.kind === 'ordinal' || f.value === undefined) continue;
    if (!quotes.includes(f.text) && !quotedValues.has(f.value)) fail('number', `${f.text} is in no cited passage`);
  }

  // Institutions: only the cited ones, and names the index does not know only as the passages give them.
  const citedSchools = new Set(cited.map((c) => c.school));
  for (const h of matcher.find(text)) if (!citedSchools.has(h.school)) fail('institution', `names ${h.school}, which no cited passage is from`);
  for (const name of matcher.unknown(text)) if (!quotes.includes(fold(name))) fail('institution', `names ${name}, which no cited passage mentions`);
  // The extractive check's rules hold too: a line names only the institutions whose quotes it carries.
  for (const p of check({ answer: text, citations: offered, found: true }, (t) => matcher.find(t).map((h) => h.school)).problems) {
    if (p.startsWith('names ')) fail('institution', p);
  }

  for (const m of body.matchAll(LINK)) if (!quotes.includes(m[0])) fail('link', `${m[0]} is in no cited passage`);

  // Support: a sentence is mostly the passages' own words (an instruction obeyed or a claim made up is not).
  const known = new Set(bigrams(`${quotes}\n${labels}`));
  for (const sentence of body.split(/[。！？!?；;\n]/)) {
    if ((sentence.match(HAN) ?? []).length < lim.minSentenceHan) continue;
    // Figures are the number check's business; here they only split the words around them.
    let words = sentence;
    for (const f of recognise(sentence).reverse()) words = `${words.slice(0, f.start)} ${words.slice(f.end)}`;
    const grams = bigrams(words);
    if (grams.length === 0) continue;
    const share = grams.filter((g) => known.has(g)).length / grams.length;
    if (share < lim.support) fail('unsupported', `“${sentence.trim()}” shares ${Math.round(share * 100)}% of its words with the cited passages`);
  }
  return { ok: problems.length === 0, text, problems };
}
