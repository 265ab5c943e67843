// Catalog fixtures: a small positive list, store set-up, product images and a complete product input.
import sharp from 'sharp';
import type { ProductInput } from '../src/modules/products/index.js';
import { importPositiveList } from '../src/modules/positive-list/index.js';
import { storeImage } from '../src/modules/media/index.js';
import type { App } from '../src/platform/http.js';
import { TestClient } from './client.js';
import { buildSeller, PASSWORD } from './factories.js';

export const TEST_LIST_CSV = [
  'hs_code,description,remark_type,remark,cap_quantity,cap_unit',
  '08134090,其他干果,none,,,',
  '08021200,去壳杏仁,none,,,',
  '19011010,婴幼儿配方奶粉,trade_mode,仅限网购保税商品,,',
  '17019990,其他精制糖,quantity_cap,每人每年限购,2,kg',
  '33049900,其他美容品或化妆品及护肤品,exclusion,不包括含濒危物种成分的商品,,',
  '42023100,以皮革作面的钱包,none,,,',
].join('\n');

export async function loadTestList(app: App, effectiveFrom = '2022-03-01') {
  return importPositiveList(
    { db: app.db, actor: null, now: new Date(), requestId: null },
    Buffer.from(TEST_LIST_CSV),
    { announcement: '财政部等八部门公告2022年第7号', effectiveFrom, sourceName: 'test-list.csv' },
    { dryRun: false },
  );
}

export async function setUpStore(app: App, sellerId: string) {
  await app.db
    .updateTable('sellers')
    .set({ shipping_modes: JSON.stringify(['9610', '1210']), food_facility_number: 'USA-MI-2024-000123', store_name_zh: '特拉弗斯湾樱桃农场' })
    .where('id', '=', sellerId)
    .execute();
}

export async function pngBytes(color = '#c0392b', size = 400): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: color } }).png().toBuffer();
}

export async function productImage(app: App, sellerId: string, createdBy: string): Promise<string> {
  const row = await storeImage(
    { db: app.db, actor: null, now: new Date(), requestId: null },
    { bytes: await pngBytes(), declaredType: 'image/png', ownerKind: 'seller', ownerId: sellerId, purpose: 'product_image', createdBy },
    app.config.media,
  );
  return row.id;
}

export function cherryInput(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    titleEn: 'Dried Montmorency Tart Cherries 227 g',
    descriptionEn: 'Sun-ripened Michigan tart cherries, gently dried.',
    titleZh: '美国密歇根蒙莫朗西酸樱桃干 227克',
    descriptionZh: '产自密歇根特拉弗斯城，低温烘干，酸甜适口。',
    category: 'food',
    brand: 'Traverse Bay',
    originState: 'MI',
    hsCode: '08134090',
    shippingModes: ['9610'],
    attributes: { 产地: '美国密歇根州' },
    label: { ingredients: '酸樱桃、蔗糖、葵花籽油', manufacturer: 'Traverse Bay Orchards LLC', storage: '常温避光，开封后冷藏', shelfLife: '12个月', netContent: '227克' },
    variants: [{ sku: 'TBC-227', options: { 规格: '227 g' }, barcode: '0012345678905', weightGrams: 260, priceMinor: 1299, statutoryUnit: 'g', statutoryQty: 227 }],
    imageIds: [],
    ...overrides,
  };
}

export type StoreOwner = { client: TestClient; sellerId: string; userId: string };

/** A new seller organisation with a set-up store, and its owner signed in. */
export async function storeOwner(app: App): Promise<StoreOwner> {
  const { seller, ownerId } = await buildSeller(app.db);
  await setUpStore(app, seller.id);
  const email = (await app.db.selectFrom('users').select('email').where('id', '=', ownerId).executeTakeFirstOrThrow()).email;
  const client = new TestClient(app);
  const res = await client.signIn(email, PASSWORD);
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  return { client, sellerId: seller.id, userId: ownerId };
}
