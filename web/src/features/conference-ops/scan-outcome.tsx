// The big answer to the last scan, readable at arm's length: CHECKED IN (green), ALREADY CHECKED IN at
// a time by a device (amber, flagged), INVALID / NOT CONFIRMED / WRONG EVENT (red), or, before the
// server has answered, "checking" or "saved on this device"; then who it is and what they registered for.
import type { Locale } from '../../app/api-types';
import { useT, type MessageKey } from '../../app/i18n/i18n';
import { isRegistrationStatus } from '../conference/conference-types';
import { isAttendeeType, type AttendeeCard, type ScanResult } from './conf-types';
import type { ScanState } from './use-checkin-sync';
import { inZone } from './zoned-time';

export type Verdict = 'checked_in' | 'duplicate' | 'invalid' | 'not_confirmed' | 'wrong_event' | 'pending' | 'offline';

export function verdictOf(result: ScanResult | null, online: boolean): Verdict {
  if (!result) return online ? 'pending' : 'offline';
  if (result.result === 'replayed') return result.stored === 'duplicate' ? 'duplicate' : 'checked_in';
  return result.result;
}

export const VERDICT_TONE: Record<Verdict, 'ok' | 'flag' | 'bad' | 'wait'> = {
  checked_in: 'ok',
  duplicate: 'flag',
  invalid: 'bad',
  not_confirmed: 'bad',
  wrong_event: 'bad',
  pending: 'wait',
  offline: 'wait',
};

const REASONS = new Set(['malformed', 'bad_signature', 'unknown_ticket', 'superseded']);

export function ScanOutcome({ scan, online, timeZone }: { scan: ScanState | null; online: boolean; timeZone: string }) {
  const { t, locale } = useT();
  if (!scan) {
    return (
      <section className="conf-outcome conf-outcome-idle" aria-live="polite" data-testid="scan-outcome" data-verdict="idle">
        <p className="conf-outcome-word">{t('confOps.checkin.ready')}</p>
        <p>{t('confOps.checkin.readyHint')}</p>
      </section>
    );
  }
  const verdict = verdictOf(scan.result, online);
  const result = scan.result;
  const first = result?.firstCheckIn;
  const reason = result?.reason && REASONS.has(result.reason) ? t(`confOps.checkin.reason.${result.reason}` as MessageKey) : null;
  return (
    <section className={`conf-outcome conf-outcome-${VERDICT_TONE[verdict]}`} aria-live="assertive" role="status" data-testid="scan-outcome" data-verdict={verdict}>
      <p className="conf-outcome-word">{t(`confOps.checkin.verdict.${verdict}`)}</p>
      {verdict === 'duplicate' && first ? (
        <p className="conf-outcome-detail" data-testid="first-checkin">
          {t('confOps.checkin.firstAt', { time: inZone(first.at, timeZone, locale), device: first.deviceName ?? first.deviceId ?? t('confOps.checkin.unknownDevice') })}
        </p>
      ) : null}
      {verdict === 'invalid' && reason ? <p className="conf-outcome-detail">{reason}</p> : null}
      {verdict === 'not_confirmed' && result?.attendee ? <p className="conf-outcome-detail">{t('confOps.checkin.notConfirmedDetail', { status: isRegistrationStatus(result.attendee.status) ? t(`confOps.status.${result.attendee.status}`) : result.attendee.status })}</p> : null}
      {verdict === 'offline' ? <p className="conf-outcome-detail">{t('confOps.checkin.offlineDetail')}</p> : null}
      {result?.attendee ? <AttendeeDetails card={result.attendee} timeZone={timeZone} locale={locale} /> : null}
    </section>
  );
}

export function AttendeeDetails({ card, timeZone, locale, showEmail = false }: { card: AttendeeCard; timeZone: string; locale: Locale; showEmail?: boolean }) {
  const { t } = useT();
  return (
    <div className="conf-attendee" data-testid="attendee-card">
      <p className="conf-attendee-name">{card.name}</p>
      <p className="conf-attendee-line">
        {[card.company, card.state].filter(Boolean).join(' · ')}
      </p>
      {showEmail ? <p className="conf-attendee-line muted small">{card.email}</p> : null}
      <p className="conf-attendee-line">
        <strong>{card.ticketType}</strong> · {isAttendeeType(card.attendeeType) ? t(`confOps.attendeeType.${card.attendeeType}`) : card.attendeeType}
      </p>
      {card.sessions.length || card.meetings.length ? (
        <ul className="conf-attendee-plan">
          {card.sessions.map((s) => (
            <li key={s.id}>
              {t('confOps.checkin.sessionLine', { time: inZone(s.startsAt, timeZone, locale), title: s.title, room: s.room })}
              {s.status === 'waitlisted' ? <span className="muted small"> {t('confOps.checkin.sessionWaitlisted')}</span> : null}
            </li>
          ))}
          {card.meetings.map((m) => (
            <li key={m.id}>{t('confOps.checkin.meetingLine', { time: inZone(m.startsAt, timeZone, locale), expert: m.expert, location: m.location })}</li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('confOps.checkin.nothingBooked')}</p>
      )}
    </div>
  );
}
