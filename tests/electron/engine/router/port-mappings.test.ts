/**
 * The router's port mappings by UPnP-IGD (electron/engine/router/port-mappings.ts, upnp.ts
 * portMappings) against the miniupnpd stand-in on loopback (tests/fakes/upnp-igd.ts and
 * upnp-igd-mappings.ts): mappings added by AddPortMapping, then listed by
 * GetGenericPortMappingEntry until 713; and each answer read (a table).
 */
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { MAX_ENTRIES, readMappingEntry } from '../../../../electron/engine/router/port-mappings';
import { type SoapAnswer, soapRequest } from '../../../../electron/engine/router/soap';
import { createUpnpIgd, type UpnpIgd } from '../../../../electron/engine/router/upnp';
import { startUpnpIgd, type FakeUpnpIgd } from '../../../fakes/upnp-igd';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

const logger = createLogger('test', { level: 'error', sink: () => {} });
const live = () => new AbortController().signal;
const SERVICE = 'urn:schemas-upnp-org:service:WANIPConnection:2';

async function setup(): Promise<{ igd: FakeUpnpIgd; client: UpnpIgd }> {
  const igd = await startUpnpIgd();
  cleanup.push(() => igd.close());
  const client = createUpnpIgd({
    gateway: { address: '127.0.0.1', family: 4 },
    clock: systemClock,
    logger,
    ssdpTargets: [igd.ssdp],
    ssdpWaitMs: 1500,
  });
  cleanup.push(() => client.close());
  return { igd, client };
}

/** AddPortMapping as a UPnP client (miniupnpc's upnpc -a) sends it; resolves with the HTTP status. */
async function addPortMapping(igd: FakeUpnpIgd, ext: number, protocol: string, client = '127.0.0.1') {
  const call = soapRequest(SERVICE, 'AddPortMapping', {
    NewRemoteHost: '',
    NewExternalPort: String(ext),
    NewProtocol: protocol,
    NewInternalPort: String(ext),
    NewInternalClient: client,
    NewEnabled: '1',
    NewPortMappingDescription: `test ${ext}`,
    NewLeaseDuration: '0',
  });
  const res = await fetch(new URL('/ctl/IPConn', igd.location), {
    method: 'POST',
    headers: call.headers,
    body: call.body,
  });
  await res.text();
  return res.status;
}

describe('UPnP-IGD: the port mappings', () => {
  it('lists what AddPortMapping added, in order, and stops at UPnPError 713', async () => {
    const { igd, client } = await setup();
    expect(await addPortMapping(igd, 22, 'TCP')).toBe(200);
    expect(await addPortMapping(igd, 51820, 'UDP')).toBe(200);
    const listed = await client.portMappings(live());
    expect(listed).toEqual({
      ok: true,
      value: [
        {
          protocol: 'TCP',
          externalPort: 22,
          internalPort: 22,
          internalClient: '127.0.0.1',
          enabled: true,
          description: 'test 22',
        },
        {
          protocol: 'UDP',
          externalPort: 51820,
          internalPort: 51820,
          internalClient: '127.0.0.1',
          enabled: true,
          description: 'test 51820',
        },
      ],
    });
    const asked = igd.requests.filter((r) => String(r.headers.soapaction).includes('GetGenericPortMappingEntry'));
    expect(asked.map((r) => r.status)).toEqual([200, 200, 500]);
  });

  it('an empty table is an empty list', async () => {
    const { client } = await setup();
    expect(await client.portMappings(live())).toEqual({ ok: true, value: [] });
  });

  it('the stand-in refuses a mapping for another client (secure mode), which then is not listed', async () => {
    const { igd, client } = await setup();
    expect(await addPortMapping(igd, 80, 'TCP', '127.0.0.9')).toBe(500);
    expect(await client.portMappings(live())).toEqual({ ok: true, value: [] });
  });

  it(`reads no more than ${MAX_ENTRIES} entries from a router that lists more`, async () => {
    const { igd, client } = await setup();
    for (let port = 1000; port < 1000 + MAX_ENTRIES + 4; port++)
      expect(await addPortMapping(igd, port, 'TCP')).toBe(200);
    const listed = await client.portMappings(live());
    expect(listed.ok && listed.value.length).toBe(MAX_ENTRIES);
  }, 30_000);

  it('a router fault is a failure with its words, never a list', async () => {
    const { igd, client } = await setup();
    await client.externalAddress(live());
    igd.setSoapFault({ code: 501, description: 'Action Failed' });
    const listed = await client.portMappings(live());
    expect(listed).toEqual({
      ok: false,
      error: { code: 'router-error', message: 'the router answered UPnPError 501: Action Failed' },
    });
  });

  it('no IGD on the gateway is a failure, not a hang', async () => {
    const { igd, client } = await setup();
    igd.setSsdpSilent(true);
    const listed = await client.portMappings(live());
    expect(listed.ok).toBe(false);
  });
});

describe('readMappingEntry', () => {
  const ok = (values: Record<string, string>): SoapAnswer => ({ kind: 'ok', values });
  const entry = {
    NewExternalPort: '443',
    NewProtocol: 'TCP',
    NewInternalPort: '8443',
    NewInternalClient: '192.168.1.20',
    NewEnabled: '1',
    NewPortMappingDescription: 'web',
  };
  const mapped = {
    protocol: 'TCP',
    externalPort: 443,
    internalPort: 8443,
    internalClient: '192.168.1.20',
    enabled: true,
    description: 'web',
  };
  it.each<[string, SoapAnswer, unknown]>([
    ['an entry', ok(entry), mapped],
    ['protocol in lower case', ok({ ...entry, NewProtocol: 'tcp' }), mapped],
    ['NewEnabled 0: disabled', ok({ ...entry, NewEnabled: '0' }), { ...mapped, enabled: false }],
    ['NewEnabled false: disabled', ok({ ...entry, NewEnabled: 'false' }), { ...mapped, enabled: false }],
    ['no NewEnabled: enabled', ok({ ...entry, NewEnabled: undefined as unknown as string }), mapped],
    ['a port that is not a number: skipped', ok({ ...entry, NewExternalPort: 'x' }), 'skip'],
    ['port 0: skipped', ok({ ...entry, NewExternalPort: '0' }), 'skip'],
    ['port past 65535: skipped', ok({ ...entry, NewInternalPort: '70000' }), 'skip'],
    ['an unknown protocol: skipped', ok({ ...entry, NewProtocol: 'SCTP' }), 'skip'],
    ['713: the end', { kind: 'fault', code: 713, description: 'SpecifiedArrayIndexInvalid' }, 'end'],
    [
      '401: unsupported',
      { kind: 'fault', code: 401, description: 'Invalid Action' },
      { code: 'unsupported', message: 'the router answered UPnPError 401: Invalid Action' },
    ],
    [
      'malformed',
      { kind: 'malformed', message: 'HTTP 200 without an answer' },
      { code: 'malformed', message: 'HTTP 200 without an answer' },
    ],
  ])('%s', (_, answer, expected) => {
    expect(readMappingEntry(answer)).toEqual(expected);
  });
});
