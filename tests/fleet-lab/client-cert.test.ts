/**
 * A site signs in to Debian's real mosquitto with a client certificate and no password (issue 51):
 * a TLS listener with `require_certificate true` and `use_identity_as_username true`
 * (mosquitto.conf(5): "use_identity_as_username causes the Common Name (CN) from the client
 * certificate to be used instead of the MQTT username for access control purposes"; with
 * require_certificate "a client connecting to this listener must provide a valid certificate"), the
 * lab's CA signs a certificate whose CN is the site's name, and the ACL of broker.ts applies to it.
 * The engine's fleet publishes in-process; a watcher signs in with its password on the plain
 * listener. A certificate signed by another CA is refused, in words; the key's contents never
 * reach the status or the logs. The files are read at each try (issue 59): a CA file missing at
 * start is tried again until it is written, and a certificate swapped is the one the next try takes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { systemClock } from '../../electron/engine/clock';
import { type Fleet, startFleet } from '../../electron/engine/fleet';
import { testFleet } from '../../electron/engine/fleet/probe';
import { createLogger, formatLogRecord } from '../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../electron/engine/store';
import { fleetStateSchema } from '../../shared/contract/fleet';
import { fleetSettingsSchema } from '../../shared/settings/fleet';
import { freePort, runMosquitto } from '../fixtures/notify/mosquitto';
import { until } from '../helpers/until';
import { ACL, fleetBrokerPeer, writePasswordFile } from './broker';

const A4 = '81.2.69.142';
const SEED = Date.now();
console.log(`client-cert lab seed ${SEED}`);
const WATCHER_PASSWORD = `watch-pass-${SEED.toString(36)}`;

let dir: string;
let broker: { stop(): Promise<void>; log(): string };
let plainUrl: string;
let certUrl: string;
let store: HistoryStore;
let watcher: Fleet;
const logged: string[] = [];
const logger = createLogger('cert-lab', { level: 'debug', sink: (r) => logged.push(formatLogRecord(r)) });
const f = (n: string) => path.join(dir, n);
const ssl = (...args: string[]) => execFileSync(fleetBrokerPeer.path('openssl'), args, { stdio: 'pipe' });

function makeCa(name: string): void {
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-keyout',
    f(`${name}.key`),
    '-out',
    f(`${name}.pem`),
  );
}

/** A key and a certificate with `cn`, signed by the CA `ca`; `ext` names the server's addresses. */
function sign(ca: string, out: string, cn: string, ext?: string): void {
  ssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    `/CN=${cn}`,
    '-keyout',
    f(`${out}.key`),
    '-out',
    f(`${out}.csr`),
  );
  if (ext) execFileSync('sh', ['-c', `printf '%s\\n' '${ext}' > ${f(`${out}.ext`)}`]);
  ssl(
    'x509',
    '-req',
    '-in',
    f(`${out}.csr`),
    '-CA',
    f(`${ca}.pem`),
    '-CAkey',
    f(`${ca}.key`),
    '-CAcreateserial',
    '-days',
    '2',
    ...(ext ? ['-extfile', f(`${out}.ext`)] : []),
    '-out',
    f(`${out}.pem`),
  );
}

const site = (cert: string, over: Record<string, unknown> = {}) =>
  fleetSettingsSchema.parse({
    publish: true,
    site: 'home',
    brokerUrl: certUrl,
    caFile: f('ca.pem'),
    clientCertFile: f(`${cert}.pem`),
    clientKeyFile: f(`${cert}.key`),
    keepAliveSec: 5,
    ...over,
  });

const publisher = (settings: ReturnType<typeof site>) =>
  startFleet({
    settings,
    password: '',
    state: () =>
      fleetStateSchema.parse({
        v: 1,
        site: 'home',
        online: true,
        at: Date.now(),
        families: { v4: { ip: A4, since: 1 }, v6: null },
      }),
    store,
    clock: systemClock,
    logger,
    onChange: () => undefined,
  });

describe.skipIf(fleetBrokerPeer.skip)('a site signed in by its client certificate on a real mosquitto', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-fleet-cert-'));
    makeCa('ca');
    makeCa('other-ca');
    sign('ca', 'server', 'localhost', 'subjectAltName=DNS:localhost,IP:127.0.0.1');
    sign('ca', 'home', 'home');
    sign('other-ca', 'stranger', 'home');
    const passwords = await writePasswordFile(dir, { watcher: WATCHER_PASSWORD });
    await writeFile(f('acl'), ACL);
    const [port, certPort] = [await freePort(), await freePort()];
    // The lines docs/fleet.md gives for a client-certificate listener.
    const conf = [
      `user ${userInfo().username}`,
      'per_listener_settings false',
      'allow_anonymous false',
      `password_file ${passwords}`,
      `acl_file ${f('acl')}`,
      'persistence false',
      'log_dest stderr',
      'log_type all',
      `listener ${port} 127.0.0.1`,
      `listener ${certPort} 127.0.0.1`,
      `cafile ${f('ca.pem')}`,
      `certfile ${f('server.pem')}`,
      `keyfile ${f('server.key')}`,
      'require_certificate true',
      'use_identity_as_username true',
      '',
    ];
    await writeFile(f('mosquitto.conf'), conf.join('\n'));
    broker = await runMosquitto(fleetBrokerPeer.path('mosquitto'), ['-c', f('mosquitto.conf')], [port, certPort]);
    plainUrl = `mqtt://127.0.0.1:${port}`;
    certUrl = `mqtts://localhost:${certPort}`;
    store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    watcher = startFleet({
      settings: fleetSettingsSchema.parse({ watch: true, brokerUrl: plainUrl, username: 'watcher', keepAliveSec: 5 }),
      password: WATCHER_PASSWORD,
      state: () => {
        throw new Error('a watcher publishes nothing');
      },
      store,
      clock: systemClock,
      logger,
      onChange: () => undefined,
    });
  }, 60_000);

  afterAll(async () => {
    await watcher?.close();
    await store?.close();
    await broker?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('publishes with the certificate and no password; the watcher sees the site online with its address', async () => {
    const home = publisher(site('home'));
    try {
      await until(() => watcher.site('home')?.state?.families?.v4?.ip === A4, {
        timeoutMs: 20_000,
        what: `home seen by the watcher (broker log: ${broker.log()})`,
      });
      expect(watcher.site('home')).toMatchObject({ site: 'home', online: true, nameMismatch: null });
      expect(home.status().link).toMatchObject({ state: 'connected', error: null });
      // The certificate's CN is the user name the ACL knows: home may publish as home only.
      const own = await testFleet(site('home'), '', systemClock);
      expect(own).toMatchObject({ ok: true, publish: { ok: true, detail: 'can publish under ipwatch/fleet/home/' } });
      const other = await testFleet(site('home', { site: 'office' }), '', systemClock);
      expect(other.publish?.detail).toMatch(/^the broker refused to take ipwatch\/fleet\/office\/: its ACL/);
    } finally {
      await home.close();
    }
  }, 40_000);

  it('refuses a certificate signed by another CA, and says so in words', async () => {
    const stranger = publisher(site('stranger'));
    try {
      await until(() => stranger.status().link.state === 'failing', { what: 'the stranger refused' });
      const error = stranger.status().link.error ?? '';
      console.log(`stranger: ${error}`);
      expect(error).toMatch(/^the broker refused this client certificate/);
      const tested = await testFleet(site('stranger'), '', systemClock);
      expect(!tested.ok && tested.error).toMatch(/^the broker refused this client certificate/);
    } finally {
      await stranger.close();
    }
  });

  it('reads its files at each try: a CA file written later, then a certificate swapped, without a restart', async () => {
    const [ca, cert, key] = [f('later-ca.pem'), f('swap.pem'), f('swap.key')];
    await copyFile(f('stranger.pem'), cert);
    await copyFile(f('stranger.key'), key);
    const link = publisher(site('home', { caFile: ca, clientCertFile: cert, clientKeyFile: key }));
    try {
      const missing = `cannot read the CA file ${ca}: no such file`;
      await until(() => link.status().link.error === missing, { what: 'the missing CA file said' });
      expect(link.status().link.state).toBe('failing');
      await copyFile(f('ca.pem'), ca);
      // The CA now read, the stranger's certificate is the broker's to refuse.
      await until(() => /^the broker refused this client certificate/.test(link.status().link.error ?? ''), {
        timeoutMs: 20_000,
        what: 'a try with the CA file written',
      });
      await copyFile(f('home.key'), key);
      await copyFile(f('home.pem'), cert);
      await until(() => link.status().link.state === 'connected', {
        timeoutMs: 30_000,
        what: `a try with the certificate swapped (broker log: ${broker.log()})`,
      });
      await until(() => watcher.site('home')?.online === true, { what: 'home seen online' });
    } finally {
      await link.close();
    }
  }, 60_000);

  it('names a missing key file by its path and never shows a key', async () => {
    const missing = await testFleet(site('home', { clientKeyFile: f('nowhere.key') }), '', systemClock);
    expect(!missing.ok && missing.error).toBe(`cannot read the client key ${f('nowhere.key')}: no such file`);
    const gone = publisher(site('home', { clientCertFile: f('nowhere.pem') }));
    try {
      await until(() => gone.status().link.error !== null, { what: 'the missing certificate reported' });
      const said = `cannot read the client certificate ${f('nowhere.pem')}: no such file`;
      expect(gone.status().link).toMatchObject({ state: 'failing', error: said });
      expect(logged.some((l) => l.includes(said))).toBe(true);
    } finally {
      await gone.close();
    }
    const keys = ['home', 'stranger'].map((n) => readFileSync(f(`${n}.key`), 'utf8').split('\n')[1]!);
    const shown = [...logged, JSON.stringify(watcher.status())];
    for (const key of keys) for (const line of shown) expect(line).not.toContain(key);
  });
});
