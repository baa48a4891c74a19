// Which documents of an institution answer a question: every one of them, each marked with how well
// its period fits the time asked. For each kind of document (annual report, admissions charter, fee
// notice…) the best-fitting one is primary; the others stay searchable (an institution may publish a
// dormitory notice and a tuition notice, or two charters) but rank below a primary passage of equal fit.
import grammar from '../retrieve/question-words.json' with { type: 'json' };
import { type TimeAsk, choosePeriod } from '../retrieve/time.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { DocumentKind, ReportDocument } from '../types.js';

export interface DocChoice {
  doc: ReportDocument;
  /** False when the document does not cover the asked time (true for every document when no time was asked). */
  exact: boolean;
  /** The best fit of its kind for the time asked (the latest when none was asked). */
  primary: boolean;
}

// (A question pointing at one document by its words, 这份公办高校学费通知, makes the one whose title holds most of them
// primary among its kind: the 学费 notice, not the later 住宿费 one.)
export function documentsFor(docs: ReportDocument[], time: TimeAsk | undefined, pointed: string[] = []): DocChoice[] {
  const byKind = new Map<DocumentKind, ReportDocument[]>();
  for (const d of docs) (byKind.get(d.kind) ?? byKind.set(d.kind, []).get(d.kind)!).push(d);
  const primaries: DocChoice[] = [];
  const others: DocChoice[] = [];
  for (const list of byKind.values()) {
    const c = choosePeriod(pointedAt(list, pointed), (d) => d.period, time);
    if (!c) continue;
    primaries.push({ doc: c.item, exact: c.exact, primary: true });
    for (const d of list) {
      if (d === c.item) continue;
      // Same period as the primary (two notices of one year) fits as well as it does.
      const samePeriod = d.period.label === c.item.period.label;
      // No time asked: no document is of another period than the one asked (the latest still goes first).
      const exact = samePeriod ? c.exact : !time || (time.kind === 'interval' && d.period.start <= time.end && time.start <= d.period.end);
      others.push({ doc: d, exact, primary: samePeriod });
    }
  }
  return [...primaries, ...others];
}

/** The documents whose titles hold most of the words a question points at them with (all, when none holds any). */
function pointedAt(list: ReportDocument[], pointed: string[]): ReportDocument[] {
  if (pointed.length === 0 || list.length < 2) return list;
  const held = list.map((d) => pointed.filter((w) => normalizeForMatch(d.title).includes(w)).length);
  const best = Math.max(...held);
  return best > 0 ? list.filter((_, i) => held[i] === best) : list;
}

const KIND_WORDS = Object.entries(grammar.kinds) as [DocumentKind, string[]][];

/** The kinds of document a question's wording points to (学费 → fee notices, charters). */
export function preferredKinds(question: string): Set<DocumentKind> {
  const q = normalizeForMatch(question);
  return new Set(KIND_WORDS.filter(([, ws]) => ws.some((w) => q.includes(w))).map(([k]) => k));
}
