/**
 * The import of ddns-updater's gcp entry (qdm12/ddns-updater docs/gcp.md): `project`, `zone` (the
 * managed zone's name) and `credentials`, the service account's key file as a JSON object, become a
 * Google Cloud DNS record whose secret is that key file's text; a whole key file imported so builds
 * an updater, and the docs' own example (a key cut short, `// ...`) makes a valid record that
 * cannot be built until the whole key is given, said in words that do not quote it.
 */
import { generateKeyPairSync } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../electron/engine/ddns';
import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { createUdpClient } from '../../../../electron/engine/net';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY_FILE = {
  type: 'service_account',
  project_id: 'my-project-id',
  private_key_id: 'a1b2c3',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  client_email: 'ddns@my-project-id.iam.gserviceaccount.com',
  client_id: '123456789',
  auth_uri: 'https://accounts.google.com/o/oauth2/auth',
  token_uri: 'https://oauth2.googleapis.com/token',
};

const CONFIG = {
  settings: [
    // docs/gcp.md's example, its `// ...` left out.
    {
      provider: 'gcp',
      project: 'my-project-id',
      zone: 'zone',
      credentials: { type: 'service_account', project_id: 'my-project-id' },
      domain: 'domain.com',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    // A whole key file, a wildcard, both families.
    { provider: 'gcp', project: 'my-project-id', zone: 'example-org', credentials: KEY_FILE, domain: '*.example.org' },
  ],
};

describe('ddns-updater import: Google Cloud DNS (gcp)', () => {
  const { records, refused } = importDdnsUpdater(CONFIG);

  it('makes each entry its records, valid, with the key file as the secret', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['gcp', 'A'],
      ['gcp', 'A'],
      ['gcp', 'AAAA'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({ project: 'my-project-id', managedZone: 'zone', name: 'domain.com' });
    expect(JSON.parse(String(records[0]!.secret))).toEqual({ type: 'service_account', project_id: 'my-project-id' });
    expect(records[1]).toMatchObject({ managedZone: 'example-org', name: 'example.org' });
    expect(JSON.parse(String(records[1]!.secret))).toEqual(KEY_FILE);
  });

  it("builds an updater from a whole key; the docs' cut-short key is refused in words, unquoted", () => {
    const udp = createUdpClient();
    try {
      const deps = { udp, http: ddnsHttp, clock: { now: () => Date.now() }, timeoutMs: 2000 };
      const source = { env: {}, readFile: () => '' };
      const whole = buildUpdater(records[1] as unknown as Record<string, unknown>, deps, source);
      expect(whole.ok, whole.ok ? '' : whole.reason).toBe(true);
      const cut = buildUpdater(records[0] as unknown as Record<string, unknown>, deps, source);
      if (cut.ok) throw new Error('built without a private key');
      expect(cut.reason).toBe('the service account key has no client_email: paste the whole key file');
      expect(cut.secrets).toContain(records[0]!.secret);
    } finally {
      udp.close();
    }
  });
});
