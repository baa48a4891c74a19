// The /figures page in a real Chromium (launched as in browser.ts), over the multi-year fixtures:
// search a metric, sort the table, see the chart, follow a value to its highlighted passage; 360 px.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMultiYearCorpus } from '../fixtures/multi-year/reports.js';
import { ROOT, tempDir } from '../helpers.js';
import { type TestServer, startTestServer } from '../channels/web/server-helpers.js';
import { launchBrowser } from './browser.js';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
/** A Chinese font from npm (the machine may have none), served same-origin so the page's CSP allows it. */
const FONT = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');

async function newPage(browser: Browser, url: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.route('**/__test-font.otf', (route) => route.fulfill({ body: readFileSync(FONT), contentType: 'font/otf' }));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent =
        '@font-face{font-family:"Noto Sans SC";src:url(/__test-font.otf) format("opentype")}body{font-family:"Noto Sans SC",sans-serif!important}';
      document.head.append(style);
      void document.fonts.load('16px "Noto Sans SC"', '数据');
    });
  });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('figures page in a real browser', () => {
  let s: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' }, await writeMultiYearCorpus(tempDir('multi-year-')));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('shows a metric as a sortable table and a chart, each value linking to its passage', async () => {
    const page = await newPage(browser, `${s.url}/figures`, { viewport: { width: 1280, height: 900 } });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(s.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
    });
    const input = page.getByRole('combobox', { name: '指标' });
    await expect.poll(() => page.locator('#metrics option').count()).toBeGreaterThanOrEqual(5);
    await input.fill('微信公众号·发布信息');
    await input.dispatchEvent('change');
    const rows = page.locator('#table tbody tr');
    // The table of the metric chosen (polled: the default metric's table may still be showing, and
    // it can have as many rows), sorted by value, largest first; then by school.
    await expect.poll(() => rows.first().locator('td.value').textContent(), { timeout: 10_000 }).toBe('1,210条');
    expect(await rows.count()).toBe(7);
    await page.getByRole('button', { name: '学校' }).click();
    expect(await rows.first().locator('td').first().textContent()).toBe('东川理工学院');
    const canvas = await page.locator('#chart').boundingBox();
    expect(canvas!.width).toBeGreaterThan(300);
    expect(canvas!.height).toBeGreaterThan(150);
    await page.screenshot({ path: join(SHOTS, 'figures.png'), fullPage: true });

    const link = page.getByRole('link', { name: '1,136条' });
    await link.click();
    await page.waitForURL(/\/source\//);
    await expect.poll(() => page.locator('mark#hl').textContent(), { timeout: 10_000 }).toBe('1136条');
    expect(external).toEqual([]);
  });

  it('lists institutions whose reports do not state the metric', async () => {
    const page = await newPage(browser, `${s.url}/figures?metric=${encodeURIComponent('微信公众号·阅读量')}`);
    await expect.poll(() => page.locator('td.missing').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('td.missing').locator('xpath=..').locator('td').first().textContent()).toBe('东川理工学院');
  });

  it('fits a 360 px phone screen without sideways scrolling of the page', async () => {
    const page = await newPage(browser, `${s.url}/figures`, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await expect.poll(() => page.locator('#table tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const chart = await page.locator('#chart').boundingBox();
    expect(chart!.x + chart!.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SHOTS, 'figures-360.png'), fullPage: true });
  });
});
