// Which documents of an institution answer a question: for each kind of document (annual report,
// admissions charter, fee notice…) the one whose period best fits the time asked.
import grammar from '../retrieve/question-words.json' with { type: 'json' };
import { type TimeAsk, choosePeriod } from '../retrieve/time.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { DocumentKind, ReportDocument } from '../types.js';

export interface DocChoice {
  doc: ReportDocument;
  /** False when no document of this kind covers the asked time and the nearest was taken. */
  exact: boolean;
}

export function documentsFor(docs: ReportDocument[], time: TimeAsk | undefined): DocChoice[] {
  const byKind = new Map<DocumentKind, ReportDocument[]>();
  for (const d of docs) (byKind.get(d.kind) ?? byKind.set(d.kind, []).get(d.kind)!).push(d);
  const out: DocChoice[] = [];
  for (const list of byKind.values()) {
    const c = choosePeriod(list, (d) => d.period, time);
    if (c) out.push({ doc: c.item, exact: c.exact });
  }
  return out;
}

const KIND_WORDS = Object.entries(grammar.kinds) as [DocumentKind, string[]][];

/** The kinds of document a question's wording points to (学费 → fee notices, charters). */
export function preferredKinds(question: string): Set<DocumentKind> {
  const q = normalizeForMatch(question);
  return new Set(KIND_WORDS.filter(([, ws]) => ws.some((w) => q.includes(w))).map(([k]) => k));
}
