// One kind of document on the application: what is attached (download, remove) and a picker to add
// one. Uploading attaches at once; nothing waits for the step to be saved.
import { useId, useRef, useState } from 'react';
import { apiUrl } from '../../app/api-client';
import { formatBytes } from '../../app/i18n/formats';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { ErrorNotice } from '../../app/ui/notice';
import type { AttachmentKind } from './application-types';
import type { ApplicationApi } from './use-application';

export const DOCUMENT_TYPES = 'application/pdf,image/jpeg,image/png';

export function AttachmentSlot({ kind, required, state }: { kind: AttachmentKind; required: boolean; state: ApplicationApi }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attached = (state.application?.attachments ?? []).filter((a) => a.kind === kind);

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  const upload = (file: File | undefined) => file && void run(() => state.attach(kind, file));
  const missing = required && attached.length === 0;
  return (
    <div className={missing ? 'attachment-slot is-missing' : 'attachment-slot'} data-kind={kind}>
      <div className="attachment-head">
        <label htmlFor={`${id}-file`} className="attachment-label">
          {t(`apply.doc.${kind}`)} {required ? <span className="badge badge-warning">{t('apply.required')}</span> : <span className="muted">{t('apply.optional')}</span>}
        </label>
        <p className="field-hint">{t(`apply.docHint.${kind}`)}</p>
      </div>
      {attached.length ? (
        <ul className="attachment-list">
          {attached.map((a) => (
            <li key={a.id}>
              <a href={a.downloadUrl || apiUrl(`/media/documents/${a.mediaId}`)} download>
                {a.originalName}
              </a>
              <span className="muted">{formatBytes(a.sizeBytes, locale)}</span>
              <button type="button" className="btn btn-ghost btn-sm" disabled={busy} onClick={() => void run(() => state.detach(a.id))} aria-label={t('apply.removeDoc', { name: a.originalName })}>
                {t('apply.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="attachment-picker">
        <input ref={input} id={`${id}-file`} type="file" accept={DOCUMENT_TYPES} disabled={busy} onChange={(e) => upload(e.target.files?.[0])} />
        {busy ? <span className="muted">{t('apply.uploading')}</span> : null}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {fieldErrorText(error, 'file', i18n) ? <p className="field-error">{fieldErrorText(error, 'file', i18n)}</p> : null}
    </div>
  );
}
