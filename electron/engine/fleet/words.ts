/**
 * What a broker's failure means, in words a person reads first (the Settings page, the status),
 * with the technical reason after it. Pure.
 */
import { english } from '../../../shared/i18n/translators';
import { unreadableWords as fileUnreadableWords } from '../../../shared/words/unreadable-file';

/** mqtt.js's CONNACK and PUBACK reason codes that people meet, in words (MQTT 5.0 section 3.2.2.2). */
const REFUSALS: [RegExp, string][] = [
  [/not authori[sz]ed|bad user ?name or password|\b13[45]\b/i, 'the broker refused the user name or password'],
  [/client ?identifier not valid/i, 'the broker refused the client id'],
  [/server unavailable|server busy/i, 'the broker is unavailable'],
  [/quota exceeded/i, 'the broker refused more messages (quota exceeded)'],
];

const CODES: Record<string, string> = {
  ECONNREFUSED: 'nothing accepts connections at that address and port',
  ENOTFOUND: 'the broker’s host name does not resolve',
  EAI_AGAIN: 'the broker’s host name could not be resolved now',
  ETIMEDOUT: 'the broker did not answer in time',
  EHOSTUNREACH: 'the broker’s host cannot be reached',
  ENETUNREACH: 'no network route to the broker',
  ECONNRESET: 'the broker closed the connection',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the broker’s certificate is self-signed: name its CA file',
  SELF_SIGNED_CERT_IN_CHAIN: 'the broker’s certificate is not signed by a trusted CA: name its CA file',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the broker’s certificate is not signed by a trusted CA: name its CA file',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the broker’s certificate is for another host name',
  CERT_HAS_EXPIRED: 'the broker’s certificate has expired',
  // The broker's TLS alerts about this client's certificate (RFC 8446 section 6.2).
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA:
    'the broker refused this client certificate: it is not signed by a CA the broker trusts',
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: 'the broker refused this client certificate',
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED: 'the broker refused this client certificate: it has expired',
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: 'the broker asks for a client certificate: name one and its key',
};

/**
 * A certificate or key file that could not be read, in English as the fleet's states and log
 * lines are; files are read by other rooms too (the identity databases): the words live in
 * shared/words/unreadable-file.ts.
 */
export const unreadableWords = (what: string, file: string, err: unknown): string =>
  fileUnreadableWords(what, file, err, english);

/** A broker error as words, the library's message after them. */
export function brokerWords(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? CODES[code] : undefined;
  // OpenSSL's message carries its internals (file, line, alert number); its reason is the plain part.
  const reason = (err as { reason?: unknown } | null)?.reason;
  if (known) return `${known} (${typeof reason === 'string' ? reason : message})`;
  for (const [re, words] of REFUSALS) if (re.test(message)) return `${words} (${message})`;
  return message;
}

/** A publish the broker refused, in words: the ACL is the usual reason. */
export const refusedWords = (topic: string, err: unknown): string => {
  const message = err instanceof Error ? err.message : String(err);
  return /not authori[sz]ed/i.test(message)
    ? `the broker refused to take ${topic}: its ACL does not let this user write there (another site’s name?)`
    : `the broker did not take ${topic} (${message})`;
};
