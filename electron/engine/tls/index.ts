/**
 * electron/engine/tls: the certificate the dashboard and API are served with on the LAN. Either
 * the pair the user names in api.tls (followed: a change is served without a restart, a bad one
 * is refused and the old one stays), or one IPWatch makes at first run and keeps in the data
 * folder (ECDSA P-256 naming this host, made again when it expires or the host's names change:
 * host-names.ts). Its SHA-256 fingerprint is computed in fingerprint.ts, once, for every place
 * that shows it. Plain Node; the HTTPS server itself is the API's (api/listen.ts).
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { TlsFiles } from '../../../shared/settings/api';
import type { Logger } from '../logger';
import { tlsFileWords } from './file-words';
import { leafFacts } from './fingerprint';
import { generatedPair, TLS_FOLDER } from './generated';
import { type HostNames, type Interfaces, parseSubjectAltName, wantedNames } from './host-names';
import type { TlsFacts, TlsPair } from './pair';
import { followUserPair, readUserPair } from './user-files';

export { fingerprintOfDer } from './fingerprint';
export { type HostNames, hostCovered } from './host-names';
export type { TlsFacts, TlsPair } from './pair';

export interface ServingTls {
  /** The pair to serve now. */
  pair(): TlsPair;
  facts(): TlsFacts;
  /**
   * Follows the user's files (nothing to follow for a generated pair): `apply` gets each new good
   * pair and may throw to refuse it. Returns what stops following.
   */
  follow(apply: (pair: TlsPair) => void): () => void;
}

export interface TlsOptions {
  files?: TlsFiles | undefined;
  /** Where a generated pair is kept; null: a pair must be named in api.tls. */
  dataDir: string | null;
  now: () => number;
  logger: Logger;
  /** This host, by default os.hostname() and os.networkInterfaces(), read at each check. */
  host?: () => { name: string; interfaces: Interfaces };
  /** How often a generated pair is checked again while serving (default a day). */
  recheckMs?: number;
}

const DAY_MS = 24 * 3600_000;
const thisHost = () => ({ name: os.hostname(), interfaces: os.networkInterfaces() });

/** The pair to serve on the LAN; rejects, in words, when there is none to be had. */
export async function prepareTls(o: TlsOptions): Promise<ServingTls> {
  const host = o.host ?? thisHost;
  if (!o.files && o.dataDir === null)
    throw new Error('api.tls must name a certificate and key when there is no data folder to keep a generated one in');
  const generated = () => {
    const h = host();
    return generatedPair(o.dataDir!, wantedNames(h.name, h.interfaces), o.now(), o.logger);
  };
  let now = o.files ? await readUserPair(o.files) : await generated();
  /** A new pair handed to the server; kept only when the server took it. */
  const adopt = (apply: (pair: TlsPair) => void, next: { pair: TlsPair; facts: TlsFacts }) => {
    try {
      apply(next.pair);
    } catch (err) {
      o.logger.error('the new certificate was refused; the previous one is still served', {
        error: err instanceof Error ? err.message : String(err),
      });
      return;
    }
    now = next;
    o.logger.info('serving the new certificate', {
      fingerprint: next.facts.fingerprint,
      notAfter: new Date(next.facts.notAfter).toISOString(),
    });
  };
  return {
    pair: () => now.pair,
    facts: () => now.facts,
    follow(apply) {
      if (o.files)
        return followUserPair(o.files, now.pair, {
          changed: (pair, facts) => adopt(apply, { pair, facts }),
          failed: (err) =>
            o.logger.error(
              'the certificate files changed into a pair that cannot be served; the previous one is still served',
              { error: err.message, fingerprint: now.facts.fingerprint },
            ),
        });
      // A runner that runs for a year, or whose LAN address changed, renews without a restart.
      let checking = false;
      const timer = setInterval(() => {
        if (checking) return;
        checking = true;
        generated()
          .then(
            (next) => next.facts.fingerprint !== now.facts.fingerprint && adopt(apply, next),
            (err: unknown) =>
              o.logger.error('cannot renew the certificate; the current one is still served', { error: String(err) }),
          )
          .finally(() => (checking = false));
      }, o.recheckMs ?? DAY_MS);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

/**
 * The certificate the LAN is (or will be) served with, read from disk without serving it: the
 * user's api.tls file, or the one kept in the data folder; null when none is made yet. For
 * `ipwatch status`, which must show the same fingerprint as the runner, the log and the page.
 */
export async function certificateOnDisk(files: TlsFiles | undefined, dataDir: string): Promise<TlsFacts | null> {
  const file = files ? files.cert : path.join(dataDir, TLS_FOLDER, 'cert.pem');
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !files) return null;
    throw new Error(`${files ? 'api.tls: ' : ''}${tlsFileWords('certificate', file, err)}`, { cause: err });
  }
  const facts = leafFacts(pem);
  return { fingerprint: facts.fingerprint, generated: !files, notAfter: facts.notAfter };
}

/** The DNS names and addresses a PEM certificate (its leaf) holds in its subjectAltName. */
export const certificateNames = (pem: string): HostNames => parseSubjectAltName(leafFacts(pem).cert.subjectAltName);
