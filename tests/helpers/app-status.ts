/**
 * AppStatus values for shell tests: a healthy, online engine with both families known,
 * and small edits of it. Built by hand because the tray's decisions are pure functions of
 * exactly this shape; the boot test covers the real engine producing it.
 */
import { botOff } from '../../shared/bot-types';
import type { AppStatus } from '../../shared/contract';
import { healthOf } from '../../shared/health';
import { english } from '../../shared/i18n/translators';
import { natVerdict } from '../../shared/nat';
import type { FamilyStatus, LastCheck, SourceHealth } from '../../shared/types';

export const NOW = 1_800_000_000_000;

const check = (over: Partial<LastCheck> = {}): LastCheck => ({
  at: NOW - 30_000,
  trigger: 'interval',
  result: 'unchanged',
  durationMs: 40,
  requests: 1,
  ...over,
});

export const family = (f: 4 | 6, over: Partial<FamilyStatus> = {}): FamilyStatus => ({
  family: f,
  enabled: true,
  ip: f === 4 ? '81.2.69.142' : '2a02:1:2:3::5',
  since: NOW - 3_600_000,
  lastCheck: check(),
  cgnat: null,
  ...over,
});

export function appStatus(
  over: Partial<AppStatus> = {},
  fams: { v4?: Partial<FamilyStatus>; v6?: Partial<FamilyStatus> } = {},
): AppStatus {
  const s: Omit<AppStatus, 'health'> = {
    running: true,
    pausedSince: null,
    nextCheckAt: null,
    online: true,
    offlineSince: null,
    families: { v4: family(4, fams.v4), v6: family(6, fams.v6) },
    sources: [],
    history: null,
    lastError: null,
    interfaces: { watch: 'netlink', reason: null, lastChangeAt: null },
    notifications: [],
    bot: botOff(),
    language: { chosen: 'auto', speaks: 'en' },
    process: {
      uptimeSec: 3600,
      rssBytes: 85e6,
      heapUsedBytes: 20e6,
      heapTotalBytes: 30e6,
      nativeBytes: 55e6,
      externalBytes: 25e6,
      arrayBuffersBytes: 1e6,
      wasmMemoryBytes: 22e6,
    },
    router: { state: 'ok', protocol: 'natpmp', externalAddress: '81.2.69.142', checkedAt: NOW, error: null },
    nat: natVerdict({ routerAddress: '81.2.69.142', publicAddress: '81.2.69.142', localAddresses: [], egress: null }),
    ...over,
  };
  // As the runtime does: health from the rest of the status, unless the test gives its own.
  return { ...s, health: over.health ?? healthOf(s, english) };
}

export const lastCheck = check;

/** A fresh install: nothing kept from before, the first check done, every source failed. */
export const noAddress = (result: 'unavailable' | 'uncertain') => ({
  ip: null,
  since: null,
  lastCheck: lastCheck({ trigger: 'start', result, requests: 5 }),
});

/**
 * appStatus built when a test's row runs, not when its file loads: appStatus computes health, so a
 * defect in healthOf (or a mutant of it) then fails its rows instead of the whole file's loading.
 */
export const appStatusOnRun =
  (...args: Parameters<typeof appStatus>) =>
  (): AppStatus =>
    appStatus(...args);

/** One source's health as the status lists it: healthy unless `over` says otherwise. */
export const sourceHealth = (id: string, family: 4 | 6, over: Partial<SourceHealth> = {}): SourceHealth => ({
  id,
  provider: id,
  kind: 'http',
  family,
  state: 'closed',
  successes: 10,
  failures: 0,
  consecutiveFailures: 0,
  successRate: 1,
  latencyMs: 20,
  ...over,
});

/** What the process guard caught: three errors, the last in ddns, within the hour (`recent`) or not. */
export const caughtErrors = (recent: boolean) => ({
  total: 3,
  byPart: { ddns: 2, unknown: 1 },
  last: { part: 'ddns', message: 'Cannot read properties of null', at: NOW },
  recent,
});
