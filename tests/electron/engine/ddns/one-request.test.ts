/** The one-request updater (DuckDNS, deSEC) and the readings of the answers, over an injected HTTP function. */
import { describe, expect, it } from 'vitest';

import { readDesec } from '../../../../electron/engine/ddns/desec';
import type { DdnsHttp, DdnsHttpRequest } from '../../../../electron/engine/ddns/http';
import { apiUrl, oneRequestUpdater } from '../../../../electron/engine/ddns/one-request';

describe('apiUrl', () => {
  it.each([
    ['https://update.dedyn.io', '', { hostname: 'h' }, 'https://update.dedyn.io/?hostname=h'],
    ['https://update.dedyn.io//', '', { hostname: 'h' }, 'https://update.dedyn.io/?hostname=h'],
    ['https://www.duckdns.org', 'update', { ip: '1.2.3.4' }, 'https://www.duckdns.org/update?ip=1.2.3.4'],
    ['http://127.0.0.1:8080/api/', 'update', { a: 'b c' }, 'http://127.0.0.1:8080/api/update?a=b+c'],
  ])('%s + %j', (base, path, params, want) => {
    expect(apiUrl(base, path, params)).toBe(want);
  });
});

describe('readDesec', () => {
  it.each([
    ['good\n', { kind: 'updated', detail: 'deSEC h: good' }],
    // Not deSEC's words (a proxy's page, a cut answer): waits and retries (issue 47; it used to stop).
    [
      'nochg',
      {
        kind: 'retry',
        reason: 'deSEC h: an answer the API does not give (not "good")',
        code: expect.objectContaining({ code: 'reason.ddns.desec' }),
      },
    ],
    [
      '',
      {
        kind: 'retry',
        reason: 'deSEC h: an empty answer',
        code: expect.objectContaining({ code: 'reason.ddns.desec' }),
      },
    ],
  ])('%j', (body, want) => {
    expect(readDesec(body, 'deSEC h')).toEqual(want);
  });
});

function world(answer: { status: number; body: string }) {
  const sent: DdnsHttpRequest[] = [];
  const http: DdnsHttp = async (req) => {
    sent.push(req);
    return { ...answer, headers: {} };
  };
  const deps = { http, clock: { now: () => 0 } };
  const updater = (type: 'A' | 'AAAA') =>
    oneRequestUpdater({ id: 'r', type }, deps, {
      label: 'Test r',
      request: (address, family) => ({ method: 'GET', url: `http://x/?ip${family}=${address}` }),
      read: (body) => ({ kind: 'updated', detail: body }),
    });
  return { sent, updater };
}

describe('oneRequestUpdater', () => {
  const signal = new AbortController().signal;

  it('refuses an address of the other family without sending anything', async () => {
    const w = world({ status: 200, body: 'OK' });
    expect(await w.updater('A').update('2001:db8::1', signal)).toEqual({
      kind: 'stop',
      reason: '2001:db8::1 is not an IPv4 address for a A record',
    });
    expect(w.sent).toEqual([]);
  });

  it("sends the provider's request for the record's family and reads a 2xx body its way", async () => {
    const w = world({ status: 200, body: 'fine' });
    expect(await w.updater('AAAA').update('2001:db8::1', signal)).toEqual({ kind: 'updated', detail: 'fine' });
    expect(w.sent).toEqual([{ method: 'GET', url: 'http://x/?ip6=2001:db8::1', signal }]);
  });

  it('reads a status that is not 2xx as every provider does', async () => {
    const w = world({ status: 401, body: '' });
    expect(await w.updater('A').update('192.0.2.1', signal)).toEqual({
      kind: 'stop',
      reason: 'Test r refused the credentials (HTTP 401 Unauthorized)',
      code: {
        code: 'reason.ddns.http',
        values: { label: 'Test r', meaning: 'credentials', statusName: 'HTTP 401 Unauthorized' },
      },
    });
  });
});
