/**
 * The port mapping table of the UPnP-IGD stand-in (upnp-igd.ts), as miniupnpd 2.3.1 keeps and
 * answers it: upnpsoap.c AddPortMapping and GetGenericPortMappingEntry (github.com/miniupnp/miniupnp,
 * tag miniupnpd_2_3_1), over the WANIPConnection:2 spec (2.5.16, 2.5.17):
 * - AddPortMapping: NewExternalPort, NewProtocol (TCP/UDP), NewInternalPort and NewInternalClient
 *   required, else UPnPError 402 Invalid Args; external port 0 is 716 WildCardNotPermittedInExtPort;
 *   secure mode (Debian's default): an internal client other than the requester is 606 Action not
 *   authorized; the same external port and protocol held by another client is 718
 *   ConflictInMappingEntry, by the same client it is replaced. Answers an empty response.
 * - GetGenericPortMappingEntry: NewPortMappingIndex not a number is 402; past the last entry 713
 *   SpecifiedArrayIndexInvalid; else the entry's eight out-arguments in the spec's order, NewEnabled "1".
 */
export interface FakeMapping {
  remoteHost: string;
  externalPort: number;
  protocol: 'TCP' | 'UDP';
  internalPort: number;
  internalClient: string;
  enabled: boolean;
  description: string;
  leaseDuration: number;
}

export type MappingAnswer =
  { ok: true; out: Record<string, string> } | { ok: false; code: number; description: string };

const fault = (code: number, description: string): MappingAnswer => ({ ok: false, code, description });

/** The in-arguments of a SOAP body, by name (the stand-in's own plain reading: `<NewX>value</NewX>`). */
export function soapArgs(body: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const m of body.matchAll(/<(New\w+)>([^<]*)<\/\1>/g)) args[m[1] as string] = m[2] as string;
  return args;
}

const portOf = (s: string | undefined) => (s !== undefined && /^\d{1,5}$/.test(s) ? Number(s) : null);

export class MappingTable {
  readonly entries: FakeMapping[] = [];

  /** Answers `action` when it is one of the table's; undefined for any other action. */
  handle(action: string, args: Record<string, string>, client: string): MappingAnswer | undefined {
    if (action === 'AddPortMapping') return this.add(args, client);
    if (action === 'GetGenericPortMappingEntry') return this.entry(args);
    return undefined;
  }

  private add(args: Record<string, string>, client: string): MappingAnswer {
    const ext = portOf(args.NewExternalPort);
    const int = portOf(args.NewInternalPort);
    const protocol = args.NewProtocol;
    const internalClient = args.NewInternalClient ?? '';
    if (ext === null || int === null || (protocol !== 'TCP' && protocol !== 'UDP') || !internalClient)
      return fault(402, 'Invalid Args');
    if (ext === 0) return fault(716, 'WildCardNotPermittedInExtPort');
    if (internalClient !== client) return fault(606, 'Action not authorized');
    const at = this.entries.findIndex((e) => e.externalPort === ext && e.protocol === protocol);
    if (at >= 0 && this.entries[at]?.internalClient !== internalClient) return fault(718, 'ConflictInMappingEntry');
    const entry: FakeMapping = {
      remoteHost: args.NewRemoteHost ?? '',
      externalPort: ext,
      protocol,
      internalPort: int,
      internalClient,
      enabled: args.NewEnabled !== '0',
      description: args.NewPortMappingDescription ?? '',
      leaseDuration: Number(args.NewLeaseDuration ?? 0) || 0,
    };
    if (at >= 0) this.entries[at] = entry;
    else this.entries.push(entry);
    return { ok: true, out: {} };
  }

  private entry(args: Record<string, string>): MappingAnswer {
    const index = portOf(args.NewPortMappingIndex);
    if (index === null) return fault(402, 'Invalid Args');
    const e = this.entries[index];
    if (!e) return fault(713, 'SpecifiedArrayIndexInvalid');
    return {
      ok: true,
      out: {
        NewRemoteHost: e.remoteHost,
        NewExternalPort: String(e.externalPort),
        NewProtocol: e.protocol,
        NewInternalPort: String(e.internalPort),
        NewInternalClient: e.internalClient,
        NewEnabled: e.enabled ? '1' : '0',
        NewPortMappingDescription: e.description,
        NewLeaseDuration: String(e.leaseDuration),
      },
    };
  }
}
