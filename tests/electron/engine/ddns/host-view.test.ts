/**
 * This host's addresses as the keeper keeps them (electron/engine/ddns/host-view.ts): a burst of
 * events costs two reads, a failed read keeps the last good view (never a stable address swapped
 * for a temporary one by a passing failure), and where nothing can be read the view says why.
 */
import { describe, expect, it } from 'vitest';

import { HostViewCache } from '../../../../electron/engine/ddns/host-view';
import type { HostAddress } from '../../../../electron/engine/host-addresses';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';

const A: HostAddress = {
  iface: 'eth0',
  address: '2001:db8::1',
  prefixLen: 64,
  temporary: false,
  deprecated: false,
  unusable: false,
};

function cache(read: () => Promise<HostAddress[]>) {
  const logs: LogRecord[] = [];
  const logger = createLogger('ddns', { level: 'debug', sink: (r) => logs.push(r) });
  return { host: new HostViewCache({ read }, logger), logs };
}

describe("this host's addresses, kept", () => {
  it('reads once more after a read that calls came during, not once per call', async () => {
    let reads = 0;
    let release!: () => void;
    const { host } = cache(async () => {
      reads++;
      if (reads === 1) await new Promise<void>((r) => (release = r));
      return [A];
    });
    const first = host.refresh();
    const calls = [host.refresh(), host.refresh(), host.refresh()];
    release();
    await Promise.all([first, ...calls]);
    expect(reads).toBe(2);
    expect(host.current).toEqual({ ok: true, addresses: [A] });
  });

  it('keeps the last good view when a read fails, and says why while none succeeded', async () => {
    let fail = true;
    const { host, logs } = cache(() => (fail ? Promise.reject(new Error('ip: timed out')) : Promise.resolve([A])));
    await host.refresh();
    expect(host.current).toEqual({
      ok: false,
      why: {
        text: "this host's addresses could not be read (ip: timed out)",
        code: { code: 'reason.ddns.hostUnread', values: { said: 'ip: timed out' } },
      },
    });
    fail = false;
    await host.refresh();
    fail = true;
    await host.refresh();
    expect(host.current).toEqual({ ok: true, addresses: [A] });
    expect(logs.filter((l) => l.message === 'host addresses not read')).toHaveLength(2);
  });

  it('says why where nothing can be read, and reads nothing', async () => {
    const logger = createLogger('ddns', { level: 'error', sink: () => undefined });
    const host = new HostViewCache({ none: 'ip (iproute2) is not in PATH' }, logger);
    expect(host.reads).toBe(false);
    expect(await host.refresh()).toEqual({
      ok: false,
      why: {
        text: "this host's addresses cannot be read here (ip (iproute2) is not in PATH)",
        code: { code: 'reason.ddns.hostCannotRead', values: { said: 'ip (iproute2) is not in PATH' } },
      },
    });
  });
});
