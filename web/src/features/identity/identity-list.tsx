// The shopper's identities, masked as the server sends them, each removable after a confirmation
// (removing withdraws the consent).
import { useState } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ShieldIcon } from '../../app/ui/icons';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { EmptyState } from '../../app/ui/states';
import type { Identity } from './identity-types';

export function IdentityList({ items, onRemoved }: { items: Identity[]; onRemoved: (identity: Identity) => void }) {
  const { t } = useT();
  const [removing, setRemoving] = useState<Identity | null>(null);

  if (items.length === 0) {
    return (
      <EmptyState title={t('identity.emptyTitle')} icon={<ShieldIcon size={28} />}>
        <p>{t('identity.emptyBody')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="identity-list">
        {items.map((identity) => (
          <li key={identity.id} className="identity-item" data-testid="identity-item">
            <div className="identity-main">
              <p className="identity-name">{identity.realName}</p>
              <dl className="identity-facts">
                <div>
                  <dt>{t('identity.idLabel')}</dt>
                  <dd className="mono">{identity.idNumberMasked}</dd>
                </div>
                <div>
                  <dt>{t('identity.mobileLabel')}</dt>
                  <dd className="mono">{identity.mobileMasked}</dd>
                </div>
              </dl>
              <p className="identity-consent muted">
                {t('identity.consentedAt', { date: new Date(identity.consent.consentedAt), version: identity.consent.noticeVersion })}
              </p>
            </div>
            <button type="button" className="btn btn-ghost btn-sm" aria-label={t('identity.removeLabel', { name: identity.realName })} onClick={() => setRemoving(identity)}>
              {t('identity.remove')}
            </button>
          </li>
        ))}
      </ul>
      {removing ? (
        <ReasonDialog
          title={t('identity.removeTitle', { name: removing.realName })}
          body={t('identity.removeBody')}
          reason="none"
          danger
          confirmLabel={t('identity.remove')}
          onConfirm={async () => {
            await api.delete(`/me/identities/${removing.id}`);
            onRemoved(removing);
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </>
  );
}
