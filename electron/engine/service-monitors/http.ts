/**
 * An HTTP(S) monitor: the URL answers with the expected status (any 2xx or 3xx when none is
 * set; redirects are not followed, so a 301 counts as an answer) and, when set, a page holding
 * the expected text within its first 64 KiB. Asked through the engine's HTTP client, the
 * address family forced on the socket.
 */
import type { HttpMonitor } from '../../../shared/settings/service-monitor';
import { outcome, reason, timedOut } from './outcome';
import type { Probe } from './types';

const MAX_BYTES = 64 * 1024;

/** Whether `status` is the one expected (any 2xx or 3xx without one). Pure. */
export const statusExpected = (status: number, expected: number | undefined): boolean =>
  expected === undefined ? status >= 200 && status < 400 : status === expected;

export const httpProbe: Probe<HttpMonitor> = {
  async check(m, deps, signal) {
    try {
      const res = await deps.net.http.get({
        url: m.url,
        family: m.family,
        signal,
        maxBytes: MAX_BYTES,
        headers: { accept: 'text/html,application/json;q=0.9,*/*;q=0.8', 'user-agent': deps.userAgent },
      });
      const status = res.status;
      if (!statusExpected(status, m.expectStatus)) {
        const expected = m.expectStatus === undefined ? 'any' : String(m.expectStatus);
        return outcome('fail', reason('reason.monitor.statusNotExpected', { status, expected }));
      }
      if (m.expectText && !res.body.includes(m.expectText))
        return outcome('fail', reason('reason.monitor.textMissing', { status }));
      return outcome('pass', reason('reason.monitor.status', { status }));
    } catch (err) {
      const raw = err instanceof Error ? err.message : String(err);
      return signal.aborted ? timedOut() : outcome('fail', reason('reason.monitor.failed', { error: raw, url: m.url }));
    }
  },
};
