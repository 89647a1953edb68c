import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createConnection } from './api/connection';
import { createEventLog } from './api/event-log';
import { createHttpClient } from './api/http';
import { createIpcClient, hasBridge } from './api/ipc';
import { statusQuery } from './api/queries';
import { App, newQueryClient } from './App';
import { hashOfRoute } from './routes';
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
// The dashboard's data is asked for before React's first render, not after it.
void queryClient.prefetchQuery(statusQuery(client));

createRoot(root).render(
  <StrictMode>
    <App engine={engine} queryClient={queryClient} />
  </StrictMode>,
);
