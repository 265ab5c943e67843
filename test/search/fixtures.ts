// Search fixtures: published products in a few stores, with stock, indexed through the real events.
import { expect } from 'vitest';
import type { ProductInput } from '../../src/modules/products/index.js';
import type { App } from '../../src/platform/http.js';
import { cherryInput, productImage, type StoreOwner } from '../catalog.js';

export type Published = { id: string; variantId: string };

/** Creates a product through the API (with an image, so it may be published), publishes it and lets the index follow. */
export async function publishProduct(app: App, owner: StoreOwner, sku: string, overrides: Partial<ProductInput> = {}, options: { publish?: boolean } = {}): Promise<Published> {
  const imageId = await productImage(app, owner.sellerId, owner.userId);
  const base = cherryInput();
  const input = cherryInput({ imageIds: [imageId], ...overrides, variants: (overrides.variants ?? base.variants).map((v, i) => ({ ...v, sku: `${sku}-${i}`, barcode: undefined })) });
  const created = await owner.client.post('/api/v1/seller/products', input);
  expect(created.statusCode, created.body).toBe(201);
  const product = created.json() as { id: string; variants: Array<{ id: string }> };
  if (options.publish !== false) {
    const published = await owner.client.post(`/api/v1/seller/products/${product.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
  }
  await drainAll(app);
  return { id: product.id, variantId: product.variants[0]!.id };
}

/** Delivers every pending event (the dispatcher takes 100 a pass). */
export async function drainAll(app: App): Promise<void> {
  while ((await app.events.drain()) > 0);
}

export async function addStock(app: App, owner: StoreOwner, variantId: string, location: 'us_warehouse' | 'bonded', delta: number): Promise<void> {
  const res = await owner.client.post('/api/v1/seller/stock/adjustments', { variantId, location, delta, reason: 'received' });
  expect(res.statusCode, res.body).toBe(200);
  await drainAll(app);
}

export const almondInput = (): Partial<ProductInput> => ({
  titleEn: 'California Almond Gift Box 500 g',
  titleZh: '加州巴旦木杏仁礼盒装 500克',
  descriptionZh: '产自加利福尼亚中央谷地，原味烘焙。',
  descriptionEn: 'Roasted almonds from the Central Valley.',
  brand: 'Golden Valley',
  originState: 'CA',
  hsCode: '08021200',
  shippingModes: ['9610', '1210'],
  attributes: { 口味: '原味' },
  variants: [{ ...cherryInput().variants[0]!, priceMinor: 2599, weightGrams: 560, statutoryQty: 500 }],
});

export const walletInput = (): Partial<ProductInput> => ({
  titleEn: 'Full-grain Leather Wallet',
  titleZh: '得州手工真皮钱包',
  descriptionZh: '全粒面牛皮，手工缝制。',
  descriptionEn: 'Hand-stitched full-grain leather.',
  category: 'bags',
  brand: 'Lone Star Leather',
  originState: 'TX',
  hsCode: '42023100',
  shippingModes: ['1210'],
  attributes: { 材质: '牛皮' },
  label: {},
  variants: [{ ...cherryInput().variants[0]!, priceMinor: 4999, weightGrams: 200, statutoryUnit: 'piece', statutoryQty: 1 }],
});
