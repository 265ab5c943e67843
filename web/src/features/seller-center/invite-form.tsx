// The owner invites a colleague by e-mail; the link to accept is shown once, with a Copy button, for
// when the e-mail does not arrive.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import type { Invitation } from './store-types';

export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const i18n = useT();
  const { t } = i18n;
  const id = useId();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ email: string; url: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function invite(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      const answer = await api.post<{ invitation: Invitation; acceptUrl: string }>('/seller/invitations', { email: email.trim() });
      setSent({ email: answer.invitation.email, url: new URL(answer.acceptUrl, window.location.origin).href });
      setEmail('');
      onInvited();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!sent) return;
    try {
      await navigator.clipboard.writeText(sent.url);
      setCopied(true);
    } catch {
      // Clipboard blocked (an insecure origin, a denied permission): select the text for a manual copy.
      (document.getElementById(`${id}-link`) as HTMLInputElement | null)?.select();
    }
  }

  return (
    <section className="card form-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('team.inviteTitle')}
      </h2>
      <p className="muted">{t('team.inviteLead')}</p>
      <form className="invite-form" onSubmit={invite}>
        <Field label={t('team.inviteEmail')} type="email" name="email" required autoComplete="off" maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} error={fieldErrorText(error, 'email', i18n)} />
        <button type="submit" className="btn btn-primary" disabled={busy || !email.trim()}>
          {busy ? t('team.inviting') : t('team.invite')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {sent ? (
        <div className="invite-link" role="status">
          <p>{t('team.invited', { email: sent.email })}</p>
          <div className="copy-row">
            <input id={`${id}-link`} className="mono" readOnly value={sent.url} aria-label={t('team.acceptLink')} onFocus={(e) => e.target.select()} />
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => void copy()}>
              {copied ? t('team.copied') : t('team.copyLink')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
