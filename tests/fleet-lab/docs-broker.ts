/**
 * Debian's mosquitto configured FROM docs/fleet.md (issue 74): the `mosquitto.conf` and the ACL are
 * the page's own code blocks, read at run time, so the guide and the lab cannot drift apart. Only
 * what names this machine is the lab's: the password and ACL files' paths, and one plain
 * listener on loopback instead of the page's TLS one (the TLS lines are the page's, and other lab
 * tests run them). One user of the lab's, `fleetlab`, may write every site's topics, so 10,000
 * sites publish through a few connections rather than 10,000 users (the bench's way,
 * bench/fleet/broker.ts). `defaults: true` leaves out every setting the page adds past sign-in and
 * the ACL: mosquitto with its own defaults, as the issue found it.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

import { freePort, runMosquitto } from '../fixtures/notify/mosquitto';
import { fleetBrokerPeer, writePasswordFile } from './broker';

const DOCS = path.join(import.meta.dirname, '..', '..', 'docs', 'fleet.md');
/** The lines of the page's one code block that holds `needle`. */
export function docsBlock(needle: string): string[] {
  const blocks = [...readFileSync(DOCS, 'utf8').matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const found = blocks.filter((b) => b.includes(needle));
  if (found.length !== 1) throw new Error(`docs/fleet.md: ${found.length} code blocks hold ${needle}, not one`);
  return found[0]!.split('\n');
}

/** Sign-in and the ACL: what a `defaults` broker keeps of the page's config. */
const SIGN_IN = /^(per_listener_settings|allow_anonymous|password_file|acl_file)\b/;

/** The page's mosquitto.conf up to its first listener, its paths the lab's; comments and blank lines dropped. */
export function docsBrokerConfig(o: { passwords: string; acl: string; defaults: boolean }): string[] {
  const lines = docsBlock('per_listener_settings');
  const settings = lines
    .slice(
      0,
      lines.findIndex((l) => l.startsWith('listener ')),
    )
    .filter((l) => /^\w/.test(l));
  return settings
    .filter((l) => !o.defaults || SIGN_IN.test(l))
    .map((l) =>
      l.replace(/^password_file .*/, `password_file ${o.passwords}`).replace(/^acl_file .*/, `acl_file ${o.acl}`),
    );
}

export interface DocsBroker {
  url: string;
  pid: number;
  /** The mosquitto.conf it runs. */
  config: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startDocsBroker(users: Record<string, string>, defaults = false): Promise<DocsBroker> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-fleet-docs-broker-'));
  const passwords = await writePasswordFile(dir, users);
  const acl = path.join(dir, 'acl');
  await writeFile(acl, [...docsBlock('pattern write'), 'user fleetlab', 'topic write ipwatch/fleet/#', ''].join('\n'));
  const port = await freePort();
  const config = [
    // Run as root (a CI container), mosquitto would become user mosquitto and not read the lab's 0600 files.
    `user ${userInfo().username}`,
    'persistence false',
    'log_dest stderr',
    'log_type error',
    'log_type notice',
    ...docsBrokerConfig({ passwords, acl, defaults }),
    `listener ${port} 127.0.0.1`,
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'mosquitto.conf'), config);
  const broker = await runMosquitto(
    fleetBrokerPeer.path('mosquitto'),
    ['-c', path.join(dir, 'mosquitto.conf')],
    [port],
  );
  return {
    url: `mqtt://127.0.0.1:${port}`,
    pid: broker.pid,
    config,
    log: () => broker.log(),
    async stop() {
      await broker.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
