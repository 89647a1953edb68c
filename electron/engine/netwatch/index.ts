/**
 * electron/engine/netwatch: what the operating system says about the machine's network as it
 * happens, without a native module: a child process per OS whose output lines tell of address
 * and route changes (ip-monitor.ts on Linux, route-monitor.ts on macOS), run and restarted by
 * child-watch.ts, and Linux's default routes read from procfs for the re-sample that follows
 * an event. The monitor (ip-monitor/triggers.ts) decides what an event means, and polls where
 * no source runs.
 *
 * Windows has none: the event sources a plain Node process could run there are PowerShell's
 * (Register-ObjectEvent or Register-CimIndicationEvent, then Wait-Event), and Wait-Event wakes
 * every 200 ms (PowerShell's WaitEventCommand.cs: `_eventArrived.WaitOne(200)`), more often
 * than the 1 s poll it would replace, in a process of tens of MB; WMI's instance events on
 * MSFT_NetIPAddress need a WITHIN clause, which is WMI polling. So Windows polls.
 */
import type { Reason } from '../../../shared/contract/reason';
import { inEnglish, reason } from '../reason';
import { findInPath } from '../which';
import { ipMonitorSpec } from './ip-monitor';
import { readProcDefaultRoutes } from './proc-routes';
import { routeMonitorSpec } from './route-monitor';
import type { NetWatch } from './types';

export { ChildWatch } from './child-watch';
export type { NetWatch, WatchKind, WatchSpec } from './types';

/** The event source and route reading for this platform, its programs looked up in env's PATH. */
export function osNetWatch(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): NetWatch {
  if (platform === 'linux') {
    const readRoutes = () => readProcDefaultRoutes();
    const ip = findInPath('ip', env);
    if (!ip) return { spec: null, ...none(reason('reason.watch.noIp')), readRoutes };
    return { spec: ipMonitorSpec(env, ip, findInPath('setpriv', env)), none: null, readRoutes };
  }
  if (platform === 'darwin') return { spec: routeMonitorSpec(env), none: null, readRoutes: () => '' };
  const why = platform === 'win32' ? reason('reason.watch.windows') : reason('reason.watch.noSource', { platform });
  return { spec: null, ...none(why), readRoutes: () => '' };
}

/** No event source, and why: the English `none` from the same reason. */
const none = (r: Reason): Pick<NetWatch, 'none' | 'noneReason'> => ({ none: inEnglish(r), noneReason: r });
