/**
 * How the ddns "many records" figure (bench/ddns-many.ts) places records at a provider's stand-in:
 * the shapes of bench/ddns-many/rest.ts and one-request.ts, and the helpers that tell a record's
 * write among the requests a stand-in saw.
 */
import type { HttpStandIn, SeenRequest } from '../../tests/fakes/ddns-http';
import type { Zone } from '../../tests/fakes/ddns-zone';

/** One provider's stand-ins, its records' settings (no id) and how to tell each record's write. */
export interface Placed {
  stands: HttpStandIn[];
  /** Each record: its host name (as the servers are asked) and its settings. */
  records: { host: string; settings: Record<string, unknown> }[];
  /** The zones whose NS the stand-in resolver must serve for the proof. */
  zones: string[];
  /** Whether `r` is the write of `host`'s A record to `ip`. */
  wrote(r: SeenRequest, host: string, ip: string): boolean;
}

export interface ManyProvider {
  id: string;
  /** How many records it keeps. */
  count: 2 | 3;
  place(labels: string[]): Promise<Placed>;
}

export const LABELS = ['alpha', 'bravo', 'charlie'];
export const q = (r: SeenRequest, k: string) => r.url.searchParams.get(k);
/** Whether the request's query or body carries `ip` (the bench's addresses are all 3-digit last octets, none a prefix of another). */
export const carries = (r: SeenRequest, ip: string) => `${r.url.search} ${r.body}`.includes(ip);
export const lastSegment = (r: SeenRequest) => r.url.pathname.replace(/\/$/, '').split('/').pop();
/** A write to the zone's record of `host` by its id, last in the path (REST APIs that edit by id). */
export const byId = (zone: Zone, methods: string[]) => (r: SeenRequest, host: string, ip: string) =>
  methods.includes(r.method) && lastSegment(r) === zone.find(host, 'A')[0]?.id && carries(r, ip);
export const sub = (host: string) => host.split('.')[0]!;

/** A provider whose stand-in holds one zone, `<id>.example.net`: hosts `<label>.<zone>`. */
export function zoned(
  id: string,
  count: 2 | 3,
  start: (zone: string) => Promise<HttpStandIn & { zone: Zone }>,
  settings: (s: HttpStandIn, zone: string, host: string) => Record<string, unknown>,
  wrote: (zone: Zone) => Placed['wrote'],
): ManyProvider {
  return {
    id,
    count,
    async place(labels) {
      const zone = `${id}.example.net`;
      const s = await start(zone);
      const hosts = labels.map((l) => `${l}.${zone}`);
      return {
        stands: [s],
        records: hosts.map((host) => ({ host, settings: { provider: id, ...settings(s, zone, host) } })),
        zones: [zone],
        wrote: wrote(s.zone),
      };
    },
  };
}
