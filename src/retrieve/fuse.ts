// Fusion of ranked lists: reciprocal rank fusion and a max-normalised weighted sum.

export interface Ranked {
  id: number;
  score: number;
}

/** Reciprocal rank fusion: Σ weight / (k + rank); rank-only, so score scales never matter. */
export function rrf(lists: Ranked[][], weights: number[] = [], k = 60): Ranked[] {
  const fused = new Map<number, number>();
  lists.forEach((list, li) => {
    const w = weights[li] ?? 1;
    list.forEach((item, rank) => fused.set(item.id, (fused.get(item.id) ?? 0) + w / (k + rank + 1)));
  });
  return sortMap(fused);
}

/** Each list's scores divided by its best, then a weighted sum: keeps how far ahead a hit is. */
export function weightedSum(lists: Ranked[][], weights: number[] = []): Ranked[] {
  const fused = new Map<number, number>();
  lists.forEach((list, li) => {
    const w = weights[li] ?? 1;
    const max = Math.max(...list.map((x) => x.score), 1e-9);
    for (const item of list) fused.set(item.id, (fused.get(item.id) ?? 0) + (w * Math.max(item.score, 0)) / max);
  });
  return sortMap(fused);
}

function sortMap(m: Map<number, number>): Ranked[] {
  return [...m].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}
