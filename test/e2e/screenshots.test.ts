// Screenshots of the three areas for review (test-results/screenshots, not committed). Each is taken
// only after the page shows real data from the server.
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

const DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const path = `${DIR}${name}.png`;
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('screenshots', () => {
  const e2e = useBrowser();

  it('storefront on a phone (390×844), with the bottom tab bar', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    // One card per active seller the API lists (the demo data grows; the page must show them all).
    const stores = ((await (await page.request.get('/api/v1/stores')).json()) as { items: unknown[] }).items.length;
    expect(stores).toBeGreaterThanOrEqual(5);
    await page.goto('/');
    await page.getByTestId('seller-card').nth(stores - 1).waitFor();
    expect(await page.getByTestId('seller-card').count()).toBe(stores);
    const tabBar = page.getByRole('navigation', { name: '主导航' });
    expect(await tabBar.isVisible()).toBe(true);
    expect(await tabBar.textContent()).toBe('首页分类购物车我的');
    await shoot(page, 'storefront-mobile', false);
    await shoot(page, 'storefront-mobile-full');
  });

  it('storefront on a desktop', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByTestId('seller-card').nth(4).waitFor();
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    await shoot(page, 'storefront-desktop');
  });

  it('seller center dashboard', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Traverse Bay Tart Cherry Farm' }).waitFor();
    await shoot(page, 'seller-center');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(true);
    await shoot(page, 'seller-center-mobile', false);
  });

  it('ops console: users and audit log', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('cell', { name: DEMO.seller, exact: true }).waitFor();
    await shoot(page, 'ops-console');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('table', { name: 'Audit log' }).locator('tbody tr').first().waitFor();
    await shoot(page, 'ops-audit');
  });
});
