/**
 * The interface's own global address as a source (issue 76; favonia/cloudflare-ddns's
 * `local.iface:<iface>`): for a host that holds its public address (a server, a router running
 * IPWatch), no request at all. It reads the interface's addresses of its family as they are now
 * (os.networkInterfaces(), or the interfaces a test gives) and answers the first global one:
 * public, never private, ULA, link-local or documentation (shared/egress-from.ts, by shared/ip.ts's
 * own validateAnswer). It counts as one provider of its own toward the agreement.
 */
import os from 'node:os';

import { interfaceGlobalAddresses } from '../../../shared/egress-from';
import type { Family } from '../../../shared/types';
import { noEgressError, type ReadInterfaces } from '../net/local-address';
import { inEnglish, reason } from '../reason';
import { type IpSource, SourceError, type SourceDeps } from './types';

export interface InterfaceSourceSpec {
  kind: 'interface';
  id: string;
  provider: string;
  family: Family;
  /** The interface's name, e.g. eth0. */
  interface: string;
}

export function createInterfaceSource(spec: InterfaceSourceSpec, deps: SourceDeps): IpSource {
  const read: ReadInterfaces = deps.interfaces ?? os.networkInterfaces;

  async function query(signal: AbortSignal): Promise<string> {
    signal.throwIfAborted();
    const found = interfaceGlobalAddresses(spec.interface, spec.family, read());
    if (found === null)
      throw noEgressError({ ok: false, why: 'no-interface', choice: spec.interface, family: spec.family });
    const [first] = found;
    if (first === undefined) {
      const why = reason('reason.source.noGlobal', { interface: spec.interface, family: spec.family });
      throw new SourceError('parse', inEnglish(why), undefined, why);
    }
    return first;
  }

  // Cheaper than any request: asked first, and nothing leaves the machine.
  return { id: spec.id, provider: spec.provider, kind: 'interface', family: spec.family, cost: 0, query };
}
