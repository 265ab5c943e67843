// 风险告知书: the notice in force and the shopper's confirmation of it. Checkout embeds this card; it
// reads the notice itself unless the page already has it.
import { useState } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useApiQuery } from '../../app/use-api';
import { CheckIcon } from '../../app/ui/icons';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import type { Notice, Notices, RiskNoticeStatus } from './identity-types';
import { NoticeText } from './notice-text';
import './shopper-pages.css';
import './identity.css';

type Props = { notice?: Notice | undefined; onConfirmed?: ((status: RiskNoticeStatus) => void) | undefined };

export function RiskNoticeCard({ notice: given, onConfirmed }: Props) {
  const { t } = useT();
  const notices = useApiQuery<Notices>(given ? null : '/identity/notices');
  const status = useApiQuery<RiskNoticeStatus>('/me/risk-notice');
  const [confirmed, setConfirmed] = useState<RiskNoticeStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const notice = given ?? notices.data?.riskNotice;

  const current = confirmed ?? status.data;
  const confirmedAt = notice && current && current.version === notice.version ? current.confirmedAt : null;

  async function confirm() {
    if (!notice) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post<RiskNoticeStatus>('/me/risk-notice', { version: notice.version });
      setConfirmed(answer);
      onConfirmed?.(answer);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card risk-notice-card" aria-labelledby="risk-notice-title" data-testid="risk-notice">
      <h2 id="risk-notice-title" className="section-title">
        {notice?.titleZh ?? '…'}
      </h2>
      {!notice && notices.error ? <ErrorNotice error={notices.error} onRetry={notices.reload} /> : null}
      {!notice && !notices.error ? <Loading /> : null}
      {notice ? (
        <>
          {confirmedAt ? null : <p className="muted">{t('risk.lead')}</p>}
          <NoticeText notice={notice} />
          <ErrorNotice error={error ?? status.error} />
          {confirmedAt ? (
            <p className="risk-confirmed" role="status">
              <CheckIcon size={18} />
              <span>{t('risk.confirmed', { date: new Date(confirmedAt) })}</span>
            </p>
          ) : (
            <button type="button" className="btn btn-primary btn-block-phone" onClick={() => void confirm()} disabled={busy || status.loading}>
              {busy ? t('risk.confirming') : t('risk.confirm')}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}
