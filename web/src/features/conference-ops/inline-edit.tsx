// A value in a table cell with an Edit button that turns it into a small form (Save / Cancel); the
// server's refusal (e.g. a quota below the seats held) stays under the field until the next try.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { errorText } from '../../app/ui/error-text';

type Props = {
  value: string;
  /** The accessible name of the field and of the Edit button (e.g. "Quota of General admission"). */
  label: string;
  type?: 'number' | 'text';
  min?: number;
  max?: number;
  maxLength?: number;
  children?: ReactNode;
  onSave: (value: string) => Promise<void>;
};

export function InlineEdit({ value, label, type = 'text', min, max, maxLength, children, onSave }: Props) {
  const i18n = useT();
  const { t } = i18n;
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (draft === null) return;
    setBusy(true);
    setError(null);
    try {
      await onSave(draft.trim());
      setDraft(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (draft === null) {
    return (
      <span className="conf-inline">
        <span>{children ?? value}</span>
        <button type="button" className="link-button small" aria-label={t('confOps.editLabel', { what: label })} onClick={() => setDraft(value)}>
          {t('confOps.edit')}
        </button>
      </span>
    );
  }
  return (
    <form className="conf-inline-form" onSubmit={submit}>
      <input
        aria-label={label}
        type={type}
        min={min}
        max={max}
        maxLength={maxLength}
        required
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        autoFocus
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
        {busy ? t('common.saving') : t('confOps.save')}
      </button>
      <button type="button" className="btn btn-ghost btn-sm" disabled={busy} onClick={() => {
          setDraft(null);
          setError(null);
        }}>
        {t('common.cancel')}
      </button>
      {error ? (
        <span className="field-error conf-inline-error" role="alert">
          {errorText(error, i18n)}
        </span>
      ) : null}
    </form>
  );
}
