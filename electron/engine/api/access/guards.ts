/**
 * electron/engine/api/access: who a request acts for and what it may reach, the rules the door and the
 * routes read: the principal and its role (principal.ts), the role, cross-site and Host guards (guards.ts),
 * the Host header's form (host-header.ts), and the access each route declares (route-access.ts).
 *
 * Pure request guards of the API: what each role may reach, the cross-site check and the Host
 * check (hostAllowed). (Wrong tokens and failed sign-ins are limited by
 * @fastify/rate-limit in auth-hook.ts.)
 */
import { english } from '../../../../shared/i18n/translators';
import type { Reason } from '../../../../shared/reason';
import { viewersCannotSeeSignIns, viewersCannotTest } from '../../../../shared/words/roles';
import { inEnglish, reason } from '../../reason';
import { type HostNames, hostCovered } from '../../tls';
import { hostHeaderWhy } from './host-header';
import type { Role } from './principal';

/**
 * What a route asks of its caller, declared on every route as `config.access` (route-access.ts
 * refuses at start a route without one, and the door reads it from the route the router matched):
 * - public: anyone, signed in or not (the sign-in routes, /healthz, the dashboard's files, the badge
 *   when published); the Host and cross-site checks still apply;
 * - metrics: /metrics and the badge (every role);
 * - read: reads (admin, viewer);
 * - act: sends or spends a request outside (admin only): every contract method with `acts`
 *   (a test, a check now), which changes nothing here but has side effects in the world;
 * - see: reads only an admin may see (who is signed in): every contract method with `adminOnly`;
 * - write: changes (admin only): every contract method with `mutates`, and the token routes.
 */
export const ACCESSES = ['public', 'metrics', 'read', 'see', 'act', 'write'] as const;
export type Access = (typeof ACCESSES)[number];

/** The one table of what each role reaches. */
const REACH: Record<Role, readonly Access[]> = {
  admin: ['public', 'metrics', 'read', 'see', 'act', 'write'],
  viewer: ['public', 'metrics', 'read'],
  metrics: ['public', 'metrics'],
};

/**
 * Why this role may not, in words; null when it may. `what` is the route; `action`, when the route
 * is a contract method that changes or acts, says what it does (shared/words/actions.ts), and the
 * words name that rather than the route (issue 59): "pause monitoring is a change".
 */
export function refusedFor(role: Role, access: Access, what: string, action?: string): string | null {
  if (REACH[role].includes(access)) return null;
  if (role === 'metrics')
    return action === undefined
      ? `a metrics token reaches /metrics, /healthz and the badge only, not ${what}; use a viewer or admin token`
      : `a metrics token reaches /metrics, /healthz and the badge only: it may not ${action}; use a viewer or admin token`;
  if (access === 'see') return `${what}: only an admin may see who is signed in. ${viewersCannotSeeSignIns(english)}`;
  const it = action ?? what;
  if (access === 'act')
    return `a viewer reads everything and changes nothing: ${it} sends or spends a request outside this host. ${viewersCannotTest(english)}`;
  return `a viewer reads everything and changes nothing: ${it} is a change, which needs an admin`;
}

/**
 * Why a route is reached from other sites' pages, when it is (declared as `config.crossSite`):
 * - any: every request, whatever page sent it (the published badge, an <img> on other pages);
 * - navigation: a top-level GET navigation only, a link followed or a redirect (Discord's sign-in
 *   callback; the dashboard's page, opened from a link); never a fetch, an <img> or a frame.
 */
export type CrossSiteReach = 'any' | 'navigation';

/**
 * Whether a request another site's page sent may reach a route declaring `reach`.
 *
 * | reach      | method    | Sec-Fetch-Mode | Sec-Fetch-Dest      | allowed |
 * | absent     | any       | any            | any                 | no      |
 * | any        | any       | any            | any                 | yes     |
 * | navigation | GET, HEAD | navigate       | document, or absent | yes     |
 * | navigation | otherwise |                |                     | no      |
 */
export function crossSiteAllowed(
  reach: CrossSiteReach | undefined,
  method: string,
  headers: { 'sec-fetch-mode'?: string; 'sec-fetch-dest'?: string },
): boolean {
  if (reach === 'any') return true;
  if (reach !== 'navigation' || (method !== 'GET' && method !== 'HEAD')) return false;
  return headers['sec-fetch-mode'] === 'navigate' && (headers['sec-fetch-dest'] ?? 'document') === 'document';
}

/**
 * Is this a request from another site's page? A browser that sends Sec-Fetch-Site says so
 * itself, and that answer stands (a page cannot set it): behind a reverse proxy the Origin is
 * the proxy's public name while the Host is the loopback one the proxy sends, so comparing them
 * would refuse every change the dashboard makes there. Only a browser without it (before Fetch
 * Metadata) is judged by an Origin that is not this server's, as Go's CrossOriginProtection
 * does. Requests without either (curl, Prometheus) are not from a page; they still need the token.
 */
export function crossSite(headers: { origin?: string; host?: string; 'sec-fetch-site'?: string }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true; // "null" (a sandboxed page, a file) or garbage
  }
}

/**
 * Served on loopback only, the API answers only to loopback names: a page whose own name was
 * made to resolve to 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.
 */
export function loopbackHost(host: string | undefined): boolean {
  if (hostHeaderWhy(host) !== null) return false;
  const name = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host ?? '')?.[1]?.toLowerCase();
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]' || (name?.endsWith('.localhost') ?? false);
}

/** How a request's connection arrived, read from its socket (never from a header). */
export interface Arrival {
  /** api.lan is on: the server listens on every interface, the LAN over TLS. */
  lan: boolean;
  /** The connection speaks TLS (the socket is a TLSSocket). */
  tls: boolean;
  /** Its local or remote address is loopback. */
  loopback: boolean;
}

/**
 * May a request whose Host header says `host` be answered, given how it arrived (issue 58)? A page
 * on a name the attacker made resolve to this host (DNS rebinding) sends that name as Host; only
 * names this server is known by are answered. `certified`: what the certificate served now holds.
 *
 * | api.lan | arrived over                         | Host answered                                   |
 * |---------|--------------------------------------|-------------------------------------------------|
 * | off     | anything                             | a loopback name (localhost, 127.0.0.1, [::1])   |
 * | on      | plain HTTP on loopback               | a loopback name                                 |
 * | on      | TLS, on loopback or from the LAN     | a loopback name, or one the certificate covers  |
 * | on      | plain HTTP from the LAN (allowPlain) | a loopback name, or one the certificate covers  |
 *
 * Without a certificate (none served) only loopback names are answered. A port is allowed after
 * any of these; a Host missing or garbled is refused.
 */
export function hostAllowed(host: string | undefined, arrival: Arrival, certified: HostNames | null): boolean {
  if (loopbackHost(host)) return true;
  if (!arrival.lan || (arrival.loopback && !arrival.tls) || !certified) return false;
  const name = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(:\d{1,5})?$/.exec(host ?? '')?.[1];
  return name !== undefined && hostCovered(name, certified);
}

/**
 * Which answer a refused Host gets, by how the request arrived: api.lan off (`off`), plain HTTP on
 * loopback with api.lan on (`plain`), else the certificate's names (`certificate`). One decision
 * for the API's words (hostRefusedWords) and a browser's page (host-refusal.ts).
 */
export type HostRefusal = 'off' | 'plain' | 'certificate';

export function hostRefusal(arrival: Arrival): HostRefusal {
  if (!arrival.lan) return 'off';
  return arrival.loopback && !arrival.tls ? 'plain' : 'certificate';
}

const HOST_REFUSED_WORDS: Record<HostRefusal, string> = {
  off: 'this server answers to localhost and 127.0.0.1 only (api.lan is off)',
  plain:
    'over plain HTTP on this machine this server answers to localhost, 127.0.0.1 and [::1] only, not to another name that leads here',
  certificate:
    'this server answers to the names and addresses its certificate holds, and to localhost; open it by one of those',
};

/** Why a Host was refused, in words, for the way the request arrived (the API's JSON: a caller's, so its paths stay). */
export const hostRefusedWords = (arrival: Arrival): string => HOST_REFUSED_WORDS[hostRefusal(arrival)];

/** A socket address of this host's loopback (127.0.0.0/8, ::1, or 127.x mapped into IPv6). */
const LOOPBACK_ADDRESS = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * Did this request's connection come over loopback (its own socket address, never a header)?
 * Needed for the CLI's host proof (host-proof.ts), never enough alone: a reverse proxy on this
 * host connects over loopback for every LAN client, and sends `Host: 127.0.0.1:port` as well.
 */
export const loopbackAddress = (remote: string | undefined): boolean => LOOPBACK_ADDRESS.test(remote ?? '');

/** How recent an admin's sign-in must be for a dangerous change. */
export const RECENT_SIGN_IN_MS = 5 * 60_000;

/** Who asks for a dangerous change, as the rule reads it (a Principal fits). */
export interface DangerAsker {
  role: Role;
  via: 'token' | 'session';
  /** A session's sign-in (epoch ms). */
  signedInAt?: number;
  /** A session's way in: with Discord, or with a token (POST /session). */
  signedInWith?: 'discord' | 'token';
  /** A token session's sign-in carried this run's host proof (host-proof.ts). */
  signedInOnHost?: boolean;
  /** The session opened this host's one-time link within 5 minutes (host-link.ts: `ipwatch open`). */
  confirmedOnHost?: boolean;
}

/**
 * The dangerous-change rule (issue 50): the hook's program or arguments, an address a stored
 * secret goes to, who may sign in or how, or a protection lowered (issue 58;
 * shared/settings/destinations.ts and sign-in-changes.ts name them), changes only for
 * - an admin who signed in with Discord within the last 5 minutes;
 * - an admin session made from a token with this run's host proof within the last 5 minutes
 *   (host-proof.ts: a value only this host's user can read; a loopback connection alone is not
 *   proof, since a reverse proxy on this host makes one for every LAN client);
 * - an admin session that opened this host's one-time link within the last 5 minutes (host-link.ts:
 *   `ipwatch open` asks for it with the host proof; the person at the host, in their browser);
 * - an admin token sent by the CLI on this host (host-proof.ts: `onHost`).
 * A session made from a token elsewhere counts as that token: a token stolen off another machine
 * and signed in from the LAN gains nothing by becoming a cookie. Why not, as a code (reasons-14,
 * said on the Audit page in its reader's language); null when allowed (and when nothing dangerous
 * changes).
 */
export function dangerReason(
  who: DangerAsker,
  changes: readonly string[],
  now: number,
  onHost: boolean,
): Reason | null {
  if (!changes.length) return null;
  const values = { changes: changes.join('; ') };
  if (who.role !== 'admin') return reason('reason.audit.dangerAdminOnly', values);
  if (who.via === 'token') return onHost ? null : reason('reason.audit.dangerToken', values);
  if (who.confirmedOnHost) return null;
  if (who.signedInWith !== 'discord' && !who.signedInOnHost) return reason('reason.audit.dangerTokenSession', values);
  if (who.signedInAt !== undefined && now - who.signedInAt <= RECENT_SIGN_IN_MS) return null;
  return reason('reason.audit.dangerStale', values);
}

/** The rule's refusal in English, the API's 403 words; null when allowed. */
export function dangerRefusal(...args: Parameters<typeof dangerReason>): string | null {
  const why = dangerReason(...args);
  return why && inEnglish(why);
}
