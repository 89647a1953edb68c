/**
 * The one place a certificate's SHA-256 fingerprint is computed: colon-separated upper-case hex
 * of the hash of its DER bytes, as browsers show it ("SHA-256 Fingerprint") and as Node's
 * `getPeerCertificate().fingerprint256` gives it, so a person can compare the two by eye.
 */
import { createHash, X509Certificate } from 'node:crypto';

/** `AB:CD:…` (32 bytes) of a certificate's DER bytes. */
export function fingerprintOfDer(der: Uint8Array): string {
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
  return hex.match(/../g)!.join(':');
}

/** The first certificate of a PEM text (the leaf; a chain follows it): its fingerprint and end of validity. */
export function leafFacts(pem: string): {
  fingerprint: string;
  notAfter: number;
  notBefore: number;
  cert: X509Certificate;
} {
  const cert = new X509Certificate(pem);
  return {
    fingerprint: fingerprintOfDer(cert.raw),
    notAfter: Date.parse(cert.validTo),
    notBefore: Date.parse(cert.validFrom),
    cert,
  };
}
