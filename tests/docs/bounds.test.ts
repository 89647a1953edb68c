/**
 * The bounds tables of docs/fleet.md, docs/ddns.md and docs/headless.md say the code's numbers
 * (issue 59): each row named here must hold the words its constant gives, so a bound changed in
 * the code without its doc fails here. Rows whose constant is a part's own (not exported) are
 * read from the code by the part's own tests, not here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { BOT_RETRY } from '../../electron/engine/bot/client';
import { API_READ_SCHEDULE } from '../../electron/engine/ddns/api-reads';
import { TWO_WRITERS_WINDOW_MS } from '../../electron/engine/ddns/two-writers';
import {
  FIRST_RETRY_MS,
  GOODBYE_MS,
  LONGEST_RETRY_MS,
  MAX_PACKET_BYTES,
  STABLE_MS,
} from '../../electron/engine/fleet/link';
import { FLEET_TEST_MS } from '../../electron/engine/fleet/probe';
import { STOP_MS } from '../../electron/engine/fleet/publisher';
import { MAX_FLEET_SITES, MAX_REFUSED_NAMES } from '../../electron/engine/fleet/sites';
import { ETIQUETTE } from '../../electron/engine/net/etiquette';
import { CLOSE_MS } from '../../electron/engine/notify/channels/mqtt';
import { DDNS_TIMING } from '../../electron/engine/runtime/ddns-keeper';
import { ACQUIRE_WITHIN_MS, LOCK_STALE_MS } from '../../electron/engine/store/data-lock';
import { STUCK_MARKER_MS } from '../../electron/engine/store/lock-file';
import {
  FLEET_CLAIM_WINDOW_MS,
  FLEET_EVENT_CHANGES_MAX,
  FLEET_LIST_MAX,
  FLEET_TEXT_MAX,
  FLEET_STATE_MAX_BYTES,
  SITES_PAGE_DEFAULT,
  SITES_PAGE_MAX,
} from '../../shared/contract/fleet';
import { FLEET_CLOCK_OFF_SHOWN_MS } from '../../shared/fleet-summary';
import { SITE_NAME_MAX_BYTES } from '../../shared/settings/fleet';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A duration as the docs write it: "200 ms", "15 s", "60 s", "10 min", "1 h". */
function words(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms <= 60_000 || ms % 60_000 !== 0) return `${ms / 1000} s`;
  if (ms < 3_600_000 || ms % 3_600_000 !== 0) return `${ms / 60_000} min`;
  return `${ms / 3_600_000} h`;
}
const percent = (f: number) => `${Math.round(f * 100)} %`;

/** The doc's table row whose first cell is `label`, as one line. */
function row(doc: string, label: string): string {
  const text = readFileSync(path.join(ROOT, 'docs', doc), 'utf8');
  const line = text.split('\n').find((l) => l.split('|')[1]?.trim() === label);
  if (!line) throw new Error(`docs/${doc} has no bounds row "${label}"`);
  return line;
}

const ROWS: [doc: string, label: string, says: string[]][] = [
  ['fleet.md', "a state's size", [`${FLEET_STATE_MAX_BYTES / 1024} KiB`]],
  ['fleet.md', 'a packet a watcher takes', [`${MAX_PACKET_BYTES / 1024 / 1024} MiB`]],
  ['fleet.md', 'entries of one list of a state', [`${FLEET_LIST_MAX}`]],
  ['fleet.md', 'changes in one event message', [`${FLEET_EVENT_CHANGES_MAX}`]],
  ['fleet.md', 'a text of a state or an event', [`${FLEET_TEXT_MAX} characters`]],
  ['fleet.md', 'sites a watcher holds', [`${MAX_FLEET_SITES}`]],
  ['fleet.md', 'refused site names remembered', [`${MAX_REFUSED_NAMES}`]],
  ['fleet.md', 'sites in one page of `GET /sites`', [`${SITES_PAGE_MAX} (${SITES_PAGE_DEFAULT} when not asked)`]],
  ['fleet.md', 'the wait between connection attempts', [words(FIRST_RETRY_MS), `up to ${words(LONGEST_RETRY_MS)}`]],
  ['fleet.md', 'failures in a row start again after', [`${words(STABLE_MS)} connected`]],
  ['fleet.md', '"Test the broker"', [`${words(FLEET_TEST_MS)} in all`]],
  ['fleet.md', "the publisher's stop", [words(STOP_MS)]],
  ['fleet.md', "a site's clock shown as off past", [words(FLEET_CLOCK_OFF_SHOWN_MS)]],
  ['fleet.md', 'two runs of one site noticed within', [words(FLEET_CLAIM_WINDOW_MS)]],
  ['fleet.md', 'a site name', [`${SITE_NAME_MAX_BYTES} bytes`]],
  ['fleet.md', "the link's goodbye (DISCONNECT)", [words(GOODBYE_MS)]],
  ['fleet.md', 'closing the fleet', [words(STOP_MS + 2 * GOODBYE_MS)]],
  [
    'ddns.md',
    'one request to a provider (update, API read)',
    [words(ETIQUETTE.requestTimeoutMs), `${ETIQUETTE.maxBodyBytes / 1024} KB`],
  ],
  [
    'ddns.md',
    'the wait after failed updates in a row',
    [words(ETIQUETTE.firstWaitMs), `up to ${words(ETIQUETTE.maxWaitMs)}`, percent(ETIQUETTE.jitter)],
  ],
  ['ddns.md', "a provider's Retry-After", [`up to ${words(ETIQUETTE.maxRetryAfterMs)}`]],
  [
    'ddns.md',
    "a proxied record's API reads after a failure",
    [words(API_READ_SCHEDULE.firstWaitMs), `up to ${words(API_READ_SCHEDULE.maxWaitMs)}`],
  ],
  ['ddns.md', 'one look at the authoritative servers', [words(DDNS_TIMING.lookTimeoutMs)]],
  [
    'ddns.md',
    'proving an update reached every server',
    [`up to ${words(DDNS_TIMING.proveLimitMs)}`, `every ${words(DDNS_TIMING.proveMaxEveryMs)}`],
  ],
  ['ddns.md', 'a record in step is looked at again', [`every ${words(DDNS_TIMING.lookEveryMs)}`]],
  ['ddns.md', 'the Test of a record', [words(DDNS_TIMING.testLimitMs)]],
  ['ddns.md', "another program's writes noticed within", [words(TWO_WRITERS_WINDOW_MS)]],
  ['headless.md', 'the lock touched', [`every ${words(LOCK_STALE_MS / 2)}`]],
  ['headless.md', 'a lock not touched (another host, frozen)', [`after ${words(LOCK_STALE_MS)}`]],
  ['headless.md', 'a takeover marker left by a dead start', [`after ${words(STUCK_MARKER_MS)}`]],
  ['headless.md', 'a start beside a lock', [`within ${words(ACQUIRE_WITHIN_MS)}`]],
  ['headless.md', "the fleet link's close", [words(STOP_MS + 2 * GOODBYE_MS)]],
  ['headless.md', "the MQTT channel's close", [words(CLOSE_MS)]],
  ['headless.md', 'a stop (SIGTERM)', [`about ${words(Math.max(CLOSE_MS, STOP_MS + 2 * GOODBYE_MS))}`]],
  [
    'headless.md',
    "the Discord bot's login retries",
    [words(BOT_RETRY.firstWaitMs), `up to ${words(BOT_RETRY.maxWaitMs)}`, percent(ETIQUETTE.jitter)],
  ],
  ['headless.md', "Discord's Retry-After on the login", [`up to ${words(ETIQUETTE.maxRetryAfterMs)}`]],
];

describe('the bounds tables say the code’s numbers', () => {
  it.each(ROWS)('docs/%s, "%s"', (doc, label, says) => {
    const line = row(doc, label);
    for (const s of says) expect(line, `docs/${doc} "${label}" should say ${s}`).toContain(s);
  });
});
