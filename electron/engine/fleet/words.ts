/**
 * What a broker's failure means, in words a person reads first (the Settings page, the status),
 * with the technical reason after it. Pure.
 */
import { english } from '../../../shared/i18n/translators';
import type { Reason } from '../../../shared/reason';
import { unreadableWords as fileUnreadableWords } from '../../../shared/words/unreadable-file';
import { inEnglish, reason, reasonOfError } from '../reason';

/**
 * mqtt.js's CONNACK and PUBACK reason codes that people meet, as a meaning of the catalogue's
 * `reason.fleet.broker` (MQTT 5.0 section 3.2.2.2).
 */
const REFUSALS: [RegExp, string][] = [
  [/not authori[sz]ed|bad user ?name or password|\b13[45]\b/i, 'credentials'],
  [/client ?identifier not valid/i, 'clientId'],
  [/server unavailable|server busy/i, 'unavailable'],
  [/quota exceeded/i, 'quota'],
];

/** Node's and OpenSSL's error codes that people meet, as a meaning of `reason.fleet.broker`. */
const CODES: Record<string, string> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'noHost',
  EAI_AGAIN: 'hostLater',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'hostUnreachable',
  ENETUNREACH: 'noRoute',
  ECONNRESET: 'reset',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'selfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'otherHost',
  CERT_HAS_EXPIRED: 'expired',
  // The broker's TLS alerts about this client's certificate (RFC 8446 section 6.2).
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: 'clientUnknownCa',
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: 'clientBad',
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED: 'clientExpired',
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: 'clientRequired',
};

/**
 * A certificate or key file that could not be read, in English as the fleet's states and log
 * lines are; files are read by other rooms too (the identity databases): the words live in
 * shared/words/unreadable-file.ts.
 */
export const unreadableWords = (what: string, file: string, err: unknown): string =>
  fileUnreadableWords(what, file, err, english);

/** Why a file could not be read, as the `why` of `reason.fleetLink.unreadable`. */
const FILE_WHY: Readonly<Record<string, string>> = {
  ENOENT: 'missing',
  EACCES: 'notAllowed',
  EPERM: 'notAllowed',
  EISDIR: 'folder',
};

/** A certificate or key file the link could not read, as a reason (its English is unreadableWords'). */
export function unreadableReason(what: 'caFile' | 'clientCert' | 'clientKey', file: string, err: unknown): Reason {
  const code = (err as { code?: unknown } | null)?.code;
  const why = (typeof code === 'string' && FILE_WHY[code]) || 'other';
  return reason('reason.fleetLink.unreadable', {
    what,
    file,
    why,
    said: why === 'other' ? (err instanceof Error ? err.message : String(err)) : '',
  });
}

/**
 * A broker error as a reason: what it means (`reason.fleet.broker`), the library's message after
 * it, or that message alone (`reason.said`) when it is none people meet.
 */
export function brokerReason(err: unknown): Reason {
  const coded = reasonOfError(err);
  if (coded) return coded;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? CODES[code] : undefined;
  // OpenSSL's message carries its internals (file, line, alert number); its reason is the plain part.
  const why = (err as { reason?: unknown } | null)?.reason;
  if (known) return reason('reason.fleet.broker', { meaning: known, said: typeof why === 'string' ? why : message });
  for (const [re, meaning] of REFUSALS)
    if (re.test(message)) return reason('reason.fleet.broker', { meaning, said: message });
  return reason('reason.fleet.said', { said: message });
}

/** A broker error as words, the library's message after them (the fleet's states, the log). */
export const brokerWords = (err: unknown): string => inEnglish(brokerReason(err));

/** A publish the broker refused, as a reason: the ACL is the usual one. */
export const refusedReason = (topic: string, err: unknown): Reason => {
  const message = err instanceof Error ? err.message : String(err);
  return /not authori[sz]ed/i.test(message)
    ? reason('reason.fleet.publishAcl', { topic })
    : reason('reason.fleet.publishFailed', { topic, said: message });
};

/** A site forgotten on this runner (the Sites page's Forget), in English and as its code. */
export function forgotWords(name: string): { detail: string; reason: Reason } {
  const forgot = reason('reason.fleet.forgot', { name });
  return { detail: inEnglish(forgot), reason: forgot };
}
