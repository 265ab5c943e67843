// The cart on a phone: a guest adds a demo product, opens /cart, sees the parcel's tax (税费) and the
// total from the quote, changes the quantity, and empties the cart.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';

reportSkippedWithoutChromium();

type Offer = { mode: '9610' | '1210'; stock: string; price: { totalFen: number } | null };
type Detail = { titleZh: string; variants: Array<{ variantId: string; offers: Offer[] }> };

/** A demo variant on sale and in stock, found through the public storefront API. */
async function demoVariant(page: Page): Promise<{ productId: string; variantId: string; mode: Offer['mode']; titleZh: string }> {
  const home = (await (await page.request.get('/api/v1/storefront/home')).json()) as { featured: Array<{ productId: string }>; newArrivals: Array<{ productId: string }> };
  for (const card of [...home.featured, ...home.newArrivals]) {
    const detail = (await (await page.request.get(`/api/v1/storefront/products/${card.productId}`)).json()) as Detail;
    for (const v of detail.variants) {
      const offer = v.offers.find((o) => o.stock !== 'out_of_stock' && o.price);
      if (offer) return { productId: card.productId, variantId: v.variantId, mode: offer.mode, titleZh: detail.titleZh };
    }
  }
  throw new Error('no demo product on sale and in stock');
}

async function addAsGuest(page: Page, line: { variantId: string; mode: string; quantity: number }) {
  // The page's own session request may still set the CSRF cookie: take the token after it has settled.
  await page.waitForLoadState('networkidle');
  const { csrfToken } = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const res = await page.request.post('/api/v1/cart/lines', { data: line, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status()).toBe(201);
}

describe.skipIf(!hasChromium)('cart', () => {
  const e2e = useBrowser();

  it('shows a guest’s parcel with 税费 and the total on a phone, follows quantity changes, and empties', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/');
    const { variantId, mode, titleZh } = await demoVariant(page);
    await addAsGuest(page, { variantId, mode, quantity: 1 });

    await page.goto('/cart');
    await page.getByRole('heading', { level: 1, name: '购物车（1）' }).waitFor();
    const parcel = page.locator('.cart-parcel');
    await parcel.getByText(titleZh).waitFor();
    await expect.poll(() => parcel.getByText('税费', { exact: true }).isVisible()).toBe(true);
    const total = page.getByTestId('cart-total');
    const before = await total.innerText();
    expect(before).toMatch(/^¥[\d,]+\.\d{2}$/);
    // Every parcel passes: checkout is open.
    expect(await page.getByRole('link', { name: '去结算' }).getAttribute('href')).toBe('/checkout');
    expect(await page.getByText('登录并添加购买人实名信息后可查看本年度剩余额度', { exact: false }).isVisible()).toBe(true);

    await parcel.getByRole('button', { name: '增加一件' }).click();
    await page.getByRole('heading', { level: 1, name: '购物车（2）' }).waitFor();
    await expect.poll(() => total.innerText()).not.toBe(before);

    await parcel.getByRole('button', { name: /^删除/ }).click();
    await page.getByRole('heading', { name: '购物车是空的' }).waitFor();
  });

  it('adds from the product page with 加入购物车, and the cart follows', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/');
    const { productId, titleZh } = await demoVariant(page);
    await page.goto(`/products/${productId}`);
    const box = page.locator('.add-to-cart').first();
    await box.getByRole('button', { name: '增加一件' }).click();
    await box.getByRole('button', { name: '加入购物车' }).click();
    await box.getByText('已加入购物车').waitFor();
    await box.getByRole('link', { name: '去购物车' }).click();
    await page.waitForURL(`${e2e.url}/cart`);
    await page.getByRole('heading', { level: 1, name: '购物车（2）' }).waitFor();
    await page.locator('.cart-parcel').getByText(titleZh).waitFor();
    expect(await page.getByTestId('cart-total').innerText()).toMatch(/^¥[\d,]+\.\d{2}$/);
  });
});
