/**
 * Chromium trusting exactly the certificate a runner made at first run, as a person does who
 * compared its fingerprint: the SHA-256 of its public key (SPKI, DER, base64) goes to chromium's
 * --ignore-certificate-errors-spki-list, so every other certificate still fails. For the e2e
 * tests of the dashboard over HTTPS (tests/e2e/discord-sign-in.test.ts, security-screens.test.ts).
 */
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser } from 'playwright-core';

import { launchChromium } from './dashboard';

/** The SHA-256 of the certificate's public key (SPKI, DER), base64: what chromium's pin flag takes. */
export const spkiPin = (pem: string): string =>
  createHash('sha256')
    .update(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');

/** The certificate the runner of `dataDir` made at first run and serves on the LAN (no api.tls). */
export const servedCertificate = (dataDir: string): string =>
  readFileSync(path.join(dataDir, 'tls', 'cert.pem'), 'utf8');

/**
 * Chromium that trusts the certificate of the runner of `dataDir`, and no other self-signed one;
 * `reachable`: this host's own addresses it may connect to besides 127.0.0.1 (launchChromium).
 */
export const launchPinnedChromium = (dataDir: string, reachable: readonly string[] = []): Promise<Browser> =>
  launchChromium([`--ignore-certificate-errors-spki-list=${spkiPin(servedCertificate(dataDir))}`], reachable);
