// The domain synonym lexicon: colloquial and English terms mapped to how reports word them.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import builtin from './synonyms.json' with { type: 'json' };
import { normalizeForMatch } from './normalize.js';

const LexiconSchema = z.record(z.string(), z.union([z.string(), z.record(z.string(), z.array(z.string()))]));

export type Lexicon = Map<string, string[]>;

function flatten(groups: z.infer<typeof LexiconSchema>, into: Lexicon): Lexicon {
  for (const [name, group] of Object.entries(groups)) {
    if (name.startsWith('_') || typeof group === 'string') continue;
    for (const [term, expansions] of Object.entries(group)) {
      const key = normalizeForMatch(term);
      into.set(key, [...new Set([...(into.get(key) ?? []), ...expansions.map(normalizeForMatch)])]);
    }
  }
  return into;
}

/** The built-in lexicon, plus an optional extra file in the same shape. */
export function loadLexicon(extraFile?: string): Lexicon {
  const lexicon = flatten(LexiconSchema.parse(builtin), new Map());
  if (extraFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(extraFile, 'utf8'));
    } catch (err) {
      throw new Error(`SYNONYMS_FILE ${extraFile}: ${(err as Error).message}`);
    }
    const parsed = LexiconSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`SYNONYMS_FILE ${extraFile}: ${z.prettifyError(parsed.error)}`);
    flatten(parsed.data, lexicon);
  }
  return lexicon;
}

/** Expansions for every lexicon key found in the (normalised) text. */
export function expand(lexicon: Lexicon, normalized: string): { key: string; terms: string[] }[] {
  const out: { key: string; terms: string[] }[] = [];
  for (const [key, terms] of lexicon) if (normalized.includes(key)) out.push({ key, terms });
  return out;
}
