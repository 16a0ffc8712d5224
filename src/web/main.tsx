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
  defaultOptions: {
    queries: { retry: (count, error) => !(error instanceof ApiError) && count < 2, refetchOnWindowFocus: false },
  },
  // A session that ended on the server sends the user back to the login page.
  queryCache: new QueryCache({ onError: (error) => expire(error) }),
  mutationCache: new MutationCache({ onError: (error) => expire(error) }),
});

function expire(error: unknown) {
  if (
    error instanceof ApiError &&
    error.status === 401 &&
    error.code !== 'INVALID_CREDENTIALS' &&
    error.code !== 'TOTP_REQUIRED' &&
    error.code !== 'INVALID_TOTP'
  ) {
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

/**
 * The bureau's blue, and text that keeps WCAG 2.1 AA's 4.5:1 on white: antd's own links and info blue (#1677ff,
 * 4.0:1), error red (#ff4d4f, 3.2:1: the 删除 links), placeholders (a quarter black, 1.9:1) and secondary text
 * (45% black, 3.4:1) fall short of it. Tags' words: styles.css.
 */
const bureauTokens = {
  colorPrimary: '#1456a0',
  colorLink: '#1456a0',
  colorInfo: '#1456a0',
  colorError: '#cf1322',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.56)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  borderRadius: 4,
};

function Localised() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const still = usePrefersReducedMotion();
  useEffect(() => {
    dayjs.locale(en ? 'en' : 'zh-cn');
    document.documentElement.lang = en ? 'en' : 'zh-CN';
    document.title = en ? 'KeGuan · S&T Bureau' : '科管 KeGuan · 科技局业务系统';
  }, [en]);
  // zeroRuntime: antd's styles come as built style sheets with the chunks that draw them (src/cli/antd-styles.ts),
  // not computed in the browser; the tokens below still reach them as CSS variables.
  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={{ zeroRuntime: true, token: { ...bureauTokens, motion: !still } }}>
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
// and a reader who chose English gets its words before the first screen. The server wrote the day and the
// session into the page (lib/boot.ts), and named the screen's own chunks there, already on their way.
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
