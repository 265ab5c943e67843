// Gathers what the eligibility rules need (the store, the tariff line in force) and applies them.
import type { DbOrTrx } from '../../db/database.js';
import type { ShippingMode } from '../../db/schema.js';
import { lookupTariffLine } from '../positive-list/index.js';
import { findSeller } from '../sellers/index.js';
import { checkEligibility, type Eligibility, type EligibilityInput } from './eligibility.js';

export type CatalogSettings = { foodFacilityRequired: boolean };

export async function evaluateEligibility(
  db: DbOrTrx,
  sellerId: string,
  product: EligibilityInput['product'],
  counts: { variants: number; images: number },
  at: Date,
  settings: CatalogSettings,
): Promise<Eligibility> {
  const seller = await findSeller(db, sellerId);
  const found = /^\d{8}(\d{2})?$/.test(product.hsCode) ? await lookupTariffLine(db, product.hsCode, at) : ({ status: 'no_list' } as const);
  const tariff: EligibilityInput['tariff'] =
    found.status === 'no_list'
      ? { status: 'no_list' }
      : found.status === 'not_listed'
        ? { status: 'not_listed', tariffLine: found.tariffLine, announcement: found.version.announcement }
        : {
            status: 'listed',
            announcement: found.version.announcement,
            line: { hsCode: found.line.hs_code, remarkType: found.line.remark_type, remark: found.line.remark, capQuantity: found.line.cap_quantity, capUnit: found.line.cap_unit },
          };
  return checkEligibility({
    product,
    variantCount: counts.variants,
    imageCount: counts.images,
    store: {
      shippingModes: seller?.shipping_modes ? (JSON.parse(seller.shipping_modes) as ShippingMode[]) : [],
      foodFacilityNumber: seller?.food_facility_number ?? null,
      status: seller?.status ?? 'suspended',
    },
    tariff,
    settings,
  });
}
