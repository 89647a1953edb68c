/** The window: the sign-in gate in a browser, the first-run wizard in the app, then the shell (shell/). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { FormattedMessage } from 'react-intl';

import { type Engine, EngineProvider, LiveUpdates, useConnectionState, useEngine } from './api/engine';
import { ApiError } from './api/http';
import { shellOf, useAppPrefs, useShellAnswers } from './api/shell';
import { useApplyTheme, useAppearance } from './appearance';
import { FirstRunGate } from './first-run/FirstRunGate';
import { I18nProvider, type Words } from './i18n/I18n';
import { withSettingsWords } from './i18n/settings-words';
import { SignIn } from './pages/SignIn';
import { Shell } from './shell/Shell';

// The wizard (with the schemas and record forms it alone needs, and Settings' words) loads only
// when it is shown.
const loadFirstRun = withSettingsWords(() => import('./first-run/FirstRun').then((m) => m.FirstRun));
const FirstRun = lazy(() => loadFirstRun().then((c) => ({ default: c })));

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refused sign-in is not worth repeating; the sign-in form takes over.
        retry: (n, err) => n < 2 && !(err instanceof ApiError && err.status === 401),
        retryDelay: (n) => Math.min(1000 * 2 ** n, 5000),
        staleTime: 5000,
      },
      mutations: { retry: false },
    },
  });
}

/** In the app, until the first-run wizard is done, the window is the wizard. */
function Welcome({ children }: { children: ReactNode }) {
  const shell = shellOf();
  const prefs = useAppPrefs(shell);
  const answers = useShellAnswers();
  if (shell && prefs.isPending) return null;
  if (!shell || !prefs.data || prefs.data.firstRunDone) return children;
  return (
    <main id="main" className="first-run">
      <Suspense
        fallback={
          <p className="state loading" role="status">
            <FormattedMessage id="web.app.loadingSetup" />
          </p>
        }
      >
        <FirstRun
          shell={shell}
          onDone={(p) => {
            answers.prefs(p);
            window.location.hash = '#/';
          }}
        />
      </Suspense>
    </main>
  );
}

/**
 * The dashboard's first request goes out at once (main.tsx starts it before React renders); a
 * 401 from any call turns the connection "signed-out", which shows the sign-in form instead.
 */
function Gate() {
  const { http } = useEngine();
  const state = useConnectionState();
  if (http && state === 'signed-out') return <SignIn http={http} />;
  if (!http)
    return (
      <Welcome>
        <LiveUpdates />
        <Shell />
      </Welcome>
    );
  return (
    <>
      <LiveUpdates />
      <FirstRunGate>
        <Shell />
      </FirstRunGate>
    </>
  );
}

/** `words` fixes the language and its catalogue (tests); without them the window chooses (i18n/choice.ts). */
export function App({ engine, queryClient, words }: { engine: Engine; queryClient: QueryClient; words?: Words }) {
  const [appearance] = useAppearance();
  useApplyTheme(appearance.theme);
  return (
    <QueryClientProvider client={queryClient}>
      <EngineProvider engine={engine}>
        <I18nProvider fixed={words}>
          <Gate />
        </I18nProvider>
      </EngineProvider>
    </QueryClientProvider>
  );
}
