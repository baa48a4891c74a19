// A page is read in two columns only when its lines split at one gutter into a full run of text on each side;
// a table row with a short label beside a long value, or a row of several cells, spans the page.
import { describe, expect, it } from 'vitest';
import { gutterOf, readColumns } from '../../src/ingest/pdf-columns.js';
import type { PdfLine, PdfPage } from '../../src/ingest/pdf-layout.js';

const line = (y: number, ...cells: [number, number, string][]): PdfLine => ({
  y,
  size: 10.5,
  x0: cells[0]![0],
  x1: cells.at(-1)![1],
  cells: cells.map(([x0, x1, text]) => ({ x0, x1, text })),
  text: cells.map((c) => c[2]).join(' '),
});
const page = (lines: PdfLine[]): PdfPage => ({ number: 1, width: 595, height: 842, lines });

describe('two-column pages', () => {
  const prose = page([
    line(800, [200, 400, '葭水职业技术学院']),
    ...[0, 1, 2, 3, 4, 5].map((k) => line(760 - 18 * k, [90, 290, `左栏第${k}行`], [310, 505, `右栏第${k}行`])),
    line(640, [90, 505, '表1 资助项目汇总']),
  ]);

  it('finds the gutter between two runs of text on each line', () => {
    const g = gutterOf(prose)!;
    expect(g).toBeGreaterThan(290);
    expect(g).toBeLessThan(310);
  });

  it('reads down the left column, then the right, between lines across the page', () => {
    const { lines, edges } = readColumns(prose);
    expect(lines.map((l) => l.text)).toEqual(['葭水职业技术学院', ...[0, 1, 2, 3, 4, 5].map((k) => `左栏第${k}行`), ...[0, 1, 2, 3, 4, 5].map((k) => `右栏第${k}行`), '表1 资助项目汇总']);
    expect(edges.get(lines[1]!)?.right).toBeLessThanOrEqual(290);
    expect(edges.get(lines[7]!)?.left).toBe(310);
  });

  it('finds none where a short label stands beside a long value (a table row)', () => {
    const table = page([0, 1, 2, 3, 4, 5].map((k) => line(760 - 18 * k, [90, 150, `专业${k}`], [310, 505, `制造业5${k}.00%，信息传输业1${k}.00%`])));
    expect(gutterOf(table)).toBeUndefined();
  });

  it('finds none where rows hold several cells on a side', () => {
    const table = page([0, 1, 2, 3, 4, 5].map((k) => line(760 - 18 * k, [90, 200, `专业名称${k}`], [220, 290, '120'], [310, 505, `制造业5${k}.00%，信息传输业1${k}.00%`])));
    expect(gutterOf(table)).toBeUndefined();
  });
});
