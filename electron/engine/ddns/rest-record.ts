/**
 * The updater of a provider whose API reads and writes records (Porkbun, Hetzner, DigitalOcean...):
 * read the record first, send nothing when it already holds the address, else change it (or
 * create it when the API can and the record is missing), as favonia/cloudflare-ddns and
 * ddns-updater do. Each provider's file keeps what is its own: how a record is found, changed and
 * made, and the provider's words in a refusal; this file keeps the order, the JSON and the
 * outcomes every such provider shares (http.ts reads the HTTP status).
 *
 *   found                          | update                      | check
 *   -------------------------------+-----------------------------+------------------------
 *   holds the address (only it)    | unchanged, nothing sent     | unchanged
 *   holds another                  | write (one request)         | differs, holds
 *   none, the API can create       | create (one request)        | differs, holds none
 *   none, it cannot                | stop: noRecord, in words    | stop: noRecord
 *   an outcome (refused, no answer)| that outcome                | that outcome
 */
import type { DdnsOutcome } from '../../../shared/settings/ddns';
import { wrongFamily } from './family';
import { type DdnsHttpRequest, isOutcome, providerHttp, type ProviderMessage, type ProviderPasses } from './http';
import type { CheckResult, DdnsDeps, DdnsUpdater } from './types';
import { asDetail, why } from './why';

/** A request as a provider's file writes it (the signal is the attempt's). */
export type RestRequest = Omit<DdnsHttpRequest, 'signal'>;

/** One JSON call: the parsed body of a 2xx answer (undefined for an empty one), or the outcome that ends the attempt. */
export type JsonCall = (req: RestRequest) => Promise<unknown>;

/** What a look at the record found: the addresses it holds and what the provider needs to change it (its id). */
export interface Found<Ref> {
  holds: string[];
  ref: Ref;
}

export interface RestRecordApi<Ref> {
  /** The provider's name in words ("Porkbun"): its refusals are said as its. */
  provider: string;
  /** Names the record in every outcome ("Porkbun home.example.org A"). */
  label: string;
  /** The record as it is, null when there is none, or an outcome (use `outcome`). */
  find(call: JsonCall): Promise<Found<Ref> | null | DdnsOutcome>;
  /** Makes the found record hold `address`; nothing back, or an outcome. */
  write(call: JsonCall, found: Found<Ref>, address: string): Promise<void | DdnsOutcome>;
  /** Makes the missing record, holding `address`; absent for an API that cannot (a missing record is a stop). */
  create?(call: JsonCall, address: string): Promise<void | DdnsOutcome>;
  /** The provider's own words in a refusal's body (its `message`, `error`), if it has any. */
  message?: ProviderMessage;
  /** A 4xx the provider documents as passing by itself (a rate limit said with a 400): a retry, not a stop. */
  passes?: ProviderPasses;
  /**
   * A 2xx body that still refuses (an API answering `{"status":"ERROR"}` with 200): its words, or
   * null when the body is a success.
   */
  refusedIn?(body: unknown): string | null;
  /** Headers every call carries (the key), beside the JSON content type. */
  headers?: Record<string, string>;
  /** Reads a 2xx body of an API that does not answer JSON (Route 53's XML); throws on one it cannot read. */
  parse?(text: string): unknown;
}

type What = 'notJson' | 'notApi' | 'noResult' | 'noReason' | 'noZone' | 'noRecord' | 'several' | 'other';

/** An outcome of reason.ddns.api: `what` went wrong at `provider`, with its facts. */
export function apiOutcome(
  kind: 'retry' | 'stop',
  api: { provider: string; label: string },
  what: What,
  values: Record<string, string | number> = {},
): DdnsOutcome {
  const { text, code } = why('reason.ddns.api', { label: api.label, provider: api.provider, what, ...values });
  return { kind, reason: text, code };
}

export const isDdnsOutcome = (v: unknown): v is DdnsOutcome =>
  typeof v === 'object' &&
  v !== null &&
  'kind' in v &&
  ['updated', 'unchanged', 'retry', 'stop'].includes(String((v as { kind: unknown }).kind));

export function restRecordUpdater<Ref>(
  record: { id: string; type: 'A' | 'AAAA' },
  deps: Pick<DdnsDeps, 'http' | 'clock'>,
  api: RestRecordApi<Ref>,
): DdnsUpdater {
  const send = providerHttp(deps.http, () => deps.clock.now(), api.label, api.message, api.passes);

  const callWith =
    (signal: AbortSignal): JsonCall =>
    async (req) => {
      const headers = { ...(req.body === undefined ? {} : { 'content-type': 'application/json' }), ...api.headers };
      const answer = await send({ ...req, headers: { ...headers, ...req.headers }, signal });
      if (isOutcome(answer)) return answer;
      if (answer.body.trim() === '') return undefined;
      let body: unknown;
      try {
        body = api.parse ? api.parse(answer.body) : JSON.parse(answer.body);
      } catch {
        return apiOutcome('retry', api, api.parse ? 'notApi' : 'notJson');
      }
      const refused = api.refusedIn?.(body);
      if (refused) {
        const { text, code } = why('reason.ddns.apiRefused', {
          label: api.label,
          provider: api.provider,
          said: refused,
        });
        return { kind: 'stop', reason: text, code } satisfies DdnsOutcome;
      }
      return body;
    };

  async function look(address: string, signal: AbortSignal) {
    const wrong = wrongFamily(address, record.type);
    if (wrong) return wrong;
    return api.find(callWith(signal));
  }

  return {
    id: record.id,
    async check(address, signal): Promise<CheckResult> {
      const found = await look(address, signal);
      if (isDdnsOutcome(found)) return found;
      if (!found) {
        if (!api.create) return apiOutcome('stop', api, 'noRecord');
        return { kind: 'differs', ...asDetail('reason.ddns.holdsNone', { label: api.label }) };
      }
      if (found.holds.length === 1 && found.holds[0] === address)
        return { kind: 'unchanged', detail: `${api.label} already holds ${address}` };
      const addresses = found.holds.join(', ');
      return {
        kind: 'differs',
        ...asDetail('reason.ddns.holds', { label: api.label, addresses }),
        ...(found.holds.length === 1 ? { holds: found.holds[0] } : {}),
      };
    },
    async update(address, signal) {
      const call = callWith(signal);
      const found = await look(address, signal);
      if (isDdnsOutcome(found)) return found;
      if (!found) {
        if (!api.create) return apiOutcome('stop', api, 'noRecord');
        const made = await api.create(call, address);
        return made ?? { kind: 'updated', detail: `${api.label} made, holding ${address}` };
      }
      if (found.holds.length === 1 && found.holds[0] === address)
        return { kind: 'unchanged', detail: `${api.label} already holds ${address}` };
      const done = await api.write(call, found, address);
      return done ?? { kind: 'updated', detail: `${api.label} ${found.holds.join(', ') || '(none)'} -> ${address}` };
    },
  };
}

/** `v` when it is an object (a JSON body's part), else an empty one: a provider reads its fields warily. */
export const objectOf = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
