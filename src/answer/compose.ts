// Turns chosen passages into a short Chinese reply with numbered citations.
import type { ReportDocument, Citation } from '../types.js';
import type { Passage } from './extract.js';

/** Longest quote shown; longer passages are cut to the part that holds the question's terms. */
const MAX_QUOTE = 100;

/**
 * Cuts a long passage to its best window of list items or clauses, still a verbatim slice.
 * `weight` scores a piece of text (how much of the question it holds).
 */
export function trimPassage(p: Passage, weight: (text: string) => number, max = MAX_QUOTE): Passage {
  if (p.text.length <= max) return p;
  const cuts = [0];
  for (let i = 0; i < p.text.length; i++) if (/[、，；：,;:]/.test(p.text[i]!)) cuts.push(i + 1);
  cuts.push(p.text.length);
  let best = { s: 0, e: Math.min(max, p.text.length), w: -1 };
  for (let i = 0; i < cuts.length - 1; i++) {
    for (let j = i + 1; j < cuts.length && cuts[j]! - cuts[i]! <= max; j++) {
      const w = weight(p.text.slice(cuts[i], cuts[j]));
      const len = cuts[j]! - cuts[i]!;
      if (w > best.w || (w === best.w && len > best.e - best.s)) best = { s: cuts[i]!, e: cuts[j]!, w };
    }
  }
  const text = p.text.slice(best.s, best.e);
  return { ...p, text, start: p.start + best.s, end: p.start + best.e };
}

export function citationOf(n: number, p: { start: number; end: number; text: string }, doc: ReportDocument, section: string[]): Citation {
  return {
    n,
    docId: doc.docId,
    file: doc.file,
    school: doc.school,
    title: doc.title,
    kind: doc.kind,
    period: doc.period.label,
    ...(doc.url ? { url: doc.url } : {}),
    section,
    quote: p.text,
    start: p.start,
    end: p.end,
  };
}

/** “quote”[n], with … where the quote was cut out of a longer sentence. */
export function quoted(text: string, n: number, cutBefore: boolean, cutAfter: boolean): string {
  const body = text.replace(/[，、；：,;:]$/, '');
  return `“${cutBefore ? '…' : ''}${body}${cutAfter ? '…' : ''}”[${n}]`;
}

/** Human citation line: 湖南安全技术职业学院《…报告》二、主动公开情况 › （三）… */
export function sourceLine(c: Citation): string {
  const path = c.section.length ? c.section.join(' › ') : '报告导语';
  return `[${c.n}] ${c.school}《${c.title}》${path}`;
}
