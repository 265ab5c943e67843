// Alerts for errors (announced at once) and confirmations (announced politely).
import { useT } from '../i18n/i18n';
import { errorText } from './error-text';

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: (() => void) | undefined }) {
  const i18n = useT();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert" aria-live="assertive">
      <span>{errorText(error, i18n)}</span>
      {onRetry ? (
        <button type="button" className="btn btn-secondary btn-sm" onClick={onRetry}>
          {i18n.t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function SuccessNotice({ message }: { message: string | null }) {
  return (
    <div className="alert-region" aria-live="polite">
      {message ? <div className="alert alert-success">{message}</div> : null}
    </div>
  );
}
