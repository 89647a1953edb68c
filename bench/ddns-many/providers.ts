/**
 * The 20 providers of the ddns "many records" figure (bench/ddns-many.ts), each with its own
 * stand-in over loopback (tests/fakes/ddns/*.ts, tests/fakes/dyndns2.ts startDyndns2Preset with
 * the preset's quirks as tests/electron/engine/ddns/contract/dyndns2-presets.test.ts has them,
 * tests/fakes/cloudflare-api.ts, duckdns.ts, desec.ts), started and its records written as the
 * provider's contract test (tests/electron/engine/ddns/contract/<id>.test.ts) does, with 2 or 3
 * host names in the provider's own zone. `wrote` tells the request that writes one record's new
 * address (the update of an existing record: the keeper's start made them).
 */
import { ONE_REQUEST, PRESETS } from './one-request';
import type { ManyProvider } from './place';
import { cloudflare, RESTFUL } from './rest';

export { LABELS, type ManyProvider, type Placed } from './place';

/** 20 providers, 50 records: 10 REST APIs (GET then write), 6 one-request APIs, 4 dyndns2 presets. */
export const MANY_PROVIDERS: readonly ManyProvider[] = [cloudflare, ...RESTFUL, ...ONE_REQUEST, ...PRESETS];
