// The widget, the full-page chat and the source viewer in a real Chromium (see browser.ts for which one),
// driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { type TestServer, startTestServer } from '../channels/web/server-helpers.js';
import { launchBrowser } from './browser.js';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

describe('web chat in a real browser', () => {
  let s: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('answers in the widget on the demo page, with a citation chip that opens the highlighted passage', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(s.url) && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.goto(`${s.url}/`);
    await page.getByRole('button', { name: '打开信息公开问答' }).click();
    const input = page.getByRole('textbox', { name: '输入问题' });
    await expect.poll(() => input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await input.fill('湖南工程职院去年官微发了多少条？');
    await input.press('Enter');
    const reply = page.locator('.msg.bot .bubble').last();
    await expect.poll(() => reply.textContent(), { timeout: 15_000 }).toContain('263');
    const chip = reply.locator('.chip').first();
    await expect.poll(() => chip.textContent()).toMatch(/^\[1\] （2） 主动公开信息的数据统计/);
    await page.screenshot({ path: join(SHOTS, 'widget-answer.png') });
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-expanded')).toBe('true');
    const detail = reply.locator('.detail').first();
    expect(await detail.textContent()).toContain('湖南工程职业技术学院《2023年信息公开年度报告》');

    const [viewer] = await Promise.all([page.context().waitForEvent('page'), detail.getByRole('link', { name: '查看原文' }).click()]);
    await viewer.waitForLoadState();
    const mark = viewer.locator('mark#hl');
    await expect.poll(() => mark.textContent(), { timeout: 10_000 }).toContain('263条');
    expect(
      await mark.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    await viewer.screenshot({ path: join(SHOTS, 'source-viewer.png') });
    expect(external).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(false);
  });

  it('shows a question with HTML as text and raises no dialog', async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`${s.url}/chat`);
    const input = page.getByRole('textbox', { name: '输入问题' });
    await input.fill('<img src=x onerror=alert(1)>学费在哪里公开？');
    await page.getByRole('button', { name: '发送' }).click();
    await expect.poll(() => page.locator('.msg.bot .bubble').last().textContent(), { timeout: 15_000 }).not.toBe('正在查找…');
    expect(await page.locator('.msg.user .bubble').last().textContent()).toBe('<img src=x onerror=alert(1)>学费在哪里公开？');
    expect(await page.locator('.msg img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
  });

  it('fits the open panel in a 360×640 phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(`${s.url}/`);
    await page.getByRole('button', { name: '打开信息公开问答' }).click();
    const box = await page.locator('.panel').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    await page.getByRole('button', { name: '奖助学金怎么评定？' }).click();
    await expect.poll(() => page.locator('.msg.bot .bubble').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.screenshot({ path: join(SHOTS, 'widget-360.png') });
  });
});
