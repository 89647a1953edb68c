/**
 * An HTTP(S) monitor: the URL answers with the expected status (any 2xx or 3xx when none is
 * set; redirects are not followed, so a 301 counts as an answer) and, when set, a page holding
 * the expected text within its first 64 KiB. Asked through the engine's HTTP client, the
 * address family forced on the socket.
 */
import { english } from '../../../shared/i18n/translators';
import type { HttpMonitor } from '../../../shared/settings/service-monitor';
import { errorInWords } from '../../../shared/words/error';
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
      if (!statusExpected(res.status, m.expectStatus)) {
        const want = m.expectStatus === undefined ? 'a 2xx or 3xx answer' : `status ${m.expectStatus}`;
        return { outcome: 'fail', detail: `answered status ${res.status}, expected ${want}` };
      }
      if (m.expectText && !res.body.includes(m.expectText))
        return { outcome: 'fail', detail: `answered status ${res.status} without the expected text` };
      return { outcome: 'pass', detail: `answered status ${res.status}` };
    } catch (err) {
      const raw = err instanceof Error ? err.message : String(err);
      return {
        outcome: 'fail',
        detail: signal.aborted ? 'no answer within the timeout' : errorInWords(raw, english, m.url),
      };
    }
  },
};
