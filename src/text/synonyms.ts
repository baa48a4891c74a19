// The domain synonym lexicon: colloquial and English terms mapped to how reports word them.
import { readJsonFile } from '../config.js';
import { z } from 'zod';
import orgNames from './org-names.json' with { type: 'json' };
import builtin from './synonyms.json' with { type: 'json' };
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
 * 省内 or the province in full.
 */
function provinceStays(): z.infer<typeof LexiconSchema> {
  const group: Record<string, string[]> = {};
  for (const [abbr, full] of Object.entries(orgNames.provinceAbbreviations as Record<string, string>)) {
    group[`留${abbr}`] = ['留省', '省内', `留在${full}`, `${full}省内`, full];
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
  for (const [key, entry] of lexicon) {
    const hit = /^[a-z ]+$/.test(key) ? key.split(' ').every((k) => latin.some((w) => w.startsWith(k))) : normalized.includes(key);
    if (hit) out.push({ key, ...entry });
  }
  return out;
}
