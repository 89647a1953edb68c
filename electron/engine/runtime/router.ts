/**
 * The router watch (router/watch.ts) in the runtime: started and stopped with the monitor, asked
 * again on every network change the monitor sees, a witness for the monitor's steady IPv4
 * checks (ip-monitor/witness.ts), and, when its answer changes, a reason for a check at once,
 * which the public sources confirm. It also gives the status's `router` and `nat` parts, and
 * a `nat` event when the verdict changes (nat-change.ts), looked at after every router round and
 * every change of the public IPv4 address.
 */
import os from 'node:os';

import { interfaceIdentifiers } from '../../../shared/egress-from';
import { leavesByTunnel, type Nat, natVerdict } from '../../../shared/nat';
import type { Settings } from '../../../shared/settings';
import { type Family, ROUTER_PROTOCOL_LABEL, type RouterStatus } from '../../../shared/types';
import type { Clock } from '../clock';
import type { Engine } from '../ip-monitor/engine';
import type { RouterWitness } from '../ip-monitor/witness';
import type { Logger } from '../logger';
import { createGatewayFinder } from '../router';
import { createEgressFinder, type FindEgress } from '../router/egress';
import { createRouterWatch, type RouterWatch, type RouterWatchOptions } from '../router/watch';
import { NAT_MEMORY_START, natStep } from './nat-change';
import { isRouterNews } from './router-news';

/** What a test may change: the gateway, the stand-ins' ports. */
export type RouterWatchOverrides = Partial<Pick<RouterWatchOptions, 'findGateway' | 'protocols' | 'announcePort'>>;

export interface RouterPart {
  watch: RouterWatch;
  /** New settings: the watch's own, and the way out chosen (monitor.fromV4) the gateway is looked for by. */
  update(settings: Settings): void;
  /** The router's external address, asked now: the engine's IPv4 witness. */
  witness: RouterWitness;
  /** Wires the watch and the engine together, once the engine exists. */
  attach(engine: Engine): void;
  status(engine: Engine): { router: RouterStatus; nat: Nat };
}

/** Checks after which the way out may have moved (a VPN up or down): the egress is asked again. */
const EGRESS_TRIGGERS: ReadonlySet<string> = new Set(['start', 'network', 'resume', 'manual']);

export function routerPart(
  settings: Settings,
  deps: { clock: Clock; logger: Logger; overrides?: RouterWatchOverrides; findEgress?: FindEgress },
): RouterPart {
  // The router asked: the one of the way out chosen for IPv4 (monitor.fromV4, issue 76), when a default route leaves by it.
  let from = settings.monitor.fromV4;
  const prefer = (family: Family) => (family === 4 ? interfaceIdentifiers(from, 4, os.networkInterfaces()) : []);
  const watch = createRouterWatch({
    settings: settings.router,
    clock: deps.clock,
    logger: deps.logger,
    findGateway: createGatewayFinder({ prefer }),
    ...deps.overrides,
  });
  const status = (engine: Engine) => {
    const router = watch.status();
    const routerAddress = router.state === 'ok' ? router.externalAddress : null;
    const publicAddress = engine.liveStatus().families.v4.ip;
    const nat = natVerdict({ routerAddress, publicAddress, localAddresses: localIpv4(), egress });
    return { router, nat, routerAddress, publicAddress };
  };
  // The interface traffic to the internet leaves by, asked of the OS at start and after a
  // network change (a child process each time: not on every check).
  const findEgress = deps.findEgress ?? createEgressFinder();
  let egress: string | null = null;
  const askEgress = () =>
    findEgress(AbortSignal.timeout(5000)).then(
      (name) => void (egress = name),
      (err: unknown) => deps.logger.debug('cannot tell the way out', { error: String(err) }),
    );
  let memory = NAT_MEMORY_START;
  const look = (engine: Engine) => {
    const { nat, routerAddress, publicAddress } = status(engine);
    const seen = { nat, routerAddress, publicAddress, throughTunnel: leavesByTunnel(egress, routerAddress) };
    const step = natStep(memory, seen, deps.clock.now());
    memory = step.memory;
    if (step.event) {
      deps.logger.info('the NAT verdict changed', { from: step.event.from, to: step.event.to });
      engine.publish(step.event);
    }
  };
  return {
    watch,
    update(next) {
      from = next.monitor.fromV4;
      watch.update(next.router);
    },
    witness() {
      // A router that has not answered (none speaks, or not yet) is not asked on every check:
      // the watch's own poll looks for one, and the check goes to the public sources at once.
      if (watch.status().state !== 'ok') return null;
      return watch
        .askNow()
        .then((s) =>
          s.state === 'ok' && s.externalAddress
            ? { address: s.externalAddress, by: `router ${s.protocol ? ROUTER_PROTOCOL_LABEL[s.protocol] : ''}`.trim() }
            : null,
        );
    },
    attach(engine) {
      // The monitor's own network-change check (after its settle time) is the hook: one per change.
      engine.on((event) => {
        if (event.type === 'check' && event.trigger === 'network') watch.trigger('network');
        if (event.type !== 'check' || event.family !== 4) return;
        // After the check, not at its change event: the confirmed address is updated by then.
        if (EGRESS_TRIGGERS.has(event.trigger)) void askEgress().then(() => look(engine));
        else if (event.result === 'changed' || event.result === 'confirmed') look(engine);
      });
      // A new answer (an announcement, a GENA event, the poll, a witness question), after another
      // or after a gap with none, is news to check (router-news.ts).
      watch.onRound((next, prev) => {
        const now = next.state === 'ok' ? next.externalAddress : null;
        const before = prev.state === 'ok' ? prev.externalAddress : null;
        const confirmed = engine.liveStatus().families.v4.ip;
        const first = prev.state === 'searching';
        if (now !== null && isRouterNews({ now, before, first, confirmed })) engine.routerSaw(now);
        look(engine);
      });
    },
    status(engine) {
      const { router, nat } = status(engine);
      return { router, nat };
    },
  };
}

/** This machine's own IPv4 addresses: one holding the public address means no NAT at all. */
function localIpv4(): string[] {
  return Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
