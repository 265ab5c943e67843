// The cart shows a signed-in shopper's annual room: the buyer's year-to-date as checkout counts it
// (per person, across accounts), for the latest added buyer or the one named; a guest's stays unknown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, readyShopper, residentId, stockedProduct } from '../../../test/checkout.js';
import { TestClient } from '../../../test/client.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { ID_CONSENT_VERSION } from '../identity/index.js';

let app: TestApp;
let seller: StoreOwner;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  seller = await storeOwner(app);
});
afterAll(async () => app.cleanup());

type Limits = { yearToDate: string; yearToDateFen: number | null; annualRoomFen: number | null; buyer: { identityId: string; name: string } | null };
const limitsOf = async (client: TestClient, query = '') => {
  const res = await client.get(`/api/v1/cart${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().limits as Limits;
};

describe('annual room in the cart', () => {
  it('counts the buyer’s orders this year, per person across accounts', async () => {
    const idNumber = residentId(350_001);
    const first = await readyShopper(app, { idNumber });
    expect(await limitsOf(first.client)).toMatchObject({ yearToDate: 'known', yearToDateFen: 0, annualRoomFen: 2_600_000, buyer: { identityId: first.identityId, name: '李伟' } });

    const p = await stockedProduct(app, seller, 10);
    await first.client.post('/api/v1/cart/lines', { variantId: p.variants[0]!.id, quantity: 2, mode: '9610' });
    const placed = await checkout(first);
    expect(placed.statusCode, placed.body).toBe(201);
    const counted = Number((await app.db.selectFrom('orders').select('counts_toward_year_fen').where('order_no', '=', placed.json().orders[0].orderNo).executeTakeFirstOrThrow()).counts_toward_year_fen);
    expect(counted).toBeGreaterThan(0);
    expect(await limitsOf(first.client)).toMatchObject({ yearToDateFen: counted, annualRoomFen: 2_600_000 - counted });

    // The same person on another account: the same year. Another person on that account, named: theirs.
    const second = await readyShopper(app, { idNumber });
    expect(await limitsOf(second.client)).toMatchObject({ yearToDateFen: counted });
    const other = await second.client.post('/api/v1/me/identities', { realName: '王芳', idNumber: residentId(350_002), mobile: '13900139000', consent: { noticeVersion: ID_CONSENT_VERSION, accepted: true } });
    expect(other.statusCode, other.body).toBe(201);
    expect(await limitsOf(second.client, `?buyer=${other.json().id}`)).toMatchObject({ yearToDateFen: 0, buyer: { name: '王芳' } });
    // Someone else's identity is refused, naming the field; a guest's year stays unknown.
    const refused = await first.client.get(`/api/v1/cart?buyer=${second.identityId}`);
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('buyer');
    expect(await limitsOf(new TestClient(app))).toMatchObject({ yearToDate: 'unknown', yearToDateFen: null, buyer: null });
  });
});
