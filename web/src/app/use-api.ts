// Reads one API resource for a page: loading, data, error, reload. A 401 re-reads the session, so the
// area's guard sends the user to sign in instead of showing a stale page.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api-client';
import { useSession } from './session';

type Query = Record<string, string | number | undefined>;
export type ApiQuery<T> = { data: T | undefined; error: unknown; loading: boolean; reload(): void };

export function useApiQuery<T>(path: string | null, query: Query = {}): ApiQuery<T> {
  const { refresh } = useSession();
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: path !== null });
  const [attempt, setAttempt] = useState(0);
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, error: null, loading: true }));
    api.get<T>(path, JSON.parse(queryKey) as Query, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) void refresh();
        setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [path, queryKey, attempt, refresh]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

export const isForbidden = (error: unknown) => error instanceof ApiError && error.status === 403 && error.code !== 'csrf_invalid';
export const isCode = (error: unknown, code: string) => error instanceof ApiError && error.code === code;
