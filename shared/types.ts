/**
 * Domain types shared by the engine, the shells (Electron, headless) and the renderer.
 * Pure TypeScript: no node: or electron imports.
 */
import type { CheckCause } from './check-cause';
import type { WireReason } from './contract/reason';
import type { NetworkIdentity } from './identity';

export type Family = 4 | 6;
export const FAMILIES: readonly Family[] = [4, 6];

export type SourceKind = 'http' | 'dns' | 'stun' | 'interface' | 'plugin';

/**
 * What started a check. In the history, `import` marks a change brought in from another
 * program's file (neither the seed bot nor ddns-updater records what triggered it).
 */
export const TRIGGERS = [
  'start',
  'interval',
  'network',
  'resume',
  'manual',
  'retry',
  'follow-up',
  'import',
  /** The home router reported a new external address (an announcement, a GENA event, its poll). */
  'router',
  /** Settings saved with new sources, or a family switched on (monitor/settings-check.ts). */
  'settings',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

/**
 * Outcome of one check of one family.
 * - unchanged: the answer matched the last confirmed address.
 * - confirmed: a quorum agreed on an address (first sighting, or the same address re-confirmed).
 * - changed: a quorum agreed on an address different from the last confirmed one.
 * - uncertain: sources answered but no quorum agreed; nothing is declared.
 * - unavailable: no source of this family answered (no IPv6 on this network, or offline).
 * - disabled: the family is switched off in settings.
 */
export type CheckResult = 'unchanged' | 'confirmed' | 'changed' | 'uncertain' | 'unavailable' | 'disabled';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** One source's answer or failure inside a check, as reported in events. */
export interface Attempt {
  sourceId: string;
  provider: string;
  kind: SourceKind;
  ok: boolean;
  /** Accepted public address, when ok. */
  ip?: string;
  /** Why the answer was rejected or the request failed. */
  error?: string;
  /** `error` as a code and its values (a raw request error is `reason.source.failed`). */
  errorCode?: WireReason;
  /** A failed request got a reply (a page, an HTTP error, NXDOMAIN), not a failure to connect (shared/check-cause.ts). */
  replied?: boolean;
  /** The source gave an address the detection filter dropped: never taken as the public address (shared/detection-filter.ts). */
  filtered?: boolean;
  /** The request could not leave from the interface or address chosen (shared/egress-from.ts). */
  unbound?: boolean;
  latencyMs: number;
}

export interface SourceHealth {
  id: string;
  provider: string;
  kind: SourceKind;
  family: Family;
  state: BreakerState;
  successes: number;
  failures: number;
  consecutiveFailures: number;
  /** Success ratio over all attempts so far (0..1), null before the first attempt. */
  successRate: number | null;
  /** Median latency of recent successful answers, ms. */
  latencyMs: number | null;
  /**
   * The last failure held against the source (one while nothing answered at all is the network's,
   * not kept here); an old one stays after the source recovers (compare the times, or see source-state.ts).
   */
  lastError?: string;
  /** `lastError` as a code and its values. */
  lastErrorCode?: WireReason;
  /** When `lastError` happened, epoch ms. */
  lastErrorAt?: number;
  /** When the source last answered with an address the quorum did not contradict, epoch ms. */
  lastSuccessAt?: number;
  /** Epoch ms until which the breaker stays open. */
  openUntil?: number;
  /** The user's own source (sources.custom), not a built-in: only its errors may ask to check its name for typos. */
  own?: boolean;
}

export interface LastCheck {
  at: number;
  trigger: Trigger;
  result: CheckResult;
  durationMs: number;
  requests: number;
  /** Who vouched for the address instead of public sources ("router NAT-PMP", "interface eth0"). */
  witness?: string;
  /**
   * What each source asked in this check answered (an address, or why not), in the order they
   * settled: the Sources table shows it beside each source. None when a witness settled it.
   */
  attempts?: Attempt[];
  /** Why no address was confirmed (shared/check-cause.ts); absent when one was, or from an engine before it. */
  cause?: CheckCause;
}

export interface FamilyStatus {
  family: Family;
  enabled: boolean;
  /** Last confirmed public address. */
  ip: string | null;
  /** Epoch ms since which `ip` has been the address (first confirmation of this run of it). */
  since: number | null;
  lastCheck: LastCheck | null;
  /** Set when a source saw a carrier-grade NAT (100.64.0.0/10) address: the machine is behind CGNAT. */
  cgnat: string | null;
  /** Who announces `ip` and where (AS, organisation, country, VPN flag); null when unknown. */
  identity?: NetworkIdentity | null;
}

/** The history file after a damaged one was moved aside. */
export interface HistoryRecovery {
  /** The backup used, or null when none was usable and the store started empty. */
  from: string | null;
  /** Where the bad file was moved (never deleted). */
  movedTo: string;
  at: number;
  reason: string;
}

export interface HistoryStatus {
  /** null for an in-memory store. */
  path: string | null;
  bytes: number;
  lastSaveAt: number | null;
  lastSaveMs: number | null;
  lastError: string | null;
  revision: number;
  savedRevision: number;
  schemaVersion: number;
  encrypted: boolean;
  recovered?: HistoryRecovery;
}

/** The monitor's most recent failure (a store write, a check, an event listener). */
export interface EngineError {
  message: string;
  at: number;
  /** What failed, e.g. "store: check", "check", "event listener". */
  where: string;
}

export interface EngineStatus {
  running: boolean;
  /** When the user paused monitoring (no scheduled checks until resumed); null while it runs. */
  pausedSince: number | null;
  /** When the next scheduled check is due, epoch ms; null while paused, stopped or checking. */
  nextCheckAt: number | null;
  /** null until the first check has finished. */
  online: boolean | null;
  offlineSince: number | null;
  families: Record<`v${Family}`, FamilyStatus>;
  sources: SourceHealth[];
  /** The history store's state; null when the store keeps nothing on disk. */
  history: HistoryStatus | null;
  /**
   * The last failure, kept until a check completes without one (the log keeps them all).
   * Checks go on whatever fails; this is where a failure shows.
   */
  lastError: EngineError | null;
  /** How interface changes reach the monitor. */
  interfaces: InterfaceWatchStatus;
}

/**
 * How the monitor learns that the machine's addresses changed: from the OS as they happen
 * (`netlink`: Linux, through `ip monitor`; `route-socket`: macOS, through `route monitor`), by
 * reading them every `monitor.networkPollMs` (`poll`: where no event source runs), or not at all
 * (`off`: `monitor.networkWatch` is off).
 */
export interface InterfaceWatchStatus {
  watch: 'netlink' | 'route-socket' | 'poll' | 'off';
  /** While polling: why no event source runs (none on this system, or it failed); null otherwise. */
  reason: string | null;
  /** `reason` as a code and its values (shared/contract/reason.ts), for a reader in another language. */
  reasonCode?: WireReason;
  /** When a change of the addresses or default routes was last seen, epoch ms; null since the start. */
  lastChangeAt: number | null;
}

export type RouterProtocol = 'natpmp' | 'pcp' | 'upnp';
/** The protocols' names as people write them. */
export const ROUTER_PROTOCOL_LABEL: Record<RouterProtocol, string> = {
  natpmp: 'NAT-PMP',
  pcp: 'PCP',
  upnp: 'UPnP-IGD',
};

/**
 * What the home router says its external IPv4 address is (NAT-PMP, PCP or UPnP-IGD): `searching`
 * before the first answer, `none` when it speaks none of them, `error` when one speaks but gives
 * no address (its WAN is down), `off` by the settings. A witness for steady checks and a reason
 * for a check when it changes (the public sources confirm), never a confirmed address itself.
 */
export interface RouterStatus {
  state: 'off' | 'searching' | 'ok' | 'none' | 'error';
  protocol: RouterProtocol | null;
  externalAddress: string | null;
  /** When the router was last asked, epoch ms. */
  checkedAt: number | null;
  error: string | null;
}

/** The process the monitor runs in (the headless runner, or the app's main process), as the status shows it. */
export interface ProcessStatus {
  uptimeSec: number;
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  /** RSS outside the V8 heap (rss - heapTotal): shared/process-memory.ts's nativeMemoryBytes says what it holds. */
  nativeBytes: number;
  /** Held by JS objects outside the V8 heap: buffers and the history's wasm memory. */
  externalBytes: number;
  /** The part of externalBytes in ArrayBuffers and Buffers (the history's file image among them). */
  arrayBuffersBytes: number;
  /** The history's SQLite wasm memory (it never shrinks; RSS holds only the pages it has touched). */
  wasmMemoryBytes: number;
}

interface EventBase {
  at: number;
}

export interface CheckEvent extends EventBase {
  type: 'check';
  family: Family;
  trigger: Trigger;
  result: CheckResult;
  ip: string | null;
  requests: number;
  durationMs: number;
  attempts: Attempt[];
  /** Why no address was confirmed (shared/check-cause.ts); absent when one was. */
  cause?: CheckCause;
  /** Set when a local witness settled the check and no public source was asked. */
  witness?: string;
}

export interface ChangeEvent extends EventBase {
  type: 'change';
  family: Family;
  from: string | null;
  to: string;
  /** Epoch ms since which `from` had been the address, when known. */
  fromSince: number | null;
  trigger: Trigger;
  /** Source ids whose answers formed the quorum. */
  sources: string[];
  /** The network identity of `to` and of `from`, when the monitor has a lookup and knows them. */
  identity?: NetworkIdentity | null;
  fromIdentity?: NetworkIdentity | null;
}

export interface OfflineEvent extends EventBase {
  type: 'offline';
  /** The cause in English (the history keeps it), from `reason`. */
  cause: string;
  /** The cause as a code (shared/check-cause.ts `reason.cause.*`): said in the reader's language. */
  reason?: WireReason;
}

export interface OnlineEvent extends EventBase {
  type: 'online';
  /** How long the machine was offline, ms. */
  offlineMs: number;
}

/** The wall clock stepped (NTP, an admin, a wake): the history keeps it as an event of its own. */
export interface ClockStepEvent extends EventBase {
  type: 'clockStep';
  /** How far, ms: positive forward, negative back. */
  stepMs: number;
}

export interface SourceHealthEvent extends EventBase {
  type: 'source-health';
  sourceId: string;
  from: BreakerState;
  to: BreakerState;
  reason: string;
  /** `reason` as a code, when it is the source's error (`answered`, `probe due` and the like have none). */
  reasonCode?: WireReason;
}

export interface CgnatEvent extends EventBase {
  type: 'cgnat';
  family: Family;
  address: string;
  sourceId: string;
}

/**
 * What stands between this machine and the internet on IPv4 (shared/nat.ts decides it and says
 * what each means). Here, not there, so that the events below can name it without a circle.
 */
export const NAT_VERDICTS = ['direct', 'nat', 'double-nat', 'cgnat', 'vpn', 'unknown'] as const;
export type NatVerdict = (typeof NAT_VERDICTS)[number];

/**
 * The IPv4 NAT verdict (shared/nat.ts) changed between two known verdicts, e.g. the provider put
 * the line behind CGNAT. Never for the first verdict, nor to or from `unknown` (a router that
 * stops answering is not a change of NAT). Decided by electron/engine/runtime/nat-change.ts.
 */
export interface NatEvent extends EventBase {
  type: 'nat';
  from: NatVerdict;
  to: NatVerdict;
  /** What the router reported as its external address when the new verdict was made. */
  routerAddress: string | null;
  /** The confirmed public IPv4 address then. */
  publicAddress: string | null;
}

/** Monitoring paused or resumed by the user (tray, bot, API, CLI): no checks run while paused. */
export interface MonitoringEvent extends EventBase {
  type: 'monitoring';
  paused: boolean;
}

/** What a dynamic DNS record's change of state is worth telling (electron/engine/ddns/state-events.ts decides). */
export const DDNS_NOTICES = ['stopped', 'waiting', 'failed', 'in-step'] as const;
export type DdnsNoticeWorth = (typeof DDNS_NOTICES)[number];

/**
 * A dynamic DNS record's state changed (electron/engine/ddns/state-events.ts has the table): one
 * event per change, never one per attempt. States are shared/contract/ddns.ts DDNS_STATES, named
 * here as text so that this file needs nothing of the contract.
 */
export interface DdnsStateEvent extends EventBase {
  type: 'ddns-state';
  /** The record's id in the settings, its host name, type (A, AAAA) and provider. */
  record: string;
  name: string;
  recordType: string;
  provider: string;
  /** The state shown before, and now. */
  from: string;
  to: string;
  /** Why it is so (a failure, a stop, the wait); null when nothing to say. */
  why: string | null;
  /** `why` as a code, said in the reader's language; absent when it has none (an older event). */
  reason?: WireReason;
  /** The address the record is kept at, when known. */
  address: string | null;
  /** The notice it is worth: trouble began or changed (stopped, waiting, failed), back in step after one, or none. */
  notice: DdnsNoticeWorth | null;
  /** With `in-step`: how long the record was in trouble, ms. */
  troubleMs: number | null;
  /** While waiting to retry: when the next attempt is due. */
  nextAttemptAt: number | null;
}

export type EngineEvent =
  | CheckEvent
  | ChangeEvent
  | OfflineEvent
  | OnlineEvent
  | ClockStepEvent
  | SourceHealthEvent
  | CgnatEvent
  | NatEvent
  | MonitoringEvent
  | DdnsStateEvent;
export type EngineEventType = EngineEvent['type'];

/** What checkNow() resolves with: the state right after the check. */
export interface CheckReport {
  at: number;
  trigger: Trigger;
  online: boolean | null;
  families: Record<`v${Family}`, FamilyStatus>;
}
