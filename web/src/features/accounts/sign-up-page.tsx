// Sign-up: shoppers on the storefront, sellers at /seller/sign-up. The account's language is the one
// the page is shown in, so e-mails later come in the language the person chose.
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { AREAS, safeNext } from '../../app/areas';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { AuthCard } from './auth-card';

export function SignUpPage({ area }: { area: 'storefront' | 'seller' }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState(() => ({ name: '', email: params.get('email') ?? '', password: '' }));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const paths = AREAS[area];
  const next = area === 'seller' ? safeNext(params.get('next'), 'seller') : safeNext(params.get('next'), 'storefront');
  useDocumentTitle(t(`auth.signUpTitle.${area}`));

  if (session.user && !busy && (!paths.role || session.user.role === paths.role)) return <Navigate to={next} replace />;

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signUp({
        name: form.name.trim(),
        email: form.email.trim(),
        password: form.password,
        accountType: area === 'seller' ? 'seller' : 'shopper',
        locale,
      });
      void navigate(next, { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard
      title={t(`auth.signUpTitle.${area}`)}
      lead={t(`auth.signUpLead.${area}`)}
      footer={
        <>
          {t('auth.haveAccount')} <Link to={paths.signIn + (params.get('next') ? `?${params.toString()}` : '')}>{t('auth.goSignIn')}</Link>
          {area === 'seller' ? (
            <span className="auth-footer-extra">
              <Link to="/calculator">{t('auth.tryCalculator')}</Link>
            </span>
          ) : null}
        </>
      }
    >
      <form className="form-stack" onSubmit={submit}>
        <ErrorNotice error={error} />
        <Field
          label={t(`auth.name.${area}`)}
          name="name"
          autoComplete={area === 'seller' ? 'name' : 'nickname'}
          required
          maxLength={120}
          value={form.name}
          onChange={set('name')}
          error={fieldErrorText(error, 'name', i18n)}
        />
        <Field
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          required
          value={form.email}
          onChange={set('email')}
          error={fieldErrorText(error, 'email', i18n)}
        />
        <Field
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint={t('auth.passwordHint')}
          value={form.password}
          onChange={set('password')}
          error={fieldErrorText(error, 'password', i18n)}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('auth.creatingAccount') : t('auth.createAccount')}
        </button>
      </form>
    </AuthCard>
  );
}
