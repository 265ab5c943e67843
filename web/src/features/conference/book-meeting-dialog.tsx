// Booking one 20-minute slot with an expert: when and where, and what the attendee wants to discuss
// (required, up to 500 characters); the server refuses a slot someone just took, an overlap with
// another meeting or a session seat, or one meeting too many, and the dialog says why.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { useModalForm } from '../../app/ui/use-modal-form';
import { ActionError } from './conference-errors';
import type { OpenSlot } from './conference-types';
import { dateTime } from './event-time';

type Props = { expertName: string; slot: OpenSlot; timeZone: string; onBook(topic: string): Promise<void>; onClose(): void };

export function BookMeetingDialog({ expertName, slot, timeZone, onBook, onClose }: Props) {
  const i18n = useT();
  const { t, locale } = i18n;
  const { ref, id, error, busy, submitWith, onCancel } = useModalForm(onClose);
  const [topic, setTopic] = useState('');
  const submit = submitWith(() => onBook(topic.trim()));
  const topicError = fieldErrorText(error, 'topic', i18n);

  return (
    <dialog ref={ref} className="modal" aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <form className="modal-body" onSubmit={submit}>
        <h2 id={`${id}-title`} className="modal-title">
          {t('conf.book.title', { name: expertName })}
        </h2>
        <p>
          <strong>{dateTime(slot.startsAt, timeZone, locale)}</strong>
          <br />
          <span className="muted">{t('conf.book.where', { location: slot.location })}</span>
        </p>
        {error && !topicError ? <ActionError error={error} /> : null}
        <div className={topicError ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-topic`}>{t('conf.book.topic')}</label>
          <textarea
            id={`${id}-topic`}
            name="topic"
            required
            maxLength={500}
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
            aria-describedby={`${id}-hint${topicError ? ` ${id}-error` : ''}`}
            aria-invalid={topicError ? true : undefined}
            autoFocus
          />
          <p className="field-hint" id={`${id}-hint`}>
            {t('conf.book.topicHint')}
          </p>
          {topicError ? (
            <p className="field-error" id={`${id}-error`}>
              {topicError}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || topic.trim().length === 0}>
            {busy ? t('conf.book.booking') : t('conf.book.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
