// GET /api/figures: the figures index filtered by metric, institution and period, with the metrics
// it knows (for the figures page's search box). A metric matches exactly when the index knows it,
// else by substring, so 粉丝 finds 微信公众号·粉丝.
import type { FigureRecord } from '../../types.js';
import type { FiguresQuery } from './schemas.js';

/** Most figures returned by one request: the page and exports never need more. */
export const MAX_FIGURES = 2000;

export interface FiguresResponse {
  metrics: { metric: string; count: number }[];
  records: FigureRecord[];
  truncated: boolean;
}

export function queryFigures(all: FigureRecord[], q: FiguresQuery): FiguresResponse {
  const counts = new Map<string, number>();
  for (const r of all) counts.set(r.metric, (counts.get(r.metric) ?? 0) + 1);
  const metrics = [...counts].map(([metric, count]) => ({ metric, count })).sort((a, b) => b.count - a.count || a.metric.localeCompare(b.metric));
  const exact = q.metric !== undefined && counts.has(q.metric);
  const records = all.filter(
    (r) =>
      (!q.metric || (exact ? r.metric === q.metric : r.metric.includes(q.metric))) &&
      (!q.school || r.school.includes(q.school)) &&
      (!q.period || r.period.includes(q.period)),
  );
  return { metrics, records: records.slice(0, MAX_FIGURES), truncated: records.length > MAX_FIGURES };
}
