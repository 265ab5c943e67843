// The language switch: the storefront starts in Chinese, seller center in English, each remembers
// its own choice across reloads.
import { describe, expect, it } from 'vitest';
import { hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('language switch', () => {
  const e2e = useBrowser();

  it('switches the storefront between Chinese and English and remembers the choice', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '美国原产 · 正品直邮' }).waitFor();
    // Seller locations come from the API and are localised too: MI → 密歇根州.
    await page.getByText('密歇根州 · Traverse City').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Made in the USA, shipped direct' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    expect(await page.getByText('Traverse City, Michigan').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1, name: '美国原产 · 正品直邮' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Made in the USA, shipped direct' }).waitFor();
  });

  it('starts seller center in English and switches it to Chinese', async () => {
    const page = await e2e.newPage();
    await page.goto('/seller/sign-in');
    await page.getByRole('heading', { name: 'Sign in to Seller Center' }).waitFor();
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('heading', { name: '登录卖家中心' }).waitFor();
    expect(await page.getByLabel('邮箱', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});
