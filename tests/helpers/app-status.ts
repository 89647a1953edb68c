/**
 * AppStatus values for shell tests: a healthy, online engine with both families known,
 * and small edits of it. Built by hand because the tray's decisions are pure functions of
 * exactly this shape; the boot test covers the real engine producing it.
 */
import { botOff } from '../../shared/bot-types';
import type { AppStatus } from '../../shared/contract';
import { healthOf } from '../../shared/health';
import { natVerdict } from '../../shared/nat';
import type { FamilyStatus, LastCheck } from '../../shared/types';

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
  return { ...s, health: over.health ?? healthOf(s) };
}

export const lastCheck = check;

/** A fresh install: nothing kept from before, the first check done, every source failed. */
export const noAddress = (result: 'unavailable' | 'uncertain') => ({
  ip: null,
  since: null,
  lastCheck: lastCheck({ trigger: 'start', result, requests: 5 }),
});
