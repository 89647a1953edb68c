/**
 * Where checks and DNS updates leave from (issue 76): the user names, per family, an interface
 * or one of this machine's addresses; the engine binds its sockets to an address (Node binds to
 * an address, never to a device), so an interface means its address of that family, read again
 * at each request (a DHCP lease or a new IPv6 prefix moves it). Pure: the interfaces are given
 * (os.networkInterfaces() in the engine, a namespace's list in tests).
 *
 * | choice                       | the interfaces                                   | answer                      |
 * |------------------------------|--------------------------------------------------|-----------------------------|
 * | '' (empty)                   | any                                              | the system's choice (none)  |
 * | an address of the family     | an interface holds it                            | that address                |
 * | an address of the family     | none holds it                                    | refused: not-held           |
 * | an address of the other one  | any                                              | refused: wrong-family       |
 * | an interface name            | not listed                                       | refused: no-interface       |
 * | an interface name            | listed, no usable address of the family          | refused: no-address         |
 * | an interface name            | listed, with addresses of the family             | its first global one, else  |
 * |                              |                                                  | its first other one         |
 *
 * A link-local IPv6 address (fe80::/10) is never chosen: a socket bound to it reaches only its
 * own link. The interface's global address (`interfaceGlobalAddress`) is the interface source's
 * answer: one validateAnswer (shared/ip.ts) accepts, so public, never private, ULA or link-local.
 */
import { parseAddress, validateAnswer } from './ip';
import type { Family } from './types';

/** One address of an interface, as os.networkInterfaces() lists it (family a number on Node 18.0-18.3). */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}
export type InterfaceList = Readonly<Record<string, readonly InterfaceAddress[] | undefined>>;

export type FromRefusal = 'no-interface' | 'no-address' | 'not-held' | 'wrong-family';

export type LocalAddress =
  { ok: true; address: string | null } | { ok: false; why: FromRefusal; choice: string; family: Family };

const familyOf = (a: InterfaceAddress): Family | null =>
  a.family === 'IPv4' || a.family === 4 ? 4 : a.family === 'IPv6' || a.family === 6 ? 6 : null;

const linkLocal = (address: string): boolean => /^fe[89ab][0-9a-f]:/i.test(address);

/** The interface's addresses of `family` a socket may be bound to: no IPv6 link-local one. */
const usable = (list: readonly InterfaceAddress[], family: Family): string[] =>
  list
    .filter((a) => familyOf(a) === family && !(family === 6 && linkLocal(a.address)))
    .map((a) => a.address.split('%')[0]!);

/** The local address to bind for `family`, from the user's `choice` (trimmed; '' for the system's). */
export function localAddressFor(choice: string, family: Family, interfaces: InterfaceList): LocalAddress {
  const c = choice.trim();
  if (!c) return { ok: true, address: null };
  const literal = parseAddress(c);
  const refuse = (why: FromRefusal): LocalAddress => ({ ok: false, why, choice: c, family });
  if (literal) {
    if (literal.family !== family) return refuse('wrong-family');
    const held = Object.values(interfaces).some((list) => list?.some((a) => sameAddress(a.address, c)));
    return held ? { ok: true, address: c } : refuse('not-held');
  }
  const list = interfaces[c];
  if (!list) return refuse('no-interface');
  const candidates = usable(list, family);
  const global = candidates.find((a) => validateAnswer(a, family).ok);
  const address = global ?? candidates[0];
  return address === undefined ? refuse('no-address') : { ok: true, address };
}

/** The interface's global (public) addresses of `family`, in its order: the interface source's answer. */
export function interfaceGlobalAddresses(name: string, family: Family, interfaces: InterfaceList): string[] | null {
  const list = interfaces[name];
  if (!list) return null;
  return usable(list, family).filter((a) => validateAnswer(a, family).ok);
}

function sameAddress(a: string, b: string): boolean {
  const x = parseAddress(a.split('%')[0]!);
  const y = parseAddress(b);
  return (
    x !== null && y !== null && x.family === y.family && x.addr.toNormalizedString() === y.addr.toNormalizedString()
  );
}

/**
 * How the OS may name the chosen interface in its routes: its name and its addresses of `family`
 * (Windows' `route print -4` names an interface by its address). For the router watch, which asks
 * the gateway of the default route by the interface chosen to leave from; [] when none is chosen.
 */
export function interfaceIdentifiers(choice: string, family: Family, interfaces: InterfaceList): string[] {
  const c = choice.trim();
  if (!c) return [];
  const named = interfaces[c];
  if (named) return [c, ...usable(named, family)];
  const holders = Object.entries(interfaces).filter(([, list]) => list?.some((a) => sameAddress(a.address, c)));
  return [c, ...holders.map(([name]) => name)];
}
