import { QueryCache, QueryClient, QueryClientProvider, MutationCache } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, useEffect, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes';
import { languageReady } from './i18n';
import { ApiError } from './lib/api';
import { fetchSession, meKey, SessionProvider } from './lib/auth';
import { loadClock } from './lib/clock';
import './styles.css';

const client: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => !(error instanceof ApiError) && count < 2, refetchOnWindowFocus: false } },
  // A session that ended on the server sends the user back to the login page.
  queryCache: new QueryCache({ onError: (error) => expire(error) }),
  mutationCache: new MutationCache({ onError: (error) => expire(error) }),
});

function expire(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && error.code !== 'INVALID_CREDENTIALS' && error.code !== 'TOTP_REQUIRED' && error.code !== 'INVALID_TOTP') {
    client.setQueryData(['auth', 'me'], null);
  }
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
/** Whether the reader asked their system for less motion (vestibular disorders, older readers): then nothing slides or zooms. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (changed) => {
      reducedMotion.addEventListener('change', changed);
      return () => reducedMotion.removeEventListener('change', changed);
    },
    () => reducedMotion.matches,
  );
}

function Localised() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const still = usePrefersReducedMotion();
  useEffect(() => {
    dayjs.locale(en ? 'en' : 'zh-cn');
    document.documentElement.lang = en ? 'en' : 'zh-CN';
    document.title = en ? 'KeGuan · S&T Bureau' : '科管 KeGuan · 科技局业务系统';
  }, [en]);
  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={{ token: { colorPrimary: '#1456a0', borderRadius: 4, motion: !still } }}>
      <AntApp>
        <BrowserRouter basename="/app">
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

// The business day comes from the server (it may be pinned for a demonstration) before anything shows a date,
// and a reader who chose English gets its words before the first screen. The session is asked at the same
// time (the screen's own chunks are already on their way: the server named them in the page).
const session = client.prefetchQuery({ queryKey: meKey, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY });
void Promise.all([loadClock(), languageReady, session]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <Localised />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
