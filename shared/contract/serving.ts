/**
 * How the dashboard and API are served (AppStatus's `api`): the certificate on the LAN and
 * whether plain HTTP reaches it from other machines. Absent where no HTTP server runs (the
 * desktop app serves no port). Pure.
 */
import * as z from 'zod/mini';

import { described } from './described';

export interface ServedCertificate {
  /** SHA-256 of the certificate, colon hex as browsers show it (engine/tls/fingerprint.ts). */
  fingerprint: string;
  /** Made by IPWatch (true) or named in api.tls (false). */
  generated: boolean;
  /** Epoch ms. */
  notAfter: number;
}

export interface ApiServingStatus {
  /** The certificate served on the LAN; null when the API listens on loopback only. */
  tls: ServedCertificate | null;
  /** Plain HTTP answers other machines (api.allowPlainHttp): the token travels readable. */
  plainHttpOnLan: boolean;
}

export const apiServingStatusSchema: z.ZodMiniType<ApiServingStatus> = described(
  z.object({
    tls: z.nullable(
      z.object({
        fingerprint: described(z.string(), 'SHA-256, colon hex, as browsers show it'),
        generated: described(z.boolean(), 'made by IPWatch (true) or named in api.tls'),
        notAfter: described(z.number(), 'epoch ms'),
      }),
    ),
    plainHttpOnLan: z.boolean(),
  }),
  'how the dashboard is served: the LAN certificate, and whether plain HTTP reaches other machines',
);
