import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { ApiError, api, setCsrfToken } from './api';
import { takeBoot } from './boot';
import type { Role, SessionUser } from './types';

interface Session {
  user: SessionUser | null;
  loading: boolean;
  signIn(body: { username: string; password: string; totp?: string }): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** After registration, which logs the applicant in. */
  adopt(session: { user: SessionUser; csrfToken: string }): void;
  can(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);
export const meKey = ['auth', 'me'];

/** Who is logged in, or null: at start from the page (or asked beside the clock, main.tsx), then kept. */
export async function fetchSession(): Promise<SessionUser | null> {
  const written = takeBoot('session');
  if (written !== undefined) {
    if (written) setCsrfToken(written.csrfToken);
    return written?.user ?? null;
  }
  try {
    const session = await api<{ user: SessionUser; csrfToken: string }>('GET', '/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const me = useQuery({
    queryKey: meKey,
    queryFn: fetchSession,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  // Another account's cached lists must not show; the session query itself stays observed.
  const forgetOtherData = useCallback(
    () => client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' }),
    [client],
  );

  const adopt = useCallback(
    (session: { user: SessionUser; csrfToken: string }) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(meKey, session.user);
    },
    [client],
  );

  const value = useMemo<Session>(
    () => ({
      user: me.data ?? null,
      loading: me.isLoading,
      async signIn(body) {
        const session = await api<{ user: SessionUser; csrfToken: string }>('POST', '/api/auth/login', body);
        forgetOtherData();
        adopt(session);
        return session.user;
      },
      async signOut() {
        await api('POST', '/api/auth/logout').catch(() => undefined);
        setCsrfToken('');
        forgetOtherData();
        client.setQueryData(meKey, null);
      },
      adopt,
      can: (...roles) => Boolean(me.data && roles.includes(me.data.role)),
    }),
    [me.data, me.isLoading, client, adopt, forgetOtherData],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** When the server says the session is over, drop the cached user so the login page shows. */
export function sessionExpiredHandler(client: ReturnType<typeof useQueryClient>) {
  return (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) client.setQueryData(meKey, null);
  };
}
