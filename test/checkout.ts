// Shoppers ready to check out (a verified identity, an address, the risk notice confirmed) and
// published products with stock, built through the real routes.
import { expect } from 'vitest';
import { ID_CONSENT_VERSION, RISK_NOTICE_VERSION } from '../src/modules/identity/index.js';
import { seedStock } from '../src/modules/inventory/index.js';
import type { App } from '../src/platform/http.js';
import { cherryInput, productImage, type StoreOwner } from './catalog.js';
import type { TestClient } from './client.js';
import { signedInAs } from './factories.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid resident ID number per n (0 ≤ n < 366,000): region 110105, a 1990s birth date, sequence n. */
export function residentId(n: number): string {
  const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(n / 1000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `110105${day}${String(n % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

export type ReadyShopper = { client: TestClient; userId: string; identityId: string; addressId: string };

let people = 0;
/** A signed-in shopper with a verified identity (a fresh ID number unless given), an address in `province`, and the risk notice confirmed. */
export async function readyShopper(app: App, options: { idNumber?: string; province?: string; riskNotice?: boolean } = {}): Promise<ReadyShopper> {
  const { client, user } = await signedInAs(app, 'shopper');
  const idNumber = options.idNumber ?? residentId(people++ + Math.floor(Math.random() * 300_000));
  const identity = await client.post('/api/v1/me/identities', { realName: '李伟', idNumber, mobile: '13800138000', consent: { noticeVersion: ID_CONSENT_VERSION, accepted: true } });
  expect(identity.statusCode, identity.body).toBe(201);
  const address = await client.post('/api/v1/me/addresses', { recipient: '李伟', phone: '13800138000', province: options.province ?? 'SH', city: '上海市', district: '浦东新区', street: '世纪大道100号', postcode: '200120' });
  expect(address.statusCode, address.body).toBe(201);
  if (options.riskNotice !== false) {
    const risk = await client.post('/api/v1/me/risk-notice', { version: RISK_NOTICE_VERSION });
    expect([200, 201]).toContain(risk.statusCode);
  }
  return { client, userId: user.id, identityId: identity.json().id as string, addressId: address.json().id as string };
}

export type StockedProduct = { id: string; variants: Array<{ id: string }> };

let products = 0;
/** A published product of the seller's (the cherry listing, renamed) with `stock` units of each variant per mode. */
export async function stockedProduct(app: App, seller: StoreOwner, stock: number, overrides: Parameters<typeof cherryInput>[0] = {}): Promise<StockedProduct> {
  products++;
  const base = cherryInput();
  const input = cherryInput({ titleEn: `${base.titleEn} ${products}`, imageIds: [await productImage(app, seller.sellerId, seller.userId)], variants: base.variants.map((v) => ({ ...v, sku: `${v.sku}-C${products}` })), ...overrides });
  const created = await seller.client.post('/api/v1/seller/products', input);
  expect(created.statusCode, created.body).toBe(201);
  const product = created.json() as StockedProduct;
  expect((await seller.client.post(`/api/v1/seller/products/${product.id}/publish`)).statusCode).toBe(200);
  const rows = product.variants.flatMap((v) => (input.shippingModes ?? ['9610']).map((mode) => ({ variantId: v.id, productId: product.id, sellerId: seller.sellerId, location: mode === '1210' ? ('bonded' as const) : ('us_warehouse' as const), delta: stock })));
  if (stock > 0) await seedStock(app.db, rows, new Date());
  return product;
}

let keys = 0;
export const newKey = () => `test-key-${Date.now()}-${keys++}`;

export const checkout = (s: ReadyShopper, key = newKey(), body: Record<string, unknown> = { identityId: s.identityId, addressId: s.addressId }) =>
  s.client.post('/api/v1/checkout', body, { headers: { 'idempotency-key': key } });
