// The check-in desk, for a phone or a laptop at the door: the answer to the last scan in big letters,
// the connection and the scans waiting to sync, the camera scanner, a field for typed or pasted codes
// (handheld scanners type the code and Enter), and search by name or company for people without their
// code; then this device's recent scans. The same desk for operators (checkin-page.tsx) and for a
// check-in device at the door (../conference-door): only its binding (checkin-api.ts) differs, and a
// door device has the name an operator gave it instead of one typed here.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n/i18n';
import { errorText } from '../../app/ui/error-text';
import { CameraScanner } from './camera-scanner';
import type { CheckinApi } from './checkin-api';
import { CheckinSearch } from './checkin-search';
import type { AttendeeCard } from './conf-types';
import { ScanOutcome, VERDICT_TONE, verdictOf } from './scan-outcome';
import { useCheckinSync } from './use-checkin-sync';
import { inZone } from './zoned-time';

type Props = { binding: CheckinApi; timeZone: string; deviceName?: string | undefined };

export function CheckinDesk({ binding, timeZone, deviceName }: Props) {
  const i18n = useT();
  const { t, locale } = i18n;
  const sync = useCheckinSync(binding);
  const [current, setCurrent] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeProblem, setCodeProblem] = useState(false);
  const [deviceDraft, setDeviceDraft] = useState<string | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  const shown = sync.recent.find((s) => s.scanId === current) ?? null;
  const checkedIn = useMemo(() => new Set(sync.recent.flatMap((s) => (s.result?.registrationId && verdictOf(s.result, true) === 'checked_in' ? [s.result.registrationId] : []))), [sync.recent]);

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    const scanId = sync.scanToken(code);
    setCodeProblem(scanId === null);
    if (scanId) {
      setCurrent(scanId);
      setCode('');
    }
    codeInput.current?.focus();
  };

  const onCamera = (text: string) => {
    const scanId = sync.scanToken(text);
    if (scanId) setCurrent(scanId);
    navigator.vibrate?.(60);
  };

  // A search hit is far down on a phone: bring the answer into view.
  const checkInFound = (card: AttendeeCard) => {
    setCurrent(sync.checkInById(card.registrationId, card.name));
    outcomeBox.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  const saveDevice = (e: FormEvent) => {
    e.preventDefault();
    if (deviceDraft !== null && sync.rename(deviceDraft)) setDeviceDraft(null);
  };

  const waiting = sync.queue.length;
  return (
    <div className="conf-checkin">
      <div className={sync.online ? 'conf-sync' : 'conf-sync is-offline'} data-testid="sync-status">
        <span className="conf-sync-dot" aria-hidden="true" />
        <strong>{sync.online ? t('confOps.checkin.online') : t('confOps.checkin.offline')}</strong>
        <span data-testid="sync-waiting" aria-live="polite">
          {waiting ? t('confOps.checkin.waiting', { count: waiting }) : t('confOps.checkin.allSynced')}
        </span>
        {waiting && sync.online ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={sync.syncNow}>
            {t('confOps.checkin.syncNow')}
          </button>
        ) : null}
        {sync.syncError && waiting ? <span className="small conf-sync-error">{errorText(sync.syncError, i18n)}</span> : null}
      </div>

      <div ref={outcomeBox} className="conf-outcome-box">
        <ScanOutcome scan={shown} online={sync.online} timeZone={timeZone} />
      </div>

      <div className="conf-checkin-grid">
        <section className="card conf-card" aria-labelledby="conf-code-title">
          <h2 id="conf-code-title" className="section-title">
            {t('confOps.code.title')}
          </h2>
          <form className="conf-code-form" onSubmit={submitCode}>
            <div className={codeProblem ? 'field has-error' : 'field'}>
              <label htmlFor="conf-code">{t('confOps.code.label')}</label>
              <input
                id="conf-code"
                ref={codeInput}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                aria-describedby="conf-code-hint"
                aria-invalid={codeProblem || undefined}
              />
              <p id="conf-code-hint" className={codeProblem ? 'field-error' : 'field-hint'}>
                {codeProblem ? t('confOps.code.problem') : t('confOps.code.hint')}
              </p>
            </div>
            <button type="submit" className="btn btn-primary">
              {t('confOps.code.submit')}
            </button>
          </form>
        </section>
        <CameraScanner onCode={onCamera} />
      </div>

      <CheckinSearch search={binding.search} timeZone={timeZone} checkedIn={checkedIn} onCheckIn={checkInFound} />

      <section className="card conf-card" aria-labelledby="conf-recent-title">
        <h2 id="conf-recent-title" className="section-title">
          {t('confOps.recent.title')}
        </h2>
        {sync.recent.length === 0 ? <p className="muted small">{t('confOps.recent.empty')}</p> : null}
        <ol className="conf-recent" data-testid="recent-scans">
          {sync.recent.map((s) => {
            const verdict = verdictOf(s.result, sync.online);
            return (
              <li key={s.scanId} className={`conf-recent-item tone-${VERDICT_TONE[verdict]}`}>
                <button type="button" className="link-button" onClick={() => setCurrent(s.scanId)}>
                  {s.result?.attendee?.name ?? s.label}
                </button>
                <span className="small">{t(`confOps.checkin.verdict.${verdict}`)}</span>
                <span className="muted small">{inZone(s.at, timeZone, locale, 'time')}</span>
              </li>
            );
          })}
        </ol>
        {deviceName !== undefined ? (
          <p className="conf-device small" data-testid="door-device-name">
            {t('confOps.device.is', { device: deviceName })}
          </p>
        ) : (
          <form className="conf-device" onSubmit={saveDevice}>
            {deviceDraft === null ? (
              <span className="small">
                {t('confOps.device.is', { device: sync.device })}{' '}
                <button type="button" className="link-button small" onClick={() => setDeviceDraft(sync.device)}>
                  {t('confOps.device.rename')}
                </button>
              </span>
            ) : (
              <>
                <input aria-label={t('confOps.device.label')} maxLength={64} value={deviceDraft} onChange={(e) => setDeviceDraft(e.target.value)} />
                <button type="submit" className="btn btn-secondary btn-sm">
                  {t('confOps.save')}
                </button>
              </>
            )}
          </form>
        )}
      </section>
    </div>
  );
}
