/**
 * How each client method travels over HTTP: the contract's own routes (`api[method].http`),
 * copied here because importing `api` would pull zod and every schema into the first page load
 * (about 100 KB gzipped). tests/renderer/routes.test.ts checks this table equals the
 * contract's, so the two cannot drift apart.
 */
import type { ClientMethod } from './types';

/** `refusal`: the status a refusal the contract answers as a value (`{ ok: false, errors }`) comes with. */
type Route = { verb: 'GET' | 'POST' | 'PUT'; path: string; refusal?: number };

export const ROUTES: Record<ClientMethod, Route> = {
  getStatus: { verb: 'GET', path: '/api/v1/status' },
  checkNow: { verb: 'POST', path: '/api/v1/check' },
  pause: { verb: 'POST', path: '/api/v1/pause' },
  resume: { verb: 'POST', path: '/api/v1/resume' },
  getHistory: { verb: 'GET', path: '/api/v1/history' },
  getStats: { verb: 'GET', path: '/api/v1/stats' },
  getInsight: { verb: 'GET', path: '/api/v1/insight' },
  getRecentEvents: { verb: 'GET', path: '/api/v1/recent-events' },
  getSettings: { verb: 'GET', path: '/api/v1/settings' },
  saveSettings: { verb: 'PUT', path: '/api/v1/settings', refusal: 422 },
  getChannels: { verb: 'GET', path: '/api/v1/channels' },
  testChannel: { verb: 'POST', path: '/api/v1/channels/test' },
  testSource: { verb: 'POST', path: '/api/v1/sources/test' },
  exportHistory: { verb: 'GET', path: '/api/v1/export' },
  backup: { verb: 'POST', path: '/api/v1/backup' },
  restore: { verb: 'POST', path: '/api/v1/restore' },
  importHistory: { verb: 'POST', path: '/api/v1/import' },
  getAudit: { verb: 'GET', path: '/api/v1/audit' },
  listSessions: { verb: 'GET', path: '/api/v1/sessions' },
  revokeSession: { verb: 'POST', path: '/api/v1/sessions/revoke' },
  getFirstRun: { verb: 'GET', path: '/api/v1/first-run' },
  endFirstRun: { verb: 'POST', path: '/api/v1/first-run' },
  getOutbox: { verb: 'GET', path: '/api/v1/outbox' },
  getHeldNotices: { verb: 'GET', path: '/api/v1/outbox/held' },
  // The feature parts' methods (shared/contract/ddns.ts and the like).
  testDdnsRecord: { verb: 'POST', path: '/api/v1/ddns/test' },
  retryDdnsRecord: { verb: 'POST', path: '/api/v1/ddns/retry' },
  testHook: { verb: 'POST', path: '/api/v1/hook/test' },
  testHeartbeat: { verb: 'POST', path: '/api/v1/heartbeat/test' },
  testMonitor: { verb: 'POST', path: '/api/v1/monitors/test' },
  getMonitorHistory: { verb: 'GET', path: '/api/v1/monitors/history' },
  getForecast: { verb: 'GET', path: '/api/v1/forecast' },
  getMemory: { verb: 'GET', path: '/api/v1/memory' },
  getQuiet: { verb: 'GET', path: '/api/v1/quiet' },
  setQuiet: { verb: 'POST', path: '/api/v1/quiet' },
  getMap: { verb: 'GET', path: '/api/v1/map' },
  getEgress: { verb: 'GET', path: '/api/v1/egress' },
  getPlugins: { verb: 'GET', path: '/api/v1/plugins' },
  runSpeedTest: { verb: 'POST', path: '/api/v1/speed-tests/run' },
  getSpeedTests: { verb: 'GET', path: '/api/v1/speed-tests' },
  tracePath: { verb: 'POST', path: '/api/v1/paths/trace' },
  getPaths: { verb: 'GET', path: '/api/v1/paths' },
  getTransition: { verb: 'GET', path: '/api/v1/transition' },
  getSites: { verb: 'GET', path: '/api/v1/sites' },
  getSite: { verb: 'GET', path: '/api/v1/sites/site' },
  forgetSite: { verb: 'POST', path: '/api/v1/sites/forget' },
  testFleet: { verb: 'POST', path: '/api/v1/fleet/test' },
};

export const CLIENT_METHODS = Object.keys(ROUTES) as ClientMethod[];

/** Query string of a GET: each defined field as text. */
export function toQuery(input: unknown): string {
  if (input === undefined || input === null || typeof input !== 'object') return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
}
