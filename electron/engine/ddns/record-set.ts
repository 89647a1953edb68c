/**
 * The updater of an API whose record set is named in its URL by its zone, its full name and its
 * type, `/zones/{zone}/{name}/{type}` (NS1, Gcore): read with a GET, changed and made with one
 * request each; a 404 that does not name the zone is a record not made yet (last-answer.ts), made
 * then. The provider's file keeps what is its own: its words in a refusal, its key's header,
 * where an answer's addresses are, and the method and body of a change and of a making.
 */
import { missingRecord, watchAnswers } from './last-answer';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from './rest-record';
import type { DdnsDeps, DdnsUpdater } from './types';

/** One request that sends the set holding `address`. */
export interface RecordSetSend {
  method: 'POST' | 'PUT';
  body(address: string): string;
}

export interface RecordSetApi {
  /** The provider's name in words ("NS1"). */
  provider: string;
  /** Names the record in every outcome ("NS1 home.example.org A"). */
  label: string;
  /** The provider's own words in a refusal's body, or null. */
  message(body: string): string | null;
  /** Headers every call carries (the key). */
  headers: Record<string, string>;
  /** The addresses the set in a 2xx answer holds, or null when the answer is not a set. */
  holdsIn(set: Record<string, unknown>): string[] | null;
  write: RecordSetSend;
  create: RecordSetSend;
}

export function recordSetUpdater(
  r: { id: string; type: 'A' | 'AAAA'; apiBase: string; zone: string; name: string },
  deps: DdnsDeps,
  api: RecordSetApi,
): DdnsUpdater {
  const url = `${r.apiBase.replace(/\/+$/, '')}/zones/${encodeURIComponent(r.zone)}/${encodeURIComponent(r.name)}/${r.type}`;
  const watched = watchAnswers(deps.http, api.message);
  const send = async (call: JsonCall, how: RecordSetSend, address: string) => {
    const done = await call({ method: how.method, url, body: how.body(address) });
    return isDdnsOutcome(done) ? done : undefined;
  };
  return restRecordUpdater<null>(
    r,
    { ...deps, http: watched.http },
    {
      provider: api.provider,
      label: api.label,
      message: api.message,
      headers: api.headers,
      async find(call) {
        const got = await call({ method: 'GET', url });
        if (isDdnsOutcome(got)) return got.kind === 'stop' && missingRecord(watched.last) ? null : got;
        const holds = api.holdsIn(objectOf(got));
        if (!holds) return apiOutcome('retry', api, 'notApi');
        return { holds, ref: null };
      },
      write: (call, _found, address) => send(call, api.write, address),
      create: (call, address) => send(call, api.create, address),
    },
  );
}
