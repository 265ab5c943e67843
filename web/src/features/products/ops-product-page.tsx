// Ops › Products › one product, read-only, with Suspend or Reinstate (a reason the seller reads).
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { ProductDetail } from './product-detail';
import { ProductStatusBadge } from './product-status-badge';
import type { Product } from './product-types';
import './product-fields.css';
import './products.css';

export function OpsProductPage() {
  const { t } = useT();
  const { productId = '' } = useParams();
  const query = useApiQuery<Product>(`/ops/products/${encodeURIComponent(productId)}`);
  const [current, setCurrent] = useState<Product | null>(null);
  const [action, setAction] = useState<'suspend' | 'reinstate' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const p = current ?? query.data;
  useDocumentTitle(p?.titleEn ?? t('opsProducts.title'));

  if (query.loading && !p) return <Loading />;
  if (!p) return <ErrorNotice error={query.error} onRetry={query.reload} />;

  return (
    <div className="ops-page">
      <nav aria-label={t('common.breadcrumbs')} className="breadcrumbs">
        <Link to="/ops/products">{t('opsProducts.title')}</Link>
      </nav>
      <div className="page-head review-head">
        <div>
          <h1 className="page-title">
            {p.titleEn} <ProductStatusBadge status={p.status} />
          </h1>
          <p className="muted">
            <Link to={`/ops/products?sellerId=${p.sellerId}`} className="mono">
              {p.sellerId}
            </Link>{' '}
            · <span className="mono">{p.id}</span> · {t('products.updatedAt', { date: new Date(p.updatedAt) })}
          </p>
        </div>
        <div className="review-actions">
          {p.status === 'draft' || p.status === 'published' ? (
            <button type="button" className="btn btn-danger" onClick={() => setAction('suspend')}>
              {t('opsProducts.suspend')}
            </button>
          ) : null}
          {p.status === 'suspended' ? (
            <button type="button" className="btn btn-primary" onClick={() => setAction('reinstate')}>
              {t('opsProducts.reinstate')}
            </button>
          ) : null}
        </div>
      </div>
      <SuccessNotice message={done} />
      {p.statusReason ? (
        <blockquote className="decision-reason">
          <strong>{t('apply.banner.reason')}</strong> {p.statusReason}
        </blockquote>
      ) : null}
      <ProductDetail product={p} />
      {action ? (
        <ReasonDialog
          title={t(`opsProducts.${action}Title`, { title: p.titleEn })}
          body={t(`opsProducts.${action}Body`)}
          reason="required"
          confirmLabel={t(`opsProducts.${action}`)}
          danger={action === 'suspend'}
          onConfirm={async (reason) => {
            const answer = await api.post<Product>(`/ops/products/${encodeURIComponent(p.id)}/${action}`, { reason });
            setCurrent(answer);
            setDone(t(`opsProducts.${action}Done`));
          }}
          onClose={() => setAction(null)}
        />
      ) : null}
    </div>
  );
}
