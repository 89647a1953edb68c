/**
 * The runtime's part for IPv6 transition (issue 77): getTransition looks now (the system
 * resolver asked for ipv4only.arpa, the host's interfaces read: electron/engine/transition/) and
 * reads the share of the last SHARE_DAYS days with an IPv6 address from the history, the address
 * the monitor holds now counting to now (shared/held-runs.ts).
 */
import type { Transition } from '../../../shared/contract/transition';
import { heldRuns, untilNow } from '../../../shared/held-runs';
import { english } from '../../../shared/i18n/translators';
import { type Ipv6Share, ipv6Share, shareWords } from '../../../shared/ipv6-share';
import { transitionWords } from '../../../shared/nat64';
import { detectTransition } from '../transition';
import type { FeatureContext, FeaturePart } from './feature-types';

export const SHARE_DAYS = 30;
const DAY = 86_400_000;

export function transitionPart(ctx: FeatureContext): FeaturePart {
  const share = (): Ipv6Share => {
    const to = ctx.clock.now();
    // wall-clock: the window is the last 30 calendar days of the history's wall-stamped runs, not a wait
    const from = to - SHARE_DAYS * DAY;
    const runs = ctx.store.history({ family: 6, from, to, limit: 1000 }).items;
    return ipv6Share(untilNow(runs, heldRuns(ctx.engine.getStatus()), to), ctx.store.monitored(from, to), from, to);
  };
  return {
    name: 'transition',
    handlers: {
      getTransition: async (): Promise<Transition> => {
        const report = await detectTransition(ctx.transition);
        const ipv6 = share();
        const said = [transitionWords(report.verdict, english), shareWords(ipv6, SHARE_DAYS, english)];
        return { ...report, ipv6Share: { days: SHARE_DAYS, ...ipv6 }, said };
      },
    },
  };
}
