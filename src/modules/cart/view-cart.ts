// The cart as the shopper sees it: lines grouped into parcels (one seller + one shipping mode), each
// parcel priced by a fresh quote from the pricing module (the same code as POST /api/v1/quotes), lines
// that can no longer be bought flagged rather than dropped, and what stands between each parcel and
// checkout. The buyer's year-to-date comes from orders (checkout), so until then it is unknown.
import type { Db } from '../../db/database.js';
import type { CartLinesTable, CartsTable, ShippingMode } from '../../db/schema.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { availableByVariant } from '../inventory/index.js';
import { issueQuote, loadPricingSettings, type IssuedQuote, type PricingSettings } from '../pricing/index.js';
import { findPublishedVariants } from '../products/index.js';
import { findSeller } from '../sellers/index.js';
import { stateOf, type CartLineView } from './line-state.js';
import { groupProblems, type Problem } from './problems.js';
import { listLines } from './repo.js';

export type CartGroup = {
  key: string;
  sellerId: string;
  sellerName: string;
  mode: ShippingMode;
  lines: CartLineView[];
  quote: IssuedQuote | null;
  quoteError: { code: string; message: string } | null;
  checkout: { allowed: boolean; problems: Problem[] };
};

export type CartView = Awaited<ReturnType<typeof viewCart>>;

/** A buyer's purchases this year, on the limits' basis (the orders module's, passed in by the app). */
export type YearToDateOf = (userId: string, identityId: string | null, now: Date) => Promise<{ identityId: string; buyerName: string; yearToDateFen: number } | null>;

function limitsOf(settings: PricingSettings, buyer: { identityId: string; buyerName: string; yearToDateFen: number } | null) {
  const yearToDateFen = buyer?.yearToDateFen ?? null;
  const l = settings.limits;
  const annualMax = l.annualInclusive ? l.annualLimitFen : l.annualLimitFen - 1;
  return {
    singleLimitFen: l.singleLimitFen,
    annualLimitFen: l.annualLimitFen,
    singleInclusive: l.singleInclusive,
    annualInclusive: l.annualInclusive,
    annualBasis: l.annualBasis,
    yearToDate: yearToDateFen === null ? ('unknown' as const) : ('known' as const),
    yearToDateFen,
    annualRoomFen: yearToDateFen === null ? null : Math.max(0, annualMax - yearToDateFen),
    buyer: buyer ? { identityId: buyer.identityId, name: buyer.buyerName } : null,
    note:
      yearToDateFen === null
        ? 'Your cross-border purchases this year are not known until you sign in and add a buyer identity: the annual limit is checked against them at checkout.'
        : null,
  };
}

export async function viewCart(db: Db, cart: CartsTable | null, options: { province: string; buyerUserId: string | null; identityId: string | null; yearToDateOf: YearToDateOf; now: Date }) {
  const rows = cart ? await listLines(db, cart.id) : [];
  const variantIds = [...new Set(rows.map((r) => r.variant_id))];
  if (options.identityId !== null && options.buyerUserId === null) throw invalidField('buyer', 'needs a signed-in shopper');
  const [onSale, stock, settings, buyer] = await Promise.all([
    findPublishedVariants(db, variantIds),
    availableByVariant(db, variantIds),
    loadPricingSettings(db),
    options.buyerUserId ? options.yearToDateOf(options.buyerUserId, options.identityId, options.now) : null,
  ]);
  if (options.identityId !== null && buyer === null) throw invalidField('buyer', 'is not one of your buyer identities');
  const published = new Map(onSale.map((v) => [v.variant_id, v]));

  const byParcel = new Map<string, CartLinesTable[]>();
  for (const row of rows) {
    const key = `${row.seller_id}:${row.mode}`;
    byParcel.set(key, [...(byParcel.get(key) ?? []), row]);
  }

  const groups: CartGroup[] = [];
  for (const [key, parcel] of byParcel) {
    const first = parcel[0]!;
    const lines: CartLineView[] = parcel.map((r) => {
      const available = stock.get(r.variant_id)?.[r.mode] ?? 0;
      const state = stateOf(r, published.get(r.variant_id), available);
      return { id: r.id, variantId: r.variant_id, productId: r.product_id, sku: r.sku, titleZh: r.title_zh, titleEn: r.title_en, mode: r.mode, quantity: r.quantity, state, available: state === 'unpublished' ? null : available, price: null };
    });
    const priced = lines.filter((l) => l.state === 'ok' || l.state === 'insufficient_stock');
    let quote: IssuedQuote | null = null;
    let quoteError: CartGroup['quoteError'] = null;
    if (priced.length > 0) {
      try {
        quote = await issueQuote(db, { lines: priced.map((l) => ({ variantId: l.variantId, quantity: l.quantity })), mode: first.mode, province: options.province, yearToDateFen: buyer?.yearToDateFen ?? 0, buyerUserId: options.buyerUserId, now: options.now });
      } catch (error) {
        // An unknown province is the request's fault, not the parcel's.
        if (!(error instanceof AppError) || (error.details?.['fields'] as Array<{ field: string }> | undefined)?.[0]?.field === 'province') throw error;
        quoteError = { code: error.code, message: error.message };
      }
    }
    if (quote) {
      priced.forEach((l, i) => {
        const q = quote.lines[i]!;
        l.price = { unitPriceFen: q.unitPriceFen, goodsFen: q.goodsFen, freightFen: q.freightFen, taxFen: q.tax.totalFen };
      });
    }
    const seller = await findSeller(db, first.seller_id);
    const sellerName = seller?.store_name_zh ?? seller?.trade_name ?? seller?.legal_name ?? first.seller_id;
    const problems = groupProblems(lines, quote, quoteError);
    groups.push({ key, sellerId: first.seller_id, sellerName, mode: first.mode, lines, quote, quoteError, checkout: { allowed: problems.length === 0, problems } });
  }

  const quoted = groups.flatMap((g) => (g.quote ? [g.quote.totals] : []));
  const sum = (pick: (t: IssuedQuote['totals']) => number) => quoted.reduce((s, t) => s + pick(t), 0);
  return {
    province: options.province,
    lineCount: rows.length,
    itemCount: rows.reduce((s, r) => s + r.quantity, 0),
    groups,
    totals: {
      goodsFen: sum((t) => t.goodsFen),
      freightFen: sum((t) => t.freightFen),
      insuranceFen: sum((t) => t.insuranceFen),
      tariffFen: sum((t) => t.tariffFen),
      consumptionTaxFen: sum((t) => t.consumptionTaxFen),
      vatFen: sum((t) => t.vatFen),
      taxFen: sum((t) => t.taxFen),
      totalFen: sum((t) => t.totalFen),
      quotedGroups: quoted.length,
      unquotedGroups: groups.length - quoted.length,
    },
    limits: limitsOf(settings, buyer),
    checkoutAllowed: groups.length > 0 && groups.every((g) => g.checkout.allowed),
  };
}
