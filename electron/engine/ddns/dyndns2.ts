/**
 * The dyndns2 protocol, as Dyn documents it (help.dyn.com/remote-access-api/perform-update/ and
 * help.dyn.com/remote-access-api/return-codes/), spoken by No-IP, Dynu and many more:
 * `GET /nic/update?hostname=H&myip=IP` with basic auth and a User-Agent naming the client.
 *
 *   answer           | outcome
 *   -----------------+---------------------------------------------------------------
 *   good IP          | updated
 *   nochg IP         | unchanged (Dyn: repeated ones get a host blocked; the caller sends only on a change)
 *   badauth          | stop: the username and password do not match
 *   !donator         | stop: a paid feature
 *   notfqdn, nohost  | stop: the host name is not one of this account's
 *   numhost          | stop: too many hosts (the account must be changed)
 *   abuse            | stop: the host is blocked for abuse (the account must be unblocked)
 *   badagent         | stop: the client is refused
 *   dnserr, 911      | retry, not before 30 minutes (Dyn: "wait at least 30 minutes")
 *   anything else    | retry with the backoff: not the protocol's words (a proxy's page, a cut
 *                    | answer), which heals by itself, and the backoff keeps it to ~30 a day
 *
 * The providers that speak it to their own server are presets (dyndns2-preset.ts, providers/),
 * each importing its own ddns-updater entries; this provider is for any other server.
 *
 * Dyn counts every other answer as fatal until the user acts; IPWatch stops only where a person
 * must act, and waits politely (net/etiquette.ts) for what a person cannot fix.
 */

import type { Reason } from '../../../shared/reason';
import type { DdnsRecordOf } from '../../../shared/settings/ddns';
import { inEnglish, reason } from '../reason';
import { apiUrl, oneRequestUpdater } from './one-request';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from './types';
import { why } from './why';

const WAIT_30_MIN = 30 * 60_000;

// A Set, not an object: an answer of "constructor" or "valueOf" must not find Object.prototype's.
const STOPS: ReadonlySet<string> = new Set([
  'badauth',
  '!donator',
  'notfqdn',
  'nohost',
  'numhost',
  'abuse',
  'badagent',
]);

/**
 * A return code's meaning, from the first word of a body (badauth: "the username and password do
 * not match (badauth)"), as a reason (reason.ddns.dyndns2Said); null when it is none.
 */
export function dyndns2Said(body: string): Reason | null {
  const code = body.trim().split(/\s+/)[0] ?? '';
  if (code === 'dnserr' || code === '911') return reason('reason.ddns.dyndns2Said', { code: 'problem', said: code });
  // The select's keys are words: `!donator` is said by `donator`.
  return STOPS.has(code) ? reason('reason.ddns.dyndns2Said', { code: code.replace(/^!/, ''), said: code }) : null;
}

/** dyndns2Said's reason in English; null when the body is no return code. */
export function dyndns2Message(body: string): string | null {
  const r = dyndns2Said(body);
  return r ? inEnglish(r) : null;
}

export function readDyndns2(body: string, label: string): DdnsOutcome {
  const line = body.trim().split('\n')[0]?.trim() ?? '';
  const [code = '', rest = ''] = [line.split(/\s+/)[0], line.split(/\s+/).slice(1).join(' ')];
  if (code === 'good') return { kind: 'updated', detail: `${label}: good ${rest}`.trim() };
  if (code === 'nochg') return { kind: 'unchanged', detail: `${label}: nochg ${rest}`.trim() };
  if (code === 'dnserr' || code === '911') {
    const { text, code: r } = why('reason.ddns.dyndns2', { label, code, said: code });
    return { kind: 'retry', reason: text, code: r, afterMs: WAIT_30_MIN };
  }
  if (STOPS.has(code)) {
    // The select's keys are words: `!donator` is said by `donator`.
    const { text, code: r } = why('reason.ddns.dyndns2', { label, code: code.replace(/^!/, ''), said: code });
    return { kind: 'stop', reason: text, code: r };
  }
  const { text, code: r } = why('reason.ddns.dyndns2Unknown', { label, empty: line ? 'no' : 'yes' });
  return { kind: 'retry', reason: text, code: r };
}

function createUpdater(r: DdnsRecordOf<'dyndns2'>, deps: DdnsDeps): DdnsUpdater {
  const label = `dyndns2 ${new URL(r.server).host} ${r.hostname}`;
  const auth = `Basic ${Buffer.from(`${r.username}:${r.password as string}`).toString('base64')}`;
  return oneRequestUpdater(r, deps, {
    label,
    // At the server's root, as every dyndns2 service has it, whatever path the setting holds.
    request: (address) => ({
      method: 'GET',
      url: apiUrl(r.server, '/nic/update', { hostname: r.hostname, myip: address }),
      headers: { authorization: auth },
    }),
    read: (body) => readDyndns2(body, label),
    message: dyndns2Said,
  });
}

export const dyndns2: DdnsProvider<'dyndns2'> = {
  id: 'dyndns2',
  label: 'dyndns2 (Dyn, No-IP, Dynu...)',
  create: createUpdater,
};
