/**
 * The certificate IPWatch makes for itself, kept in DATA_DIR/tls/ (cert.pem, and key.pem with
 * mode 0600 in a 0700 folder): read at each start, made again when host-names.ts says so.
 */
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Logger } from '../logger';
import { writeFileAtomic } from '../store/atomic-file';
import { leafFacts } from './fingerprint';
import { generateCertificate } from './generate';
import { type HostNames, parseSubjectAltName, renewalReason } from './host-names';
import { checkPair, type TlsFacts, type TlsPair } from './pair';

export const TLS_FOLDER = 'tls';

/** The stored pair when it still fits `wanted` at `now`; else a new one, stored before it is returned. */
export async function generatedPair(
  dataDir: string,
  wanted: HostNames,
  now: number,
  logger: Logger,
): Promise<{ pair: TlsPair; facts: TlsFacts }> {
  const dir = path.join(dataDir, TLS_FOLDER);
  const stored = await readStored(dir);
  const reason = renewalReason(
    stored && {
      notAfter: stored.facts.notAfter,
      names: parseSubjectAltName(leafFacts(stored.pair.cert).cert.subjectAltName),
    },
    wanted,
    now,
  );
  if (stored && reason === null) return stored;
  const pair = await generateCertificate(wanted, now);
  const facts = checkPair(pair, 'the generated certificate', true);
  await store(dir, pair);
  logger.info('made a new certificate for the LAN dashboard', {
    reason,
    fingerprint: facts.fingerprint,
    names: [...wanted.dns, ...wanted.ip].join(' '),
  });
  return { pair, facts };
}

/** The stored pair, or null when there is none or it cannot be used (it is then made again). */
async function readStored(dir: string): Promise<{ pair: TlsPair; facts: TlsFacts } | null> {
  try {
    const pair = {
      cert: await readFile(path.join(dir, 'cert.pem'), 'utf8'),
      key: await readFile(path.join(dir, 'key.pem'), 'utf8'),
    };
    return { pair, facts: checkPair(pair, dir, true) };
  } catch {
    return null;
  }
}

/** Each file through the house's one writer: a crash leaves the old file or the new, never half. */
async function store(dir: string, pair: TlsPair): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  for (const [name, text, mode] of [
    ['key.pem', pair.key, 0o600],
    ['cert.pem', pair.cert, 0o644],
  ] as const) {
    await writeFileAtomic(path.join(dir, name), Buffer.from(text, 'utf8'), mode);
  }
}
