/**
 * Debian's mosquitto for the fleet bench (mosquitto.conf(5): password_file, acl_file), set up as
 * docs/fleet.md says (no anonymous clients, a password file, the ACL of tests/fleet-lab/broker.ts),
 * plus one user, `fleetbench`, that may write every site's topics: the bench's 1,000 simulated
 * sites publish through a few connections instead of a thousand users.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

import { freePort } from '../../tests/fixtures/notify/mosquitto';
import { ACL, fleetBrokerPeer } from '../../tests/fleet-lab/broker';
import { until } from '../../tests/helpers/until';

export interface BenchBroker {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const sock = connect(port, '127.0.0.1');
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });

export async function startBenchBroker(users: Record<string, string>): Promise<BenchBroker> {
  if (fleetBrokerPeer.skip) throw new Error('mosquitto is missing: apt-get install mosquitto');
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bench-fleet-'));
  const passwords = path.join(dir, 'passwords');
  await writeFile(passwords, '', { mode: 0o600 });
  for (const [user, pass] of Object.entries(users))
    execFileSync(fleetBrokerPeer.path('mosquitto_passwd'), ['-b', passwords, user, pass], { stdio: 'pipe' });
  await writeFile(path.join(dir, 'acl'), `${ACL}\nuser fleetbench\ntopic write ipwatch/fleet/#\n`);
  const port = await freePort();
  await writeFile(
    path.join(dir, 'mosquitto.conf'),
    [
      `user ${userInfo().username}`,
      'allow_anonymous false',
      `password_file ${passwords}`,
      `acl_file ${path.join(dir, 'acl')}`,
      'persistence false',
      'log_dest stderr',
      'log_type error',
      `listener ${port} 127.0.0.1`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(fleetBrokerPeer.path('mosquitto'), ['-c', path.join(dir, 'mosquitto.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`mosquitto exited at start: ${stderr}`);
      return canConnect(port);
    },
    { timeoutMs: 10_000, everyMs: 50, what: 'mosquitto accepting connections' },
  );
  return {
    url: `mqtt://127.0.0.1:${port}`,
    pid: child.pid ?? NaN,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
