// The product editor's form ↔ API translation (pure, no browser): dollars typed become cents, option
// columns become each variant's options, empty inputs are left out, and a saved product reads back
// into the same form.
import { describe, expect, it } from 'vitest';
import { parseDollars } from '../../web/src/app/i18n/formats.js';
import { eligibilityBody, emptyForm, formFromProduct, inputFromForm, normaliseField, sameForm } from '../../web/src/features/products/product-form.js';
import type { Product } from '../../web/src/features/products/product-types.js';

const product: Product = {
  id: 'prd_01j0000000000000000000000a',
  sellerId: 'sel_01j0000000000000000000000a',
  handle: 'dried-cherries',
  status: 'draft',
  statusReason: null,
  titleEn: 'Dried Cherries',
  descriptionEn: 'Tart.',
  titleZh: '樱桃干',
  descriptionZh: '酸甜。',
  category: 'food',
  brand: 'Traverse Bay',
  originState: 'MI',
  hsCode: '08134090',
  shippingModes: ['1210', '9610'],
  attributes: { Variety: 'Montmorency' },
  label: { ingredients: '酸樱桃', netContent: '227克' },
  variants: [
    { id: 'var_01j0000000000000000000000a', sku: 'TBC-227', options: { Size: '227 g' }, barcode: null, weightGrams: 260, price: { amountMinor: 1299, currency: 'USD' }, statutoryUnit: 'g', statutoryQty: 227 },
    { id: 'var_01j0000000000000000000000b', sku: 'TBC-454', options: { Size: '454 g' }, barcode: '0012345678912', weightGrams: 500, price: { amountMinor: 2250, currency: 'USD' }, statutoryUnit: 'g', statutoryQty: 454 },
  ],
  images: [
    { mediaId: 'med_01j0000000000000000000000b', position: 1, urls: { thumb: '/b', medium: '/b', large: '/b', original: '/b' } },
    { mediaId: 'med_01j0000000000000000000000a', position: 0, urls: { thumb: '/a', medium: '/a', large: '/a', original: '/a' } },
  ],
  revision: 3,
  publishedAt: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('product form', () => {
  it('reads a product into the form and sends it back unchanged, prices in cents', () => {
    const form = formFromProduct(product);
    expect(form.variants.map((v) => v.price)).toEqual(['12.99', '22.50']);
    expect(form.optionNames).toEqual(['Size']);
    expect(form.images.map((i) => i.mediaId)).toEqual(['med_01j0000000000000000000000a', 'med_01j0000000000000000000000b']);
    const input = inputFromForm(form);
    expect(input.variants).toEqual([
      { id: 'var_01j0000000000000000000000a', sku: 'TBC-227', options: { Size: '227 g' }, barcode: null, weightGrams: 260, priceMinor: 1299, statutoryUnit: 'g', statutoryQty: 227 },
      { id: 'var_01j0000000000000000000000b', sku: 'TBC-454', options: { Size: '454 g' }, barcode: '0012345678912', weightGrams: 500, priceMinor: 2250, statutoryUnit: 'g', statutoryQty: 454 },
    ]);
    expect(input.shippingModes).toEqual(['9610', '1210']);
    expect(input.attributes).toEqual({ Variety: 'Montmorency' });
    expect(input.label).toEqual({ ingredients: '酸樱桃', netContent: '227克' });
    expect(input.imageIds).toEqual(['med_01j0000000000000000000000a', 'med_01j0000000000000000000000b']);
    expect(sameForm(form, formFromProduct(product))).toBe(true);
  });

  it('leaves out empty label fields, nameless attributes and empty option values; trims text', () => {
    const form = emptyForm('WI', ['9610'], 'Size');
    form.titleEn = '  Cheddar  ';
    form.label = { ingredients: '  ', manufacturer: 'Little Meadow ' };
    form.attributes = [{ key: 'a', name: ' ', value: 'x' }, { key: 'b', name: 'Aged', value: ' 2 years ' }];
    form.variants = [{ key: 'v', sku: 'LM-1', options: { Size: '' }, barcode: ' ', weight: '300', price: '$11.9', unit: 'g', qty: '227' }];
    const input = inputFromForm(form);
    expect(input.titleEn).toBe('Cheddar');
    expect(input.label).toEqual({ manufacturer: 'Little Meadow' });
    expect(input.attributes).toEqual({ Aged: '2 years' });
    expect(input.variants[0]).toEqual({ sku: 'LM-1', options: {}, barcode: null, weightGrams: 300, priceMinor: 1190, statutoryUnit: 'g', statutoryQty: 227 });
    expect(input.originState).toBe('WI');
    expect(eligibilityBody(form)).toMatchObject({ variantCount: 1, imageCount: 0, shippingModes: ['9610'], label: { manufacturer: 'Little Meadow' } });
  });

  it('parses dollar amounts exactly and refuses anything else', () => {
    expect([parseDollars('12.99'), parseDollars('0.1'), parseDollars('1,299.00'), parseDollars('$5')]).toEqual([1299, 10, 129900, 500]);
    for (const bad of ['', 'free', '1.999', '-3', '1e3']) expect(parseDollars(bad)).toBeNull();
    // Floating point must not leak into cents: 0.29 * 100 is 28.999… in binary.
    expect(parseDollars('0.29')).toBe(29);
  });

  it('names fields the same whether the server read a POST body or a PUT { revision, product } body', () => {
    expect(normaliseField('product.variants.0.sku')).toBe('variants.0.sku');
    expect(normaliseField('variants.0.sku')).toBe('variants.0.sku');
    expect(normaliseField('titleZh')).toBe('titleZh');
  });
});
