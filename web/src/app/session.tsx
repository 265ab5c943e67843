// Who is signed in, for the whole app. The session cookie is HttpOnly: the app learns who it is only
// from GET /auth/session, and keeps the CSRF token each answer carries.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, rememberCsrfToken } from './api-client';
import type { Locale, SessionAnswer, SessionUser } from './api-types';

export type SignUpInput = { email: string; password: string; name: string; accountType: 'shopper' | 'seller'; locale: Locale };

type SessionState = {
  status: 'loading' | 'ready' | 'failed';
  user: SessionUser | null;
  signIn(email: string, password: string): Promise<SessionUser>;
  signUp(input: SignUpInput): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** Re-reads the session; call it when the server answered 401 so guards send the user to sign in. */
  refresh(): Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionState['status']>('loading');
  const [user, setUser] = useState<SessionUser | null>(null);

  const accept = useCallback((answer: SessionAnswer) => {
    rememberCsrfToken(answer.csrfToken);
    setUser(answer.user);
    setStatus('ready');
    return answer.user;
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await api.get<SessionAnswer>('/auth/session'));
    } catch {
      setStatus((s) => (s === 'loading' ? 'failed' : s));
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string) => accept(await api.post<SessionAnswer>('/auth/sign-in', { email, password })) as SessionUser,
    [accept],
  );
  const signUp = useCallback(async (input: SignUpInput) => accept(await api.post<SessionAnswer>('/auth/sign-up', input)) as SessionUser, [accept]);
  const signOut = useCallback(async () => {
    try {
      await api.post<void>('/auth/sign-out');
    } catch (error) {
      // Already signed out (an expired session) is what the user wanted; anything else is reported.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    } finally {
      await refresh();
    }
  }, [refresh]);

  const value = useMemo(() => ({ status, user, signIn, signUp, signOut, refresh }), [status, user, signIn, signUp, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
