// The product lifecycle: draft → published → (suspended by an operator) → archived. Who may move a
// product where is a table, so the rule is read in one place and tested exhaustively.
import type { Db } from '../../db/database.js';
import type { ProductStatus, ProductsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { publish } from '../../events.js';
import { recordAudit } from '../audit/index.js';
import { evaluateEligibility, type CatalogSettings } from './evaluate.js';
import { findProduct, listImages, listVariants, updateProductAtRevision } from './repo.js';
import { notEligible } from './save-product.js';

export type StatusAction = 'publish' | 'unpublish' | 'archive' | 'restore' | 'suspend' | 'reinstate';

export const TRANSITIONS: Record<StatusAction, { by: 'seller' | 'operator'; from: readonly ProductStatus[]; to: ProductStatus; needsReason: boolean }> = {
  publish: { by: 'seller', from: ['draft'], to: 'published', needsReason: false },
  unpublish: { by: 'seller', from: ['published'], to: 'draft', needsReason: false },
  archive: { by: 'seller', from: ['draft', 'published'], to: 'archived', needsReason: false },
  restore: { by: 'seller', from: ['archived'], to: 'draft', needsReason: false },
  suspend: { by: 'operator', from: ['draft', 'published'], to: 'suspended', needsReason: true },
  reinstate: { by: 'operator', from: ['suspended'], to: 'draft', needsReason: true },
};

/** Pure: whether `action` may move a product in `status`. */
export function nextStatus(action: StatusAction, status: ProductStatus): ProductStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

export async function changeProductStatus(
  ctx: Ctx & { db: Db },
  input: { productId: string; sellerId: string | null; action: StatusAction; reason?: string | undefined },
  settings: CatalogSettings,
): Promise<ProductsTable> {
  const product = await findProduct(ctx.db, input.productId);
  // A seller asking about another seller's product learns nothing: 404, as for a missing one.
  if (!product || (input.sellerId !== null && product.seller_id !== input.sellerId)) throw notFound('Product');
  const to = nextStatus(input.action, product.status);
  if (!to) throw conflict('invalid_transition', `A ${product.status} product cannot be ${pastTense[input.action]}`, { status: product.status, action: input.action });
  if (input.action === 'publish') {
    const [variants, images] = await Promise.all([listVariants(ctx.db, [product.id]), listImages(ctx.db, [product.id])]);
    const verdict = await evaluateEligibility(
      ctx.db,
      product.seller_id,
      { titleZh: product.title_zh, descriptionZh: product.description_zh, category: product.category, hsCode: product.hs_code, shippingModes: JSON.parse(product.shipping_modes), label: JSON.parse(product.label) },
      { variants: variants.length, images: images.length },
      ctx.now,
      settings,
    );
    if (!verdict.eligible) throw notEligible(verdict.reasons);
  }
  const now = ctx.now.toISOString();
  const changes = {
    status: to,
    status_reason: TRANSITIONS[input.action].needsReason ? (input.reason ?? null) : null,
    updated_at: now,
    ...(to === 'published' ? { published_at: now } : {}),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateProductAtRevision(trx, product.id, product.revision, changes))) {
      throw conflict('stale_revision', 'The product changed while you acted on it; reload and try again');
    }
    await recordAudit({ ...ctx, db: trx }, {
      action: `product.${pastTense[input.action]}`,
      subjectType: 'product',
      subjectId: product.id,
      data: { from: product.status, to, ...(input.reason ? { reason: input.reason } : {}) },
    });
    await publish(trx, 'product.changed', { productIds: [product.id] }, ctx.now);
  });
  return { ...product, ...changes, revision: product.revision + 1 };
}

const pastTense: Record<StatusAction, string> = {
  publish: 'published',
  unpublish: 'unpublished',
  archive: 'archived',
  restore: 'restored',
  suspend: 'suspended',
  reinstate: 'reinstated',
};
