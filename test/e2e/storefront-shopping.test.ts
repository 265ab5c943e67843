// A shopper on a phone (390×844): the home page, a search for 樱桃 that finds the Michigan tart
// cherries of the demo seller (sarah@tartcherry.example), the product page, a variant, and the price
// with 税费 and total — the same figures the quote API gives — then the cart with the same figures.
// Screenshots go to test-results/screenshots.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const yuan = (fen: number) => new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(fen / 100);

async function shoot(page: Page, name: string, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}shop-${name}.png`, fullPage, animations: 'disabled' });
}

async function quote(page: Page, variantId: string, mode: '9610' | '1210') {
  const { csrfToken } = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const res = await page.request.post('/api/v1/quotes', { data: { lines: [{ variantId, quantity: 1 }], mode, province: 'SH' }, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status()).toBe(201);
  return (await res.json()) as { totals: { goodsFen: number; taxFen: number; freightFen: number; totalFen: number } };
}

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('storefront shopping', () => {
  const e2e = useBrowser();

  it('on a phone: home, search 樱桃, the Michigan tart cherries, a variant, and its price with 税费 and total', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto('/');
    await page.getByRole('heading', { name: '精选推荐' }).waitFor();
    await page.getByTestId('story-card').first().waitFor();
    expect(await page.getByTestId('product-card').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('heading', { name: '来自美国农场' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '密歇根州' }).isVisible()).toBe(true);
    await shoot(page, 'phone-home');
    await shoot(page, 'phone-home-full', true);

    // Pinyin and English find the same product as the Chinese query below.
    for (const q of ['yingtao', 'cherry']) {
      await page.goto(`/search?q=${q}`);
      await page.getByTestId('product-card').filter({ hasText: '蒙莫朗西酸樱桃干' }).first().waitFor();
    }
    await page.goto('/');
    const box = page.getByRole('combobox', { name: '搜索商品' });
    await box.fill('樱桃');
    await page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').first().waitFor();
    await shoot(page, 'phone-suggestions');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=%E6%A8%B1%E6%A1%83$/);
    const card = page.getByTestId('product-card').filter({ hasText: '蒙莫朗西酸樱桃干' });
    await card.waitFor();
    expect(await card.textContent()).toContain('密歇根州');
    expect(await card.textContent()).toContain('特拉弗斯湾樱桃农场');
    expect(await page.getByText(/^共 \d+ 件商品$/).isVisible()).toBe(true);
    await shoot(page, 'phone-search');

    await card.click();
    await page.waitForURL(/\/products\/prd_[0-9a-z]{26}$/);
    const productId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: /蒙莫朗西酸樱桃干/ }).waitFor();
    await page.getByRole('heading', { name: '中文电子标签' }).waitFor();
    const big = page.getByRole('radio', { name: '454克' });
    await big.click();
    expect(await big.getAttribute('aria-checked')).toBe('true');
    const bonded = page.getByRole('radio', { name: /^保税快发/ });
    await bonded.click();
    expect(await bonded.getAttribute('aria-checked')).toBe('true');

    const product = (await (await page.request.get(`/api/v1/storefront/products/${productId}`)).json()) as { variants: Array<{ variantId: string; options: Record<string, string> }> };
    const variantId = product.variants.find((v) => v.options['规格'] === '454克')!.variantId;
    const { totals } = await quote(page, variantId, '1210');
    const price = page.getByTestId('offer-price');
    const text = (await price.textContent()) ?? '';
    expect(text).toContain(`税费${yuan(totals.taxFen)}`);
    expect(text).toContain(`合计${yuan(totals.totalFen)}`);
    expect(text).toContain(yuan(totals.goodsFen));
    expect(await bonded.textContent()).toContain(`合计 ${yuan(totals.totalFen)}`);
    await shoot(page, 'phone-product');
    await shoot(page, 'phone-product-full', true);

    await page.getByRole('button', { name: '加入购物车' }).click();
    await page.getByText('已加入购物车').waitFor();
    const tabCart = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /购物车/ });
    await tabCart.getByText('1', { exact: true }).waitFor();

    // The cart prices the parcel with a live quote: the same 税费 and total as the product page.
    await tabCart.click();
    await page.getByRole('heading', { level: 1, name: '购物车（1）' }).waitFor();
    const parcel = page.locator('.cart-parcel');
    await parcel.getByText('蒙莫朗西酸樱桃干', { exact: false }).waitFor();
    await expect.poll(() => parcel.textContent()).toContain(yuan(totals.taxFen));
    expect(await page.getByTestId('cart-total').innerText()).toBe(yuan(totals.totalFen));
    await shoot(page, 'phone-cart', true);
  });

  it('on a desktop: the product page, a category with facets, a store page and the 404 page', async () => {
    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/categories/food');
    await page.getByRole('heading', { level: 1, name: '食品与农产品' }).waitFor();
    await page.getByTestId('product-card').first().waitFor();
    const filters = page.getByRole('complementary', { name: '筛选' });
    await filters.getByRole('button', { name: /^保税快发/ }).click();
    await page.waitForURL(/mode=1210/);
    await page.getByRole('button', { name: '移除条件：保税快发' }).waitFor();
    await page.getByTestId('product-card').first().waitFor();
    await shoot(page, 'desktop-category', true);
    // The demo has more bonded food than one page (20): "加载更多" appends the next page.
    const cards = page.getByTestId('product-card');
    expect(await cards.count()).toBe(20);
    await page.getByRole('button', { name: '加载更多' }).click();
    await cards.nth(20).waitFor();

    await page.getByTestId('product-card').filter({ hasText: '蒙莫朗西酸樱桃干' }).click();
    await page.getByRole('heading', { name: '中文电子标签' }).waitFor();
    await shoot(page, 'desktop-product', true);
    await page.getByRole('link', { name: /特拉弗斯湾樱桃农场/ }).click();
    await page.waitForURL(/\/sellers\/sel_/);
    await page.getByRole('heading', { level: 1, name: '特拉弗斯湾樱桃农场' }).waitFor();
    await page.getByTestId('product-card').first().waitFor();
    await shoot(page, 'desktop-seller', true);

    await page.goto('/products/prd_00000000000000000000000000');
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
  });
});
