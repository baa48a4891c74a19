// Retrieval reads the best chunks and then the best of other sections, so a long breakdown table
// cannot crowd out the one section that states the whole.
import { describe, expect, it } from 'vitest';
import { diverseHits } from '../../src/answer/candidates.js';
import type { Hit } from '../../src/retrieve/hybrid.js';

const hit = (section: string, n: number): Hit =>
  ({ label: `${section}-${n}`, score: 1 / (n + 1), chunk: { docId: 'd', section: [section] } }) as unknown as Hit;

describe('diverseHits', () => {
  const table = Array.from({ length: 30 }, (_, i) => hit('分学院及专业毕业去向落实率', i));
  const hits = [...table.slice(0, 20), hit('总体毕业去向落实率', 20), ...table.slice(20), hit('变化趋势', 31)];

  it('keeps the best hits in order, then adds the first hit of each section not yet read', () => {
    const out = diverseHits(hits, 8, 4).map((h) => h.label);
    expect(out.slice(0, 8)).toEqual(hits.slice(0, 8).map((h) => h.label));
    expect(out.slice(8)).toEqual(['总体毕业去向落实率-20', '变化趋势-31']);
  });

  it('reads no more than the best hits and the sections allowed', () => {
    expect(diverseHits(hits, 8, 1)).toHaveLength(9);
    expect(diverseHits(hits.slice(0, 3), 8, 4)).toHaveLength(3);
  });
});
