/**
 * One question to the router for the watch (watch.ts): the three protocols side by side, the
 * first good answer winning and cutting the others short; the protocol that answered last time
 * is asked alone first, so a steady router costs one datagram (NAT-PMP) or one SOAP call.
 */
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { createNatPmp } from './natpmp';
import { createPcp } from './pcp';
import type { Gateway, RouterAddress, RouterFailure, RouterProtocol, RouterProtocolName } from './types';
import { createUpnpIgd, type UpnpIgd } from './upnp';

/** The protocols for one gateway; UPnP-IGD also gives the GENA subscription. */
export interface ProtocolSet {
  natpmp: RouterProtocol;
  pcp: RouterProtocol;
  upnp: UpnpIgd;
  close(): Promise<void>;
}

export function defaultProtocols(gateway: Gateway, clock: Clock, logger: Logger): ProtocolSet {
  return protocolSet({
    natpmp: createNatPmp({ findGateway: async () => gateway }),
    pcp: createPcp({ findGateway: async () => gateway }),
    upnp: createUpnpIgd({ gateway, clock, logger }),
  });
}

/** Gives three protocols their common close. */
export function protocolSet(p: Omit<ProtocolSet, 'close'>): ProtocolSet {
  return {
    ...p,
    close: async () => {
      await Promise.all([p.natpmp.close(), p.pcp.close(), p.upnp.close()]);
    },
  };
}

export type Asked = { ok: true; value: RouterAddress } | { ok: false; errors: RouterFailure[] };

/**
 * Failures that only say the router does not speak a protocol (or there is no router): the
 * watch stays quiet about them. Any other (a WAN that is down, a router error) is shown.
 */
export const quietFailure = (f: RouterFailure): boolean =>
  f.code === 'timeout' || f.code === 'refused' || f.code === 'unsupported' || f.code === 'no-gateway';

export async function askSideBySide(
  set: ProtocolSet,
  preferred: RouterProtocolName | null,
  signal: AbortSignal,
): Promise<Asked> {
  const all = [set.natpmp, set.pcp, set.upnp];
  const first = all.find((p) => p.name === preferred);
  if (first) {
    const out = await askFirst([first], signal);
    if (out.ok) return out;
    const rest = await askFirst(
      all.filter((p) => p !== first),
      signal,
    );
    return rest.ok ? rest : { ok: false, errors: [...out.errors, ...rest.errors] };
  }
  return askFirst(all, signal);
}

/** Asks every protocol at once; the first address wins and the others are cancelled. */
async function askFirst(protocols: RouterProtocol[], outer: AbortSignal): Promise<Asked> {
  const race = new AbortController();
  const onAbort = () => race.abort(outer.reason);
  if (outer.aborted) race.abort(outer.reason);
  else outer.addEventListener('abort', onAbort, { once: true });
  const errors: RouterFailure[] = [];
  try {
    return await new Promise<Asked>((resolve) => {
      let left = protocols.length;
      for (const p of protocols)
        void p.externalAddress(race.signal).then(
          (r) => {
            if (r.ok) resolve(r);
            else errors.push(r.error);
            if (--left === 0) resolve({ ok: false, errors });
          },
          // externalAddress never rejects by contract; a bug still must not hang the watch.
          (err: unknown) => {
            errors.push({ code: 'network', message: String(err) });
            if (--left === 0) resolve({ ok: false, errors });
          },
        );
    });
  } finally {
    outer.removeEventListener('abort', onAbort);
    race.abort(new Error('answered'));
  }
}

/**
 * Runs `fn` one at a time: a call while it runs makes one more run after it (however many calls
 * came), while `go()` holds. Never rejects (a failure is logged); `idle()` waits for the current run.
 */
export function oneAtATime(fn: () => Promise<void>, go: () => boolean, logger: Logger) {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = fn().catch((err: unknown) => logger.warn('router watch failed', { error: String(err) }));
    await running;
    running = null;
    if (again && go()) {
      again = false;
      return run();
    }
  };
  return Object.assign(run, { idle: async () => void (await running) });
}

/**
 * The first poke calls `fn` at once (an announcement is news worth every millisecond); pokes
 * within `ms` after a call make one more call at the end of that window, however many came.
 */
export function coalesce(clock: Clock, ms: number, fn: () => void) {
  let timer: Timer | null = null;
  let pending = false;
  const call = () => {
    fn();
    timer = clock.setTimeout(() => {
      timer = null;
      if (!pending) return;
      pending = false;
      call();
    }, ms);
  };
  return {
    poke() {
      if (timer) pending = true;
      else call();
    },
    cancel() {
      if (timer) clock.clearTimeout(timer);
      timer = null;
      pending = false;
    },
  };
}
