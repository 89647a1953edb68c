/** The window: navigation, the connection banner, the page, and the sign-in gate in a browser. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect } from 'react';

import { type Engine, EngineProvider, LiveUpdates, useConnectionState, useEngine } from './api/engine';
import { ApiError } from './api/http';
import { shellOf, useAppPrefs, useShellAnswers } from './api/shell';
import { useApplyTheme, useAppearance } from './appearance';
import { ConnectionBanner } from './components/ConnectionBanner';
import { FirstRun } from './first-run/FirstRun';
import { FirstRunGate } from './first-run/FirstRunGate';
import { Dashboard } from './pages/Dashboard';
import { SignIn } from './pages/SignIn';
import { PAGES, type PagePath, useRoute } from './routes';

// The dashboard loads with the page; the others (with the table, chart and schema libraries they
// alone need) load when first opened, which keeps the first load small.
const VIEWS: Record<PagePath, ComponentType> = {
  '/': Dashboard,
  '/history': lazy(() => import('./pages/History').then((m) => ({ default: m.History }))),
  '/charts': lazy(() => import('./pages/Charts').then((m) => ({ default: m.Charts }))),
  '/settings': lazy(() => import('./pages/Settings').then((m) => ({ default: m.Settings }))),
  '/discord': lazy(() => import('./pages/Discord').then((m) => ({ default: m.Discord }))),
  '/activity': lazy(() => import('./pages/Activity').then((m) => ({ default: m.Activity }))),
};

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

/**
 * The hash is the route here, so following `#main` would open the Dashboard: the link moves
 * focus (and so the view) to the page's main region instead, and the route stays.
 */
function SkipLink() {
  return (
    <a
      className="skip"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}

function Shell() {
  const { http } = useEngine();
  const route = useRoute();
  const View = VIEWS[route];
  const title = PAGES.find((p) => p.path === route)!.title;
  useEffect(() => {
    document.title = `${title} · IPWatch`;
  }, [title]);
  return (
    <>
      <SkipLink />
      <header className="top">
        <span className="brand">IPWatch</span>
        <nav aria-label="Main">
          <ul>
            {PAGES.map((p) => (
              <li key={p.path}>
                <a href={`#${p.path}`} aria-current={p.path === route ? 'page' : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {http && (
          <button type="button" className="secondary signout" onClick={() => void http.signOut()}>
            Sign out
          </button>
        )}
      </header>
      <ConnectionBanner />
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p className="state loading" role="status">
              Loading {title}…
            </p>
          }
        >
          <View />
        </Suspense>
      </main>
    </>
  );
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
      <FirstRun
        shell={shell}
        onDone={(p) => {
          answers.prefs(p);
          window.location.hash = '#/';
        }}
      />
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

export function App({ engine, queryClient }: { engine: Engine; queryClient: QueryClient }) {
  const [appearance] = useAppearance();
  useApplyTheme(appearance.theme);
  return (
    <QueryClientProvider client={queryClient}>
      <EngineProvider engine={engine}>
        <Gate />
      </EngineProvider>
    </QueryClientProvider>
  );
}
