// The shared empty, loading, no-access and not-found states.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';
import { useDocumentTitle } from './document-title';

export function Loading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function EmptyState({ title, children, icon, action }: { title: string; children?: ReactNode; icon?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      {icon ? (
        <div className="empty-state-icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <h2 className="empty-state-title">{title}</h2>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {action ? <div className="empty-state-action">{action}</div> : null}
    </div>
  );
}

export function NoAccess() {
  const { t } = useT();
  return (
    <EmptyState title={t('common.noAccessTitle')}>
      <p>{t('common.noAccessBody')}</p>
    </EmptyState>
  );
}

export function NotFound({ home }: { home: string }) {
  const { t } = useT();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <EmptyState
      title={t('common.notFoundTitle')}
      action={
        <Link className="btn btn-primary" to={home}>
          {t('common.backHome')}
        </Link>
      }
    >
      <p>{t('common.notFoundBody')}</p>
    </EmptyState>
  );
}
