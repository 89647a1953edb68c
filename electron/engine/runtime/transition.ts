/**
 * The runtime's part for IPv6 transition (issue 77): getTransition looks now (the system
 * resolver asked for ipv4only.arpa, the host's interfaces read: electron/engine/transition/) and
 * reads the share of the last SHARE_DAYS days with an IPv6 address from the history.
 */
import type { Transition } from '../../../shared/contract/transition';
import { english } from '../../../shared/i18n/translators';
import { ipv6SharePercent } from '../../../shared/ipv6-share';
import { transitionWords } from '../../../shared/nat64';
import { detectTransition } from '../transition';
import type { FeatureContext, FeaturePart } from './feature-types';

export const SHARE_DAYS = 30;
const DAY = 86_400_000;

export function transitionPart(ctx: FeatureContext): FeaturePart {
  const share = (): number | null => {
    const to = ctx.clock.now();
    // wall-clock: the window is the last 30 calendar days of the history's wall-stamped runs, not a wait
    const from = to - SHARE_DAYS * DAY;
    const monitored = ctx.store.stats({ from, to, hourly: false }).uptime.monitoredMs;
    const runs = ctx.store.history({ family: 6, from, to, limit: 1000 }).items;
    return ipv6SharePercent(runs, from, to, monitored);
  };
  return {
    name: 'transition',
    handlers: {
      getTransition: async (): Promise<Transition> => {
        const report = await detectTransition();
        const percent = share();
        const said = [
          transitionWords(report.verdict, english),
          percent === null
            ? english.t('transition.shareUnknown', { days: SHARE_DAYS })
            : english.t('transition.share', { percent, days: SHARE_DAYS }),
        ];
        return { ...report, ipv6Share: { days: SHARE_DAYS, percent }, said };
      },
    },
  };
}
