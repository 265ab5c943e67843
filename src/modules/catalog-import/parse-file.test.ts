// Whatever a seller uploads, the check answers a report or a reason, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns.js';
import { parseCatalogFile } from './parse-file.js';
import { catalogCsv, TEMPLATE_ROWS } from './template.js';

const cellText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '0', '-1', '12.99', '9610|1210', 'food', 'MI', '08134090', '0012345678905', '樱桃', '"', ',', '\n', '__proto__'));

describe('parseCatalogFile', () => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const parsed = parseCatalogFile(Buffer.from(bytes));
        if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('accounts for every row: valid, or reported with its row number and a known column', () => {
    fc.assert(
      fc.property(fc.array(fc.record(Object.fromEntries(COLUMNS.map((c) => [c, cellText]))), { minLength: 1, maxLength: 8 }), fc.boolean(), (cells, fromTemplate) => {
        const rows = cells.map((r, i) => (fromTemplate ? { ...TEMPLATE_ROWS[0], ...Object.fromEntries(Object.entries(r).filter(([, v]) => i % 2 === 0 || v === '')), sku: `S-${i}` } : r)) as Array<Record<string, string>>;
        const parsed = parseCatalogFile(Buffer.from(catalogCsv(rows)));
        if (!parsed.ok) return expect(parsed.message).toMatch(/./);
        const reported = new Set(parsed.errors.map((e) => e.row));
        expect(parsed.rows.length + reported.size).toBe(parsed.totalRows);
        for (const e of parsed.errors) {
          expect(e.row).toBeGreaterThanOrEqual(2);
          expect(e.row).toBeLessThanOrEqual(parsed.totalRows + 1);
          expect([...COLUMNS, 'row']).toContain(e.column);
        }
        for (const r of parsed.rows) expect(reported.has(r.row)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('normalises a valid row into what the products module writes', () => {
    const parsed = parseCatalogFile(Buffer.from(catalogCsv([{ ...TEMPLATE_ROWS[0], hs_code: '0813.40.90', category: 'Food', price_usd: '12.5' } as Record<string, string>], { columns: COLUMNS.filter((c) => c !== 'title_zh' && c !== 'barcode') })));
    expect(parsed).toMatchObject({ ok: true, errors: [] });
    const [row] = parsed.ok ? parsed.rows : [];
    expect(row).toEqual({
      row: 2,
      handle: 'dried-montmorency-tart-cherries',
      sku: 'TBC-227',
      product: {
        titleEn: 'Dried Montmorency Tart Cherries',
        descriptionEn: 'Sun-ripened Michigan tart cherries, gently dried.',
        descriptionZh: '产自密歇根特拉弗斯城，低温烘干，酸甜适口。',
        category: 'food',
        brand: 'Traverse Bay',
        originState: 'MI',
        hsCode: '08134090',
        shippingModes: ['9610', '1210'],
        label: { ingredients: '酸樱桃、蔗糖、葵花籽油', manufacturer: 'Traverse Bay Orchards LLC', storage: '常温避光，开封后冷藏', shelfLife: '12个月', netContent: '227克 / 454克' },
      },
      // No barcode or title_zh column: those fields are absent, so an update leaves them alone.
      variant: { options: { 规格: '227 g' }, weightGrams: 260, priceMinor: 1250, statutoryUnit: 'g', statutoryQty: 227 },
    });
  });
});
