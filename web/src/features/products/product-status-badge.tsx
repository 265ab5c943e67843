import { useT } from '../../app/i18n/i18n';
import type { ProductStatus } from './product-types';

const TONE: Record<ProductStatus, string> = { draft: 'badge', published: 'badge badge-success', suspended: 'badge badge-danger', archived: 'badge badge-warning' };

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useT();
  return (
    <span className={TONE[status]} data-status={status}>
      {t(`products.status.${status}`)}
    </span>
  );
}
