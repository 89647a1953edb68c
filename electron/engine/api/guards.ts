/**
 * Pure request guards of the API: the failed sign-in limiter, the cross-site check and the
 * Host check of a loopback server.
 *
 * Failed sign-ins are counted per client address: after `max` failures within `windowMs` that
 * client waits until the oldest of them leaves the window. A success clears its count.
 * Pure apart from the map it keeps; the times are passed in.
 */
export interface SignInLimiter {
  /** ms the client must still wait before trying again; 0 when it may try now. */
  waitMs(client: string, now: number): number;
  failed(client: string, now: number): void;
  succeeded(client: string): void;
  /** Clients whose failures are kept now (at most MAX_SIGN_IN_CLIENTS). */
  readonly clients: number;
}

/**
 * Client addresses whose failed sign-ins are kept. A home's devices are a few dozen; 1,024 keeps
 * every one of them and a scan of a /22's addresses, in about 200 KB. Past it, clients whose
 * failures left the window are forgotten first, then the one that failed longest ago.
 */
export const MAX_SIGN_IN_CLIENTS = 1024;

export function createSignInLimiter(max = 5, windowMs = 15 * 60_000): SignInLimiter {
  const failures = new Map<string, number[]>();
  const recent = (client: string, now: number) => {
    const kept = (failures.get(client) ?? []).filter((t) => t > now - windowMs);
    if (kept.length) failures.set(client, kept);
    else failures.delete(client);
    return kept;
  };
  const makeRoom = (now: number) => {
    for (const [client, times] of failures) if (times.at(-1)! <= now - windowMs) failures.delete(client);
    while (failures.size >= MAX_SIGN_IN_CLIENTS) failures.delete(failures.keys().next().value!);
  };
  return {
    waitMs(client, now) {
      const kept = recent(client, now);
      return kept.length < max ? 0 : kept[kept.length - max]! + windowMs - now;
    },
    failed(client, now) {
      // Only the last `max` failures decide the wait: no client keeps more.
      const kept = [...recent(client, now), now].slice(-max);
      failures.delete(client); // last in the map's order: the first kept when room is made
      if (failures.size >= MAX_SIGN_IN_CLIENTS) makeRoom(now);
      failures.set(client, kept);
    },
    succeeded: (client) => void failures.delete(client),
    get clients() {
      return failures.size;
    },
  };
}

/**
 * Is this a request from another site's page? Browsers say so with Sec-Fetch-Site, and
 * with an Origin that is not this server's. Requests without either (curl, Prometheus) are
 * not from a page; they still need the token.
 */
export function crossSite(headers: { origin?: string; host?: string; 'sec-fetch-site'?: string }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
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
  const name = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host ?? '')?.[1]?.toLowerCase();
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]' || (name?.endsWith('.localhost') ?? false);
}
