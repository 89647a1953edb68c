/**
 * Google Cloud DNS against its stand-in (tests/fakes/ddns/gcp.ts: the token address verifies the
 * service account's RS256 assertion with the public half of a key pair made here): the providers'
 * contract. Refused credentials are a key whose private half is not the account's.
 */
import { generateKeyPairSync } from 'node:crypto';

import { type GcpStandIn, startGcp } from '../../../../fakes/ddns/gcp';
import { type ContractStandIn, HOST, providerContract, ZONE } from './provider-contract';

const EMAIL = 'ddns@my-project-123.iam.gserviceaccount.com';
const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const GOOD = pair();
const OTHER = pair();
const pem = (k: typeof GOOD) => k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** A service account's key file as Google hands it out, its token_uri the stand-in's. */
const keyFile = (s: ContractStandIn, k: typeof GOOD) =>
  JSON.stringify({
    type: 'service_account',
    project_id: 'my-project-123',
    private_key_id: '1a2b3c',
    private_key: pem(k),
    client_email: EMAIL,
    client_id: '109876543210',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: (s as GcpStandIn).tokenUri,
  });

providerContract('Google Cloud DNS', {
  start: (o) =>
    startGcp({
      account: { client_email: EMAIL, publicKey: GOOD.publicKey },
      project: 'my-project-123',
      managedZone: 'example-org',
      domain: ZONE,
      ...(o ? { now: o.now } : {}),
    }),
  record: (s, o) => ({
    id: `gcp-${o.type.toLowerCase()}`,
    provider: 'gcp',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    project: 'my-project-123',
    managedZone: 'example-org',
    name: HOST,
    secret: keyFile(s, o.wrongCredentials ? OTHER : GOOD),
    ttl: 120,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 120,
  isWrite: (r) => (r.method === 'POST' && r.url.pathname.endsWith('/rrsets')) || r.method === 'PATCH',
});
