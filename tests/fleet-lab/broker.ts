/**
 * Debian's real mosquitto (`apt-get install mosquitto`) set up as docs/fleet.md tells a user to:
 * no anonymous clients, a password file made by mosquitto_passwd, and an ACL that lets each site
 * write only its own topics (`pattern write <prefix>/%u/#`) and the watcher read them all. One
 * plain listener and one TLS listener whose certificate is signed by a CA the lab makes with the
 * openssl CLI (mosquitto-tls(7), mosquitto.conf(5): listener, cafile, certfile, keyfile,
 * password_file, acl_file, pattern).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

import { freePort, runMosquitto } from '../fixtures/notify/mosquitto';
import { peer } from '../helpers/peers';

export const fleetBrokerPeer = peer('mosquitto', {
  packages: ['mosquitto', 'openssl'],
  commands: ['mosquitto', 'mosquitto_passwd', 'openssl'],
});

export const PREFIX = 'ipwatch/fleet';

export interface FleetBroker {
  url: string;
  /** The plain listener on `listenAlso`'s address, when one was asked for. */
  alsoUrl: string | null;
  /** The TLS listener on `listenAlso`'s address (its certificate names that address too). */
  alsoTlsUrl: string | null;
  tlsUrl: string;
  /** The CA file that signed the TLS listener's certificate. */
  caFile: string;
  dir: string;
  /** mosquitto's process id: a test may freeze (SIGSTOP) or kill (SIGKILL) the real broker. */
  pid: number;
  /** What mosquitto logged (connections, disconnections and why): shown when a test fails. */
  log(): string;
  stop(): Promise<void>;
}

/** The ACL of docs/fleet.md: each site user writes its own topics only (and reads none); `watcher` reads all. */
export const ACL = `# each site writes only under its own name (its user name)
pattern write ${PREFIX}/%u/#
# the watcher reads every site
user watcher
topic read ${PREFIX}/#
`;

function makeCa(dir: string, alsoIp?: string): { ca: string; cert: string; key: string } {
  const f = (n: string) => path.join(dir, n);
  const ssl = (...args: string[]) => execFileSync(fleetBrokerPeer.path('openssl'), args, { stdio: 'pipe' });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=lab CA',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.pem'),
  );
  ssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=localhost',
    '-keyout',
    f('server.key'),
    '-out',
    f('server.csr'),
  );
  writeFileSync(f('san.ext'), `subjectAltName=DNS:localhost,IP:127.0.0.1${alsoIp ? `,IP:${alsoIp}` : ''}\n`);
  ssl(
    'x509',
    '-req',
    '-in',
    f('server.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    f('san.ext'),
    '-out',
    f('server.pem'),
  );
  return { ca: f('ca.pem'), cert: f('server.pem'), key: f('server.key') };
}

/** Writes `users` (name to password) with mosquitto_passwd into `dir`/passwords; returns its path. */
export async function writePasswordFile(dir: string, users: Record<string, string>): Promise<string> {
  const passwords = path.join(dir, 'passwords');
  await writeFile(passwords, '', { mode: 0o600 });
  for (const [user, pass] of Object.entries(users))
    execFileSync(fleetBrokerPeer.path('mosquitto_passwd'), ['-b', passwords, user, pass], { stdio: 'pipe' });
  return passwords;
}

/**
 * The lines every lab broker's mosquitto.conf starts with: as docs/fleet.md says (no anonymous
 * clients, the password file and the ACL file in `dir`), nothing kept on disk, errors on stderr.
 */
export function brokerConfigBase(dir: string, passwords: string): string[] {
  return [
    // Run as root (a CI container), mosquitto would become user mosquitto and not read the lab's 0600 files.
    `user ${userInfo().username}`,
    'allow_anonymous false',
    `password_file ${passwords}`,
    `acl_file ${path.join(dir, 'acl')}`,
    'persistence false',
    'log_dest stderr',
    'log_type error',
  ];
}

/** Starts the broker with `users` (name to password) in its password file. */
export async function startFleetBroker(users: Record<string, string>, listenAlso?: string): Promise<FleetBroker> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-fleet-broker-'));
  const passwords = await writePasswordFile(dir, users);
  await writeFile(path.join(dir, 'acl'), ACL);
  const tls = makeCa(dir, listenAlso);
  const [port, tlsPort, alsoPort, alsoTlsPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  await writeFile(
    path.join(dir, 'mosquitto.conf'),
    [
      'per_listener_settings false',
      ...brokerConfigBase(dir, passwords),
      'log_type warning',
      'log_type notice',
      'log_type information',
      'log_timestamp_format %H:%M:%S',
      `listener ${port} 127.0.0.1`,
      ...(listenAlso ? [`listener ${alsoPort} ${listenAlso}`] : []),
      ...[`${tlsPort} 127.0.0.1`, ...(listenAlso ? [`${alsoTlsPort} ${listenAlso}`] : [])].flatMap((at) => [
        `listener ${at}`,
        `cafile ${tls.ca}`,
        `certfile ${tls.cert}`,
        `keyfile ${tls.key}`,
      ]),
      '',
    ].join('\n'),
  );
  const broker = await runMosquitto(
    fleetBrokerPeer.path('mosquitto'),
    ['-c', path.join(dir, 'mosquitto.conf')],
    [port, tlsPort],
  );
  return {
    url: `mqtt://127.0.0.1:${port}`,
    alsoUrl: listenAlso ? `mqtt://${listenAlso}:${alsoPort}` : null,
    alsoTlsUrl: listenAlso ? `mqtts://${listenAlso}:${alsoTlsPort}` : null,
    tlsUrl: `mqtts://localhost:${tlsPort}`,
    caFile: tls.ca,
    dir,
    pid: broker.pid,
    log: () => broker.log(),
    async stop() {
      await broker.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Bytes sent to `port` over established connections and not read yet (/proc/net/tcp, IPv4
 * sockets, hex fields; a listening socket's queue counts connections, not bytes): with the broker
 * frozen (SIGSTOP), a client's publish in flight shows here. Connections from `ignoring` (client
 * ports: another test client's PUBACK) are not counted.
 */
export function unreadBytesAt(port: number, ignoring: number[] = []): number {
  const rows = readFileSync('/proc/net/tcp', 'utf8').trim().split('\n').slice(1);
  let unread = 0;
  for (const row of rows) {
    const [, local, remote, state, queues] = row.trim().split(/\s+/);
    const at = (address: string) => parseInt(address.split(':')[1]!, 16);
    if (state === '01' && at(local!) === port && !ignoring.includes(at(remote!)))
      unread += parseInt(queues!.split(':')[1]!, 16);
  }
  return unread;
}
