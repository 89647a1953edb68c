/** What every heartbeat service (healthchecks.ts, uptime-kuma.ts) offers the pinger. Types only. */
import type { Reason } from '../../../shared/reason';
import type { HeartbeatProviderId } from '../../../shared/settings/watcher';

/** up: IPWatch checked and has a way out; down: IPWatch runs but is offline (or its check failed). */
export type Pulse = 'up' | 'down';

/** One ping's news: up or down, in words, and how long the check took (null: none ran). */
export interface Beat {
  pulse: Pulse;
  detail: string;
  checkMs: number | null;
  /** The check began (Healthchecks' `/start`); pulse is then the last one sent. */
  start?: boolean;
  /** The run a start opened, given to the start and to the ping that ends it. */
  rid?: string;
}

export interface PingRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Text the service keeps with the ping (Healthchecks logs a POST body); none for a GET. */
  body?: string;
}

/**
 * A refusal may carry the service's Retry-After (ms), which the pinger's backoff honours, and
 * `error` as a code when IPWatch worded it (what a service's answer means).
 */
export type PingAnswer =
  { ok: true; detail: string } | { ok: false; error: string; reason?: Reason; retryAfterMs?: number };

export interface HeartbeatProvider {
  readonly id: HeartbeatProviderId;
  /** Whether the service takes a start signal, to measure each check's duration. */
  readonly startSignal: boolean;
  /** The request that tells the service the beat: its pulse, in words what the check found or why it is down. */
  request(url: string, beat: Beat): PingRequest;
  /** What the service's answer means, as its documentation and server code say. */
  read(status: number, body: string): PingAnswer;
}
