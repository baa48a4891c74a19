// What each stage decided, for `npm run ask -- --explain` and `explain: true` in the API.
import type { Explain } from '../types.js';

export type { Explain };

/** One line per decision for the terminal. */
export function explainText(e: Explain): string {
  const u = e.understand;
  const lines = [
    `understand: ${u.scope}; institutions ${u.institutions.join('、') || '-'}${u.ambiguous.length ? `; ambiguous ${u.ambiguous.map((a) => `${a.alias}→${a.schools.join('/')}`).join(', ')}` : ''}${u.unknown.length ? `; not covered ${u.unknown.join('、')}` : ''}`,
    `  period ${u.period ?? '-'}; intent ${u.intent}; unit ${u.unit ?? '-'}; measure ${u.measure.join('、') || '-'}; qualifier ${u.qualifier ?? '-'}${u.rank ? `; rank ${u.rank}` : ''}`,
    `  terms ${u.terms.join(' ')}`,
    ...u.parts.map((p, i) => `  part ${i + 1}: ${p}`),
    ...u.notes.map((n) => `  note: ${n}`),
  ];
  for (const d of e.decisions) {
    lines.push(`${d.school}: ${d.outcome}${d.reason ? ` (${d.reason})` : ''}`);
    for (const doc of d.documents)
      lines.push(`  document ${doc.title} ${doc.period} ${doc.kind}${doc.exact ? '' : ' (not the period asked)'}${doc.primary ? '' : ' (secondary)'}`);
    for (const c of d.candidates)
      lines.push(`  candidate ${c.score.toFixed(3)} cov ${c.coverage.toFixed(2)}${c.figure ? ` [${c.figure}]` : ''} ${c.section} “${c.text.slice(0, 60)}”`);
    for (const r of d.reasons) lines.push(`  why: ${r}`);
  }
  lines.push(`check: ${e.check.ok ? 'ok' : e.check.problems.join('; ')}`);
  return lines.join('\n');
}
