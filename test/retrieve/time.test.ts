import { describe, expect, it } from 'vitest';
import { choosePeriod, parseTime, shiftYears } from '../../src/retrieve/time.js';
import type { Period } from '../../src/types.js';

const today = new Date('2024-06-15T12:00:00');

describe('time in questions', () => {
  it.each([
    ['2023年发了多少', { kind: 'interval', label: '2023年', start: '2023-01-01', end: '2023-12-31' }],
    ['23年的报告', { kind: 'interval', label: '2023年' }],
    ['2022-2023学年', { kind: 'interval', label: '2022-2023学年', start: '2022-09-01', end: '2023-08-31' }],
    ['2021～2022学年', { kind: 'interval', label: '2021-2022学年' }],
    // (…with 那个 between: 22到23那个学年.)
    ['22到23那个学年按时办完了多少件', { kind: 'interval', label: '2022-2023学年', start: '2022-09-01' }],
    ['去年', { kind: 'interval', label: '2023年' }],
    ['前年', { kind: 'interval', label: '2022年' }],
    ['今年', { kind: 'interval', label: '2024年' }],
    ['上学年', { kind: 'interval', label: '2022-2023学年' }],
    ['上个学年', { kind: 'interval', label: '2022-2023学年' }],
    ['就是22到23那一学年', { kind: 'interval', label: '2022-2023学年' }],
    ['本学年', { kind: 'interval', label: '2023-2024学年' }],
    ['最新的报告', { kind: 'latest' }],
    ['last year', { kind: 'interval', label: '2023年' }],
    // A half of a year named (上半年, 下半年) is that half.
    ['2023年上半年报考了多少人', { kind: 'interval', label: '2023年上半年', start: '2023-01-01', end: '2023-06-30' }],
    ['今年下半年哪天考', { kind: 'interval', label: '2024年下半年', start: '2024-07-01', end: '2024-12-31' }],
  ])('reads "%s"', (q, want) => {
    expect(parseTime(q, today)).toMatchObject(want);
  });

  it('moves a period by whole years, keeping its kind', () => {
    expect(shiftYears(parseTime('2023-2024学年', today)!, -1)).toEqual({ kind: 'interval', label: '2022-2023学年', start: '2022-09-01', end: '2023-08-31' });
    expect(shiftYears(parseTime('2024届', today)!, 1)).toMatchObject({ label: '2025届', start: '2025-01-01' });
  });

  it('reads no time in a question without one', () => {
    expect(parseTime('学费标准在哪里公开', today)).toBeUndefined();
  });

  const periods: Period[] = [
    { kind: 'academic-year', label: '2021-2022学年', start: '2021-09-01', end: '2022-08-31' },
    { kind: 'year', label: '2023年', start: '2023-01-01', end: '2023-12-31' },
  ];
  const pick = (q: string, now = today) => choosePeriod(periods, (p) => p, parseTime(q, now));

  it('maps an asked year onto the report that covers it', () => {
    expect(pick('2023年')).toEqual({ item: periods[1], exact: true });
    expect(pick('2022年')).toEqual({ item: periods[0], exact: true });
  });

  it('falls back to the nearest report and says it is not exact', () => {
    expect(pick('去年', new Date('2026-11-21'))).toEqual({ item: periods[1], exact: false });
    expect(pick('2019年')).toEqual({ item: periods[0], exact: false });
  });

  it('takes the latest report when no time is asked', () => {
    expect(pick('学费')).toEqual({ item: periods[1], exact: true });
  });
});
