// The door page (/conference/door) for a check-in device: volunteers check people in without an
// account. The device's key comes once in the link an operator made (#key=…): it is kept on this device
// and dropped from the address bar, sent as the x-checkin-key header, and the page shows the same
// check-in desk as the operators' (camera, typed code, search, offline queue) bound to the door routes.
// The summary is read again every minute and when the window regains focus, so a revoked device learns
// it even while idle; any 401 (revoked, unknown key) replaces the desk with "no longer valid".
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { ConferenceFrame } from '../conference/conference-frame';
import { CHECKIN_KEY_HEADER, doorCheckinApi } from '../conference-ops/checkin-api';
import { CheckinDesk } from '../conference-ops/checkin-desk';
import { dayLabel } from '../conference-ops/zoned-time';
import { forgetDoorKey, keepSummary, resolveDoorKey, type DoorSummary } from './door-key';
import { keepDoorPageOffline } from './offline-shell';
import '../conference-ops/conference-ops.css';

const RECHECK_MS = 60_000;

function Notice({ title, body, testId }: { title: string; body: string; testId: string }) {
  return (
    <section className="card conf-card conf-door-notice" role="alert" data-testid={testId}>
      <h1 className="page-title">{title}</h1>
      <p>{body}</p>
    </section>
  );
}

export function DoorPage() {
  const { t, locale } = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const [door] = useState(() => resolveDoorKey(location.hash));
  const key = door.key;
  const [summary, setSummary] = useState<DoorSummary | null>(door.summary);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(summary ? t('confOps.door.title', { name: summary.event.name }) : t('confOps.door.heading'));

  // The page itself must open again offline (a reload at the door): a service worker keeps it.
  useEffect(() => void keepDoorPageOffline(), []);

  // The key is kept on this device: take it out of the address bar (and so out of history and shared links).
  useEffect(() => {
    if (door.fromFragment && door.kept && location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [door, location, navigate]);

  const refuse = useCallback(
    (e: ApiError) => {
      if (key) forgetDoorKey(key);
      setRefusal(e);
    },
    [key],
  );

  useEffect(() => {
    if (!key) return;
    let controller = new AbortController();
    const check = () => {
      controller.abort();
      controller = new AbortController();
      const signal = controller.signal;
      api.get<DoorSummary>('/conference/door', undefined, signal, { [CHECKIN_KEY_HEADER]: key }).then(
        (answer) => {
          keepSummary(key, answer);
          setSummary(answer);
          setError(null);
        },
        (failure: unknown) => {
          if (signal.aborted) return;
          if (failure instanceof ApiError && failure.status === 401) refuse(failure);
          else setError(failure);
        },
      );
    };
    check();
    const timer = window.setInterval(check, RECHECK_MS);
    window.addEventListener('focus', check);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [key, refuse]);

  const eventId = summary?.event.id;
  const binding = useMemo(() => (eventId && key ? doorCheckinApi(eventId, key, refuse) : null), [eventId, key, refuse]);

  let body;
  if (!key) body = <Notice testId="door-no-key" title={t('confOps.door.noKeyTitle')} body={t('confOps.door.noKeyBody')} />;
  else if (refusal)
    body = <Notice testId="door-refused" title={t('confOps.door.refusedTitle')} body={refusal.code === 'checkin_key_revoked' ? t('confOps.door.refusedRevoked') : t('confOps.door.refusedInvalid')} />;
  else if (!summary || !binding) body = error ? <ErrorNotice error={error} /> : <Loading />;
  else
    body = (
      <div className="conf-door" data-testid="door-desk">
        <header className="conf-door-head">
          <h1 className="page-title">{t('confOps.door.heading')}</h1>
          <p className="muted small">
            {t('confOps.door.where', {
              device: summary.device.name,
              event: summary.event.name,
              from: dayLabel(summary.event.startsOn, locale, 'date'),
              to: dayLabel(summary.event.endsOn, locale, 'date'),
              venue: summary.event.venueName,
            })}
          </p>
        </header>
        <CheckinDesk binding={binding} timeZone={summary.event.timeZone} deviceName={summary.device.name} />
      </div>
    );
  return (
    <ConferenceFrame eventName={summary?.event.name} wide>
      {body}
    </ConferenceFrame>
  );
}
