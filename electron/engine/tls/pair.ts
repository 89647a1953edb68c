/**
 * A certificate and key as the HTTPS server takes them, checked before it is given one: both
 * PEM, the key the certificate's own, and Node's TLS accepting the pair. A bad pair is an Error
 * whose message says which of these failed, so the old pair stays in use.
 */
import { createPrivateKey } from 'node:crypto';
import { createSecureContext } from 'node:tls';

import { leafFacts } from './fingerprint';

export interface TlsPair {
  cert: string;
  key: string;
}

/** What the status, the tray, the CLI and the log show about the certificate served. */
export interface TlsFacts {
  fingerprint: string;
  /** Made by IPWatch (true) or named in api.tls (false). */
  generated: boolean;
  notAfter: number;
}

/** The pair's facts, or an Error in words naming `where` (the files, for the user's own pair). */
export function checkPair(pair: TlsPair, where: string, generated: boolean): TlsFacts {
  let facts: ReturnType<typeof leafFacts>;
  try {
    facts = leafFacts(pair.cert);
  } catch {
    throw new Error(`${where}: the certificate is not a PEM certificate`);
  }
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = createPrivateKey(pair.key);
  } catch {
    throw new Error(`${where}: the key is not an unencrypted PEM private key`);
  }
  if (!facts.cert.checkPrivateKey(key)) throw new Error(`${where}: the key does not belong to the certificate`);
  try {
    createSecureContext(pair);
  } catch (err) {
    throw new Error(`${where}: TLS refuses the pair (${err instanceof Error ? err.message : String(err)})`);
  }
  return { fingerprint: facts.fingerprint, generated, notAfter: facts.notAfter };
}
