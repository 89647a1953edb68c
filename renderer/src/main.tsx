// First, so the words' chunk is fetched while the rest of this script is evaluated (early-words.ts).
import './i18n/early-words';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { buildIdOfScript } from '../../shared/build-id';
import { createConnection } from './api/connection';
import { createEventLog } from './api/event-log';
import { createHttpClient } from './api/http';
import { createIpcClient, hasBridge } from './api/ipc';
import { firstRunQuery, prefetchPageReads, statusQuery } from './api/queries';
import { App, newQueryClient } from './App';
import { hashOfRoute, pageOf } from './routes';
import { watchBuild } from './shell/build-watch';
import { pageViews } from './shell/page-views';
import './styles.css';
import './components.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const connection = createConnection();
const http = hasBridge() ? null : createHttpClient({ connection });
const client = http ?? createIpcClient(window.ipwatch!, connection);
const engine = { client, connection, http, events: createEventLog() };
const queryClient = newQueryClient();
// In the app, the tray and notification clicks open a page.
window.ipwatch?.onNavigate?.((route) => (window.location.hash = hashOfRoute(route)));
// In a browser, a new build served while the window is open reloads it once (this module is the
// build's entry script, so its URL names the build). The app's file:// window has no server build.
if (http && window.location.protocol.startsWith('http'))
  watchBuild({ own: buildIdOfScript(import.meta.url), connection });
// The dashboard's data is asked for before React's first render, not after it; in a browser,
// beside it, whether the first-run steps come first (FirstRunGate). The page the window opens
// on is fetched at the same time, its code and its own first reads, not after the gates.
void queryClient.prefetchQuery(statusQuery(client));
if (http) void queryClient.prefetchQuery(firstRunQuery(client));
const route = pageOf(window.location.hash);
pageViews.preload(route);
prefetchPageReads(queryClient, client, route);

createRoot(root).render(
  <StrictMode>
    <App engine={engine} queryClient={queryClient} />
  </StrictMode>,
);
