// Password change: the server checks the current password and signs out the user's other sessions.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';

const empty = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordForm() {
  const i18n = useT();
  const { t } = i18n;
  const { user } = useSession();
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const mismatch = form.confirm !== '' && form.confirm !== form.newPassword;

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setDone(false);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(null);
    try {
      await api.post<void>('/auth/password', { currentPassword: form.currentPassword, newPassword: form.newPassword });
      setForm(empty);
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: 'currentPassword' | 'newPassword') => fieldErrorText(error, field, i18n);

  return (
    <form className="form-stack" onSubmit={submit} aria-labelledby="change-password-title">
      <div>
        <h2 id="change-password-title" className="section-title">
          {t('account.changePassword')}
        </h2>
        <p className="muted">{t('account.changePasswordLead')}</p>
      </div>
      <ErrorNotice error={error} />
      <SuccessNotice message={done ? t('account.passwordChanged') : null} />
      {/* A hidden username field lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={user?.email ?? ''} readOnly hidden />
      <Field
        label={t('account.currentPassword')}
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        required
        value={form.currentPassword}
        onChange={set('currentPassword')}
        error={fieldError('currentPassword')}
      />
      <Field
        label={t('account.newPassword')}
        type="password"
        name="newPassword"
        autoComplete="new-password"
        required
        minLength={10}
        hint={t('auth.passwordHint')}
        value={form.newPassword}
        onChange={set('newPassword')}
        error={fieldError('newPassword')}
      />
      <Field
        label={t('account.confirmPassword')}
        type="password"
        name="confirmPassword"
        autoComplete="new-password"
        required
        value={form.confirm}
        onChange={set('confirm')}
        error={mismatch ? t('account.passwordsDiffer') : undefined}
      />
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy || mismatch}>
          {busy ? t('account.saving') : t('account.savePassword')}
        </button>
      </div>
    </form>
  );
}
