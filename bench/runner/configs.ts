/**
 * The configurations issue 49 measures the built runner in, each with the local stand-ins it
 * talks to (tests/fakes, all on 127.0.0.1, hosted in the bench's own process so their memory
 * and CPU are never the runner's):
 * - default: 60 s checks, identity on, both families;
 * - busy: 10 s checks, identity on, 2 DDNS records (dyndns2 stand-in), 2 service monitors (an
 *   HTTP page and a TCP port of a local service), a webhook (startup notice on), and the API
 *   polled as the dashboard does every 5 s (status, history, recent events, one SSE stream);
 * - lean: 10 s checks, DDNS, monitors and identity off;
 * - checked: default at 10 s checks (issue 61's 50-minute outside figure: 10 s checks, both
 *   families, API on, identity on, no DDNS, monitors or webhook).
 * "Identity on" is the online enrichment asking the ifconfig.co stand-in (ask: always), beside the
 * offline databases the runner always has; "off" is provider off. The DDNS records' names end in
 * `.invalid` (RFC 6761): the proof of an update asks the system's resolver for the zone's NS,
 * which answers no such name without asking anyone else.
 */
import { startDyndns2 } from '../../tests/fakes/dyndns2';
import { startIfconfigCo } from '../../tests/fakes/ifconfig-co';
import { startNotifyFake } from '../../tests/fakes/notify-http';
import { startUserService } from '../../tests/fakes/user-service';
import { type Dashboard, startDashboard } from './dashboard';
import type { RunnerSession } from './session';

export const CONFIG_NAMES = ['default', 'busy', 'lean', 'checked'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];
/** What the soak runs when BENCH_RUNNER_CONFIGS names none: issue 49's three. */
export const SOAK_CONFIG_NAMES: readonly ConfigName[] = ['default', 'busy', 'lean'];

export interface RunnerConfig {
  name: ConfigName;
  intervalSec: number;
  /** Settings beside the sources and the interval (session.ts adds those). */
  settings: Record<string, unknown>;
  /** Started once the runner's API is up (busy's dashboard); stopped before the stand-ins. */
  attach(s: RunnerSession): Promise<void>;
  /** Stops the dashboard and the stand-ins. */
  close(): Promise<void>;
}

export function configName(raw: string): ConfigName {
  if ((CONFIG_NAMES as readonly string[]).includes(raw)) return raw as ConfigName;
  throw new Error(`unknown runner configuration "${raw}": expected one of ${CONFIG_NAMES.join(', ')}`);
}

const DDNS_USER = 'bench';
const DDNS_PASSWORD = 'bench-secret';
const HOSTS = ['home.ipwatch-bench.invalid', 'nas.ipwatch-bench.invalid'];

/** Starts the configuration's stand-ins and returns its settings. */
export async function startConfig(name: ConfigName): Promise<RunnerConfig> {
  const closers: (() => Promise<void>)[] = [];
  let dashboard: Dashboard | null = null;
  const close = async () => {
    await dashboard?.stop();
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const settings: Record<string, unknown> = {};
    if (name !== 'lean') {
      const idp = await startIfconfigCo();
      closers.push(() => idp.close());
      settings['identity'] = { provider: 'ifconfig.co', url: idp.url, ask: 'always' };
    }
    if (name === 'busy') {
      const dyn = await startDyndns2(DDNS_USER, DDNS_PASSWORD, HOSTS);
      closers.push(() => dyn.close());
      settings['ddns'] = {
        records: HOSTS.map((hostname, i) => ({
          id: `bench-${i + 1}`,
          provider: 'dyndns2',
          server: dyn.url,
          username: DDNS_USER,
          password: DDNS_PASSWORD,
          hostname,
        })),
      };
      const page = await startUserService({ status: 200, body: 'bench service ok' });
      const port = await startUserService();
      closers.push(
        () => page.close(),
        () => port.close(),
      );
      settings['monitors'] = {
        items: [
          { id: 'bench-page', name: 'Bench page', type: 'http', url: page.url, intervalSec: 30 },
          { id: 'bench-port', name: 'Bench port', type: 'tcp', host: '127.0.0.1', port: port.port, intervalSec: 30 },
        ],
      };
      const hook = await startNotifyFake();
      closers.push(() => hook.close());
      settings['notifications'] = { startup: true, channels: [{ id: 'bench-hook', type: 'webhook', url: hook.url }] };
    }
    return {
      name,
      intervalSec: name === 'default' ? 60 : 10,
      settings,
      async attach(s) {
        if (name === 'busy') dashboard = startDashboard(await s.api(), 5_000);
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
