// Sign-in for every area. After success the user goes back where the guard found them (?next=).
import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { AREAS, safeNext } from '../../app/areas';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { AuthCard } from './auth-card';

export function SignInPage() {
  const i18n = useT();
  const { area, t } = i18n;
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // An invitation link names the invited e-mail (?email=), so it is filled in.
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const paths = AREAS[area];
  const next = safeNext(params.get('next'), area);
  useDocumentTitle(t(`auth.title.${area}`));

  if (session.user && !busy && (!paths.role || session.user.role === paths.role)) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn(email.trim(), password);
      void navigate(next, { replace: true });
    } catch (failure) {
      setError(failure);
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const signUpLink = paths.signUp ? (
    <>
      {t('auth.noAccount')} <Link to={paths.signUp + (params.get('next') ? `?${params.toString()}` : '')}>{t('auth.goSignUp')}</Link>
      {area === 'seller' ? (
        <span className="auth-footer-extra">
          <Link to="/calculator">{t('auth.tryCalculator')}</Link>
        </span>
      ) : null}
    </>
  ) : undefined;

  return (
    <AuthCard title={t(`auth.title.${area}`)} lead={t(`auth.lead.${area}`)} footer={signUpLink}>
      <form className="form-stack" onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
        <div id="sign-in-error">
          <ErrorNotice error={error} />
        </div>
        <Field
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldErrorText(error, 'email', i18n)}
        />
        <Field
          ref={passwordRef}
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrorText(error, 'password', i18n)}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('auth.signingIn') : t('common.signIn')}
        </button>
      </form>
    </AuthCard>
  );
}
