/**
 * Makes the LAN dashboard's own certificate: an ECDSA P-256 key and a self-signed certificate
 * naming this host (host-names.ts), with @peculiar/x509 over Node's WebCrypto. The library (and
 * the reflect-metadata its tsyringe needs) loads at the first certificate made, not at start:
 * a runner on loopback, or one whose stored certificate still fits, never loads it.
 */
import { webcrypto } from 'node:crypto';

import { type HostNames, VALIDITY_DAYS } from './host-names';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

let library: Promise<typeof import('@peculiar/x509')> | null = null;
const x509Library = () =>
  (library ??= (async () => {
    await import('reflect-metadata');
    const x509 = await import('@peculiar/x509');
    // It reads its crypto from this provider; Node's WebCrypto is the one to use. The parameter
    // is the DOM's Crypto type, which the node-side tsconfigs do not load, hence `never`.
    x509.cryptoProvider.set(webcrypto as never);
    return x509;
  })());

/** A new key and a certificate valid from an hour before `now` (a clock a little behind still accepts it). */
export async function generateCertificate(names: HostNames, now: number): Promise<{ cert: string; key: string }> {
  const x509 = await x509Library();
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const serial = Buffer.from(webcrypto.getRandomValues(new Uint8Array(16)));
  serial[0]! &= 0x7f; // a positive serial number
  const cn = names.dns.find((d) => d !== 'localhost') ?? 'localhost';
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: [{ CN: [cn] }, { O: ['IPWatch'] }],
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + VALIDITY_DAYS * 24 * 3600_000),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...names.dns.map((value) => ({ type: 'dns' as const, value })),
        ...names.ip.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { cert: cert.toString('pem'), key: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY') };
}
