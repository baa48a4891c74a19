// The domain synonym lexicon: colloquial and English terms mapped to how reports word them.
import { readJsonFile } from '../config.js';
import { z } from 'zod';
import orgNames from './org-names.json' with { type: 'json' };
import builtin from './synonyms.json' with { type: 'json' };
import { cut } from './jieba.js';
import { normalizeForMatch } from './normalize.js';

const GroupSchema = z.record(z.string(), z.union([z.number(), z.array(z.string())]));
const LexiconSchema = z.record(z.string(), z.union([z.string(), GroupSchema]));

export interface Entry {
  terms: string[];
  /** Group weight: 1 for topics, less for glue such as verbs (发了 → 发布). */
  weight: number;
}

export type Lexicon = Map<string, Entry>;

function flatten(groups: z.infer<typeof LexiconSchema>, into: Lexicon): Lexicon {
  for (const [name, group] of Object.entries(groups)) {
    if (name.startsWith('_') || typeof group === 'string') continue;
    const weight = typeof group._weight === 'number' ? group._weight : 1;
    for (const [term, expansions] of Object.entries(group)) {
      if (term.startsWith('_') || typeof expansions === 'number') continue;
      const key = normalizeForMatch(term);
      const terms = [...new Set([...(into.get(key)?.terms ?? []), ...expansions.map(normalizeForMatch)])];
      into.set(key, { terms, weight });
    }
  }
  return into;
}

/**
 * Staying in one's province, said with its one-character name (留陕, 留鄂就业): reports write 留省,
 * 省内 or 留在 and the province. One-character names that read as cities too (宁, 青) are left out.
 */
function provinceStays(): z.infer<typeof LexiconSchema> {
  const group: Record<string, string[]> = {};
  for (const [abbr, full] of Object.entries(orgNames.provinceAbbreviations as Record<string, string>)) {
    group[`留${abbr}`] = ['留省', '省内', `留在${full}`, `${full}省内`];
  }
  return { provinceStays: group };
}

/** The built-in lexicon, plus an optional extra file in the same shape. */
export function loadLexicon(extraFile?: string): Lexicon {
  const lexicon = flatten(LexiconSchema.parse(builtin), new Map());
  flatten(provinceStays(), lexicon);
  if (extraFile) flatten(readJsonFile('SYNONYMS_FILE', extraFile, LexiconSchema), lexicon);
  return lexicon;
}

/**
 * Expansions for every lexicon key found in the (normalised) text. Chinese keys match as
 * substrings; English keys word by word as prefixes, so "official account" matches "official
 * WeChat account" and "scholarship" matches "scholarships".
 */
export function expand(lexicon: Lexicon, normalized: string): ({ key: string } & Entry)[] {
  const latin = normalized.match(/[a-z]+/g) ?? [];
  const out: ({ key: string } & Entry)[] = [];
  let bounds: Set<number> | undefined;
  for (const [key, entry] of lexicon) {
    let hit: boolean;
    if (/^[a-z ]+$/.test(key)) hit = latinHit(key.split(' '), latin);
    else {
      if (!normalized.includes(key)) continue;
      bounds ??= wordBounds(normalized);
      hit = occurrences(normalized, key).some((at) => !straddles(bounds!, at, at + key.length));
    }
    if (hit) out.push({ key, ...entry });
  }
  return out;
}

/** An English word of a key: a short one (men, bus, plan) whole or inflected, a longer one as a prefix (scholarship → scholarships). */
const wordFits = (k: string, w: string) => (k.length <= 4 ? w === k || new RegExp(`^${k}(?:s|es|ed|d|ing)$`).test(w) : w.startsWith(k));

/** A key's words in order, at most two words apart ("official account" in "official WeChat account"). */
function latinHit(keys: string[], words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!wordFits(keys[0]!, words[i]!)) continue;
    let at = i;
    let ok = true;
    for (const [n, k] of keys.slice(1).entries()) {
      // (A short word of the key, on of "on campus", only right beside the next: "on … east campus" is another phrase.)
      const gap = k.length <= 2 || keys[n]!.length <= 2 ? 1 : 3;
      const next = words.findIndex((w, j) => j > at && j <= at + gap && wordFits(k, w));
      if (next < 0) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) return true;
  }
  return false;
}

/** Offsets where the text's words start and end. */
function wordBounds(text: string): Set<number> {
  const out = new Set<number>([0]);
  let at = 0;
  for (const w of cut(text)) out.add((at += w.length));
  return out;
}

const occurrences = (text: string, key: string) => {
  const out: number[] = [];
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) out.push(i);
  return out;
};

/**
 * A key that starts inside one word and ends inside the next is no word of the question: 学工 in
 * 大学|工科. One inside a single word (公众号 in 微信公众号) still counts.
 */
function straddles(bounds: Set<number>, start: number, end: number): boolean {
  if (bounds.has(start) || bounds.has(end)) return false;
  for (let i = start + 1; i < end; i++) if (bounds.has(i)) return true;
  return false;
}
