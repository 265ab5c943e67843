// Printing badges: confirmed registrations as PDFs (GET …/badges.pdf), all or by ticket type and
// attendee type, on a US-letter sheet of six 4" × 3" badges or one badge per page. A big event is
// printed in parts of PART_SIZE badges: each download names where the next part begins (the server's
// x-next-after header), so the card offers "next part" until none is left.
import { useState } from 'react';
import { ApiError, apiUrl } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { ATTENDEE_TYPES } from './conf-types';
import { useConfEvent } from './event-shell';

export const PART_SIZE = 1000;
type Progress = { part: number; printed: number; after: string | null };

async function fetchPdf(url: string): Promise<{ blob: Blob; count: number; next: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach Gateway. Check your connection and try again.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(response.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `The server answered ${response.status}`);
  }
  return { blob: await response.blob(), count: Number(response.headers.get('x-badge-count') ?? 0), next: response.headers.get('x-next-after') };
}

export function BadgesCard() {
  const { t } = useT();
  const { event } = useConfEvent();
  const [filters, setFilters] = useState({ ticketType: '', attendeeType: '', layout: 'sheet' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => {
    setFilters((f) => ({ ...f, [key]: e.target.value }));
    setProgress(null);
  };

  async function download(from: Progress | null) {
    setBusy(true);
    setError(null);
    try {
      const part = (from?.part ?? 0) + 1;
      const { blob, count, next } = await fetchPdf(apiUrl(`/ops/conference/events/${event.id}/badges.pdf`, { ...filters, limit: PART_SIZE, after: from?.after }));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `badges-${event.slug}-${part}.pdf`;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      setProgress({ part, printed: (from?.printed ?? 0) + count, after: next });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const more = progress?.after ? progress : null;
  return (
    <section className="card conf-card" id="badges" aria-labelledby="conf-badges-title">
      <h2 id="conf-badges-title" className="section-title">
        {t('confOps.badges.title')}
      </h2>
      <p className="muted small">{t('confOps.badges.lead', { size: PART_SIZE })}</p>
      <div className="conf-row-form">
        <SelectField label={t('confOps.reg.ticketType')} value={filters.ticketType} onChange={set('ticketType')}>
          <option value="">{t('confOps.badges.all')}</option>
          {event.ticketTypes.map((tt) => (
            <option key={tt.code} value={tt.code}>
              {tt.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('confOps.badges.attendeeType')} value={filters.attendeeType} onChange={set('attendeeType')}>
          <option value="">{t('confOps.badges.all')}</option>
          {ATTENDEE_TYPES.map((a) => (
            <option key={a} value={a}>
              {t(`confOps.attendeeType.${a}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('confOps.badges.layout')} value={filters.layout} onChange={set('layout')}>
          <option value="sheet">{t('confOps.badges.sheet')}</option>
          <option value="single">{t('confOps.badges.single')}</option>
        </SelectField>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void download(more)} data-testid="badges-pdf">
          {busy ? t('confOps.working') : more ? t('confOps.badges.next', { part: more.part + 1 }) : t('confOps.badges.print')}
        </button>
      </div>
      <SuccessNotice message={progress ? t(progress.after ? 'confOps.badges.partDone' : 'confOps.badges.allDone', { part: progress.part, printed: progress.printed }) : null} />
      <ErrorNotice error={error} />
    </section>
  );
}
