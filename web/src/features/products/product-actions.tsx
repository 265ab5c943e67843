// The editor's action box: the product's state, Save, and the moves its state allows (Publish,
// Unpublish, Archive, Restore). Suspended products wait for an operator; archived ones are read-only.
import { useT } from '../../app/i18n/i18n';
import { ProductStatusBadge } from './product-status-badge';
import type { Product, ProductStatus } from './product-types';

export type StatusAction = 'publish' | 'unpublish' | 'archive' | 'restore';
const ACTIONS: Record<ProductStatus, StatusAction[]> = { draft: ['publish', 'archive'], published: ['unpublish', 'archive'], suspended: [], archived: ['restore'] };

// Publish stays enabled even when the panel shows problems: the server decides, and its refusal lists the reasons.
type Props = { product: Product | null; dirty: boolean; busy: string | null; onAction: (action: StatusAction) => void };

export function ProductActions({ product, dirty, busy, onAction }: Props) {
  const { t } = useT();
  const status: ProductStatus = product?.status ?? 'draft';
  const actions = product ? ACTIONS[status] : [];
  return (
    <section className="card action-box" aria-label={t('products.actions')}>
      <div className="action-box-state">
        <ProductStatusBadge status={status} />
        <span className="muted small" aria-live="polite">
          {dirty ? t('common.unsaved') : product ? t('products.savedAt', { date: new Date(product.updatedAt) }) : t('products.notSaved')}
        </span>
      </div>
      {status !== 'archived' ? (
        <button type="submit" form="product-form" className="btn btn-primary btn-block" disabled={busy !== null || (!dirty && product !== null)}>
          {busy === 'save' ? t('common.saving') : product ? t('products.save') : t('products.create')}
        </button>
      ) : null}
      <div className="action-box-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'publish' ? 'btn btn-secondary btn-publish' : 'btn btn-secondary'}
            disabled={busy !== null}
            onClick={() => onAction(action)}
          >
            {busy === action ? t('ops.dialog.working') : t(`products.action.${action}`)}
          </button>
        ))}
      </div>
      {status === 'draft' && dirty && product ? <p className="muted small">{t('products.publishSaves')}</p> : null}
    </section>
  );
}
