// Ops › Mail: the messages the platform sent (order confirmations, payment and shipping news,
// invitations), read from the local mail folder when MAIL_TRANSPORT=file, newest first.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { EmptyState, Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';

type StoredMail = { id: string; from: string; to: string; subject: string; text: string; sentAt: string };

export function MailPage() {
  const { t, locale } = useT();
  useDocumentTitle(t('ops.mail.title'));
  const mail = useApiQuery<{ transport: string; items: StoredMail[] }>('/ops/mail', { limit: '100' });
  const [open, setOpen] = useState<string | null>(null);
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('ops.mail.title')}</h1>
        <button type="button" className="btn" onClick={mail.reload}>
          {t('ops.mail.refresh')}
        </button>
      </div>
      {mail.loading && !mail.data ? <Loading /> : null}
      {mail.data && mail.data.transport !== 'file' ? <p className="muted">{t('ops.mail.notFile', { transport: mail.data.transport })}</p> : null}
      {mail.data && mail.data.transport === 'file' && mail.data.items.length === 0 ? <EmptyState title={t('ops.mail.empty')} /> : null}
      <ul className="mail-list">
        {mail.data?.items.map((m) => (
          <li key={m.id} className="mail-item">
            <button type="button" className="mail-head" aria-expanded={open === m.id} onClick={() => setOpen(open === m.id ? null : m.id)}>
              <span className="mail-subject">{m.subject}</span>
              <span className="muted">
                {m.to} · {when(m.sentAt)}
              </span>
            </button>
            {open === m.id ? <pre className="mail-text">{m.text}</pre> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
