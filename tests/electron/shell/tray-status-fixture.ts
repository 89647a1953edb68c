/**
 * The parts of a status the tray's tests put in it (a DNS record, a service monitor, a speed
 * test's result) and the tray's tooltip input, each written once: a test names only what differs.
 */
import type { TrayInput } from '../../../electron/shell/tray-state';
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import type { MonitorStatus } from '../../../shared/contract/monitors';
import type { SpeedTestResult } from '../../../shared/contract/speed';
import { NOW } from '../../helpers/app-status';

/** A dyndns2 A record named `name` (its id too), nothing known of it yet but its state. */
export const ddnsRecord = (
  name: string,
  state: DdnsRecordStatus['state'],
  over: Partial<DdnsRecordStatus> = {},
): DdnsRecordStatus => ({
  id: name,
  provider: 'dyndns2',
  name,
  type: 'A',
  state,
  why: null,
  address: null,
  holds: null,
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: null,
  lastPropagationMs: null,
  lastLookAt: null,
  ...over,
});

/** A TCP service monitor named `name` (its id too), up and never checked unless told. */
export const tcpMonitor = (name: string, over: Partial<MonitorStatus> = {}): MonitorStatus => ({
  id: name,
  name,
  type: 'tcp',
  target: '192.168.1.10:22',
  state: 'up',
  why: null,
  latencyMs: null,
  checkedAt: null,
  since: null,
  afterChange: false,
  ...over,
});

/** A scheduled speed test's result at `at`: 512.4 Mbps down, 48.23 up, 12 ms. */
export const speedResult = (at: number): SpeedTestResult => ({
  id: 1,
  at,
  trigger: 'schedule',
  server: 'speed.cloudflare.com',
  family: 4,
  downloadMbps: 512.4,
  uploadMbps: 48.23,
  latencyMs: 12,
  jitterMs: 1,
  bytes: 1,
  durationMs: 1,
  cut: null,
  error: null,
});

/** The tooltip's input for a status at NOW: not checking, no change seen, no update waiting. */
export const trayInput = (status: TrayInput['status']): TrayInput => ({
  status,
  now: NOW,
  checking: false,
  lastChangeAt: null,
  updateReady: null,
});
