// The attendee's registration for its page: the manage key (from the #key=… fragment, kept on this
// device and then dropped from the address bar, or from an earlier visit), the API bound to that key,
// and the registration itself with loading, error, reload and a setter for answers that return it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { attendeeApi, keyFromFragment, rememberKey, storedKey, type AttendeeApi } from './attendee-api';
import type { Registration } from './conference-types';

type KeyState = { key: string | null; fromFragment: boolean; kept: boolean };

function resolveKey(registrationId: string, hash: string): KeyState {
  const fromFragment = keyFromFragment(hash);
  if (fromFragment) return { key: fromFragment, fromFragment: true, kept: rememberKey(registrationId, fromFragment) };
  return { key: storedKey(registrationId), fromFragment: false, kept: true };
}

export type RegistrationState = {
  api: AttendeeApi;
  hasKey: boolean;
  registration: Registration | null;
  error: unknown;
  loading: boolean;
  reload(): void;
  setRegistration(next: Registration): void;
};

export function useRegistration(registrationId: string): RegistrationState {
  const location = useLocation();
  const navigate = useNavigate();
  const [keyState] = useState(() => resolveKey(registrationId, location.hash));
  const client = useMemo(() => attendeeApi(registrationId, keyState.key), [registrationId, keyState.key]);
  const [registration, setRegistration] = useState<Registration | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  // The key is kept on this device: take it out of the address bar (and so out of history and shared
  // links). The history entry's state goes too, so a reload does not welcome the registrant again.
  useEffect(() => {
    if (keyState.fromFragment && keyState.kept && location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [keyState, location, navigate]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    client.get<Registration>('', controller.signal).then(
      (answer) => {
        setRegistration(answer);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [client, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { api: client, hasKey: keyState.key !== null, registration, error, loading, reload, setRegistration };
}
