/**
 * Debian's mosquitto for the fleet bench (mosquitto.conf(5): password_file, acl_file), set up as
 * docs/fleet.md says (no anonymous clients, a password file, the ACL of tests/fleet-lab/broker.ts),
 * plus one user, `fleetbench`, that may write every site's topics: the bench's 1,000 simulated
 * sites publish through a few connections instead of a thousand users.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort, runMosquitto } from '../../tests/fixtures/notify/mosquitto';
import { ACL, brokerConfigBase, fleetBrokerPeer, writePasswordFile } from '../../tests/fleet-lab/broker';

export interface BenchBroker {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startBenchBroker(users: Record<string, string>): Promise<BenchBroker> {
  if (fleetBrokerPeer.skip) throw new Error('mosquitto is missing: apt-get install mosquitto');
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bench-fleet-'));
  const passwords = await writePasswordFile(dir, users);
  await writeFile(path.join(dir, 'acl'), `${ACL}\nuser fleetbench\ntopic write ipwatch/fleet/#\n`);
  const port = await freePort();
  await writeFile(
    path.join(dir, 'mosquitto.conf'),
    [...brokerConfigBase(dir, passwords), `listener ${port} 127.0.0.1`, ''].join('\n'),
  );
  const broker = await runMosquitto(
    fleetBrokerPeer.path('mosquitto'),
    ['-c', path.join(dir, 'mosquitto.conf')],
    [port],
  );
  return {
    url: `mqtt://127.0.0.1:${port}`,
    pid: broker.pid,
    async stop() {
      await broker.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
