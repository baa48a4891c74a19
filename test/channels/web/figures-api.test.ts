// GET /api/figures and the /figures page on a real loopback server over the multi-year fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FigureRecordSchema } from '../../../src/types.js';
import { writeMultiYearCorpus } from '../../fixtures/multi-year/reports.js';
import { tempDir } from '../../helpers.js';
import { type TestServer, startTestServer } from './server-helpers.js';

describe('figures API on loopback', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' }, await writeMultiYearCorpus(tempDir('multi-year-')));
  });
  afterAll(() => s.close());

  const get = async (query: string) => {
    const res = await fetch(`${s.url}/api/figures${query}`);
    return { status: res.status, json: (await res.json()) as any };
  };

  it('returns every record and the metrics the index knows, most common first', async () => {
    const r = await get('');
    expect(r.status).toBe(200);
    expect(r.json.records.length).toBeGreaterThan(30);
    for (const rec of r.json.records) FigureRecordSchema.parse(rec);
    expect(r.json.metrics[0]).toMatchObject({ metric: expect.any(String), count: expect.any(Number) });
    expect(r.json.metrics.map((m: { metric: string }) => m.metric)).toContain('微信公众号·粉丝');
  });

  it('filters by metric (exact, else a part of it), institution and period', async () => {
    const exact = await get(`?metric=${encodeURIComponent('微信公众号·发布信息')}`);
    expect(new Set(exact.json.records.map((r: { metric: string }) => r.metric))).toEqual(new Set(['微信公众号·发布信息']));
    expect(exact.json.records.map((r: { value: number }) => r.value)).toEqual(expect.arrayContaining([980, 1136, 1210, 420, 515, 760, 802]));
    const part = await get(`?metric=${encodeURIComponent('粉丝')}&school=${encodeURIComponent('青禾')}&period=2023`);
    expect(part.json.records.map((r: { text: string }) => r.text).sort()).toEqual(['0.7万人', '2.8万余人']);
  });

  it('points every record at its figure in the source the viewer shows', async () => {
    const { json } = await get(`?school=${encodeURIComponent('南屿师范学院')}`);
    for (const rec of json.records) {
      const src = (await (await fetch(`${s.url}/api/sources/${rec.docId}`)).json()) as { text: string };
      expect(src.text.slice(rec.start, rec.end)).toBe(rec.text);
    }
  });

  it('refuses bad queries with 400 and a message naming the parameter', async () => {
    const long = await get(`?metric=${'粉'.repeat(61)}`);
    expect(long.status).toBe(400);
    expect(long.json.message).toMatch(/metric/);
    const unknown = await get('?metrics=粉丝');
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toMatch(/metrics/);
    const twice = await get('?metric=a&metric=b');
    expect(twice.status).toBe(400);
    const empty = await get('?school=');
    expect(empty.status).toBe(400);
  });

  it('serves the figures page and its bundled script, chart library included, no CDN', async () => {
    const page = await fetch(`${s.url}/figures`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/figures.js"');
    expect(html).toContain('name="viewport"');
    const js = await (await fetch(`${s.url}/figures.js`)).text();
    expect(js.length).toBeGreaterThan(50_000);
    expect(js).toContain('/api/figures');
    expect(js).not.toMatch(/https?:\/\/(?:cdn|unpkg|cdnjs|jsdelivr)/);
  });
});
