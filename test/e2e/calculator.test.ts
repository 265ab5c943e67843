// The public landed-cost calculator: both shipping modes with a CNY total and the seller's USD take, the
// chart, and a recalculation when the price changes; screenshots on a desktop and a phone.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';

const DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const CNY_TOTAL = /^¥\d{1,3}(,\d{3})*\.\d{2}$/;
const USD_TAKE = /^\$\d{1,3}(,\d{3})*\.\d{2}/;

async function fillProduct(page: Page) {
  await page.getByLabel('Price in US dollars').fill('24');
  await page.getByLabel('Weight in grams').fill('454');
  await page.getByLabel('HS code').fill('08134090');
  await page.getByLabel('Category').selectOption('food');
}

const totalOf = (page: Page, mode: string) => page.getByTestId(`total-${mode}`).textContent();

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('landed-cost calculator', () => {
  const e2e = useBrowser();

  it('shows both modes, the seller take and the chart, and recalculates when the price changes', async () => {
    const page = await e2e.newPage();
    await page.goto('/seller/sign-in');
    await page.getByRole('link', { name: 'What will shoppers pay? Try the calculator' }).click();
    await page.getByRole('heading', { name: 'What will shoppers in China pay?' }).waitFor();
    await fillProduct(page);

    for (const [mode, name] of [
      ['9610', 'Direct mail from the US'],
      ['1210', 'Bonded warehouse in China'],
    ] as const) {
      await page.getByRole('heading', { name }).waitFor();
      await page.getByTestId(`total-${mode}`).waitFor();
      expect(await totalOf(page, mode)).toMatch(CNY_TOTAL);
      expect(await page.getByTestId(`receives-${mode}`).textContent()).toMatch(USD_TAKE);
    }
    await page.locator('.calc-chart canvas').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    const before = await totalOf(page, '9610');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/calculator/landed-cost') && r.request().postData()?.includes('"priceUsdCents":4800') === true);
    await page.getByLabel('Price in US dollars').fill('48');
    expect((await answer).status()).toBe(200);
    await expect.poll(() => totalOf(page, '9610')).not.toBe(before);
    expect(await totalOf(page, '9610')).toMatch(CNY_TOTAL);

    mkdirSync(DIR, { recursive: true });
    await page.getByLabel('Price in US dollars').fill('24');
    await expect.poll(() => totalOf(page, '9610')).toBe(before);
    await page.screenshot({ path: `${DIR}calculator-desktop.png`, fullPage: true, animations: 'disabled' });
  });

  it('is readable on a phone (390×844)', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await page.goto('/calculator');
    await page.getByTestId('total-1210').waitFor();
    await page.locator('.calc-chart canvas').waitFor();
    // Nothing wider than the screen: no sideways scrolling.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync(DIR, { recursive: true });
    await page.screenshot({ path: `${DIR}calculator-phone.png`, fullPage: true, animations: 'disabled' });
    await page.screenshot({ path: `${DIR}calculator-phone-top.png`, animations: 'disabled' });
    await page.locator('.calc-chart').screenshot({ path: `${DIR}calculator-phone-chart.png`, animations: 'disabled' });
  });
});
