// How a figure's own sentence dates it against the time asked: another period, another cohort, a span.
import { describe, expect, it } from 'vitest';
import { periodFit } from '../../src/answer/candidates.js';

const cohort2023 = { time: { kind: 'interval' as const, start: '2023-01-01', end: '2023-12-31', label: '2023届' } };
const report2023 = { start: '2023-01-01', end: '2023-12-31', kind: 'cohort' };

describe('periodFit', () => {
  it('leaves a figure its sentence dates to the cohort asked as it is', () => {
    expect(periodFit(cohort2023, '2023届本科毕业生留省就业比例为', report2023)).toBe(0);
  });

  it('lowers a figure over a span of cohorts when one cohort is asked', () => {
    expect(periodFit(cohort2023, '2021-2023届本科毕业生留省就业比例始终保持在', report2023)).toBeLessThan(0);
  });

  it('lowers a figure given to another cohort most of all', () => {
    const report = { start: '2023-09-01', end: '2024-08-31', kind: 'academic-year' };
    const asked = { time: { kind: 'interval' as const, start: '2024-01-01', end: '2024-12-31', label: '2024届' } };
    expect(periodFit(asked, '2023届本科毕业生去向落实率为', report)).toBeLessThan(periodFit(asked, '2021-2024届毕业生去向落实率均在', report));
  });
});
