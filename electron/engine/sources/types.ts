/**
 * The one interface every public-IP source implements (HTTP echo, DNS, STUN), whatever
 * its transport. A source only fetches and cuts out the raw answer; judging it (family,
 * bogons, HTML...) is the pure validateAnswer() in shared/ip.ts.
 */
import type { InterfaceList } from '../../../shared/egress-from';
import type { Family, SourceKind } from '../../../shared/types';
import type { NetClients } from '../net/types';

/** A source's failure: defined with the network clients, which raise most of them. */
export { SourceError, type SourceErrorCode } from '../net/errors';

export interface IpSource {
  /** Unique id, e.g. `ipify-v4`. */
  readonly id: string;
  /** Operator of the service; answers from one provider count once toward the quorum. */
  readonly provider: string;
  readonly kind: SourceKind;
  readonly family: Family;
  /** Relative cost, lower is asked first: one UDP round trip beats a TLS handshake. */
  readonly cost: number;
  /**
   * Asks once, bounded by `signal`: the caller sets the deadline (the check's flight, or the
   * settings' "test this source"), and an abort ends the query as a 'timeout'. Resolves with
   * the raw answer text; rejects with a SourceError.
   */
  query(signal: AbortSignal): Promise<string>;
}

/** Everything a source factory may use; passed in, never imported, so tests point at fakes. */
export interface SourceDeps {
  net: NetClients;
  /** A query's deadline, which its caller sets (a source itself only follows its signal). */
  timeoutMs: number;
  userAgent: string;
  /** Epoch ms now (the engine's clock), to read an HTTP-date Retry-After. */
  now: () => number;
  /**
   * Told the words a source read beside an answer it gave (the Cloudflare trace's `warp=`), so
   * they reach the address's identity. Called before the answer is judged: the words belong to
   * the address the source saw, whether or not the quorum confirms it.
   */
  onWords?: (words: SourceWords) => void;
  /** The interfaces as they are now, for the interface source; os.networkInterfaces() unless given. */
  interfaces?: () => InterfaceList;
}

/** Words a source read beside its answer: the `key=value` lines of a kv answer passed on (http.ts KV_WORDS). */
export interface SourceWords {
  sourceId: string;
  family: Family;
  /** The raw answer they came with (an address when the source is honest). */
  answer: string;
  words: Readonly<Record<string, string>>;
}
