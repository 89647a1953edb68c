/**
 * Google Cloud DNS (https://cloud.google.com/dns/docs/reference/rest/v1/resourceRecordSets), with
 * a service account's JSON key (https://cloud.google.com/iam/docs/keys-create-delete) allowed to
 * read and change the managed zone's record sets: the record's settings, and what the Settings
 * page, the credentials table and the destinations know of it (spec.ts). The key is the whole JSON
 * file as Google hands it out, a secret; the engine reads it (electron/engine/ddns/providers/gcp.ts).
 * The access token goes to the API address; the key's signed assertion to the key's own token_uri,
 * which is part of the secret and so cannot be moved without giving the key again. Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField, tidied, ttl } from './fields';
import { ddnsProvider } from './spec';

export const GCP_DNS_API = 'https://dns.googleapis.com';

/** A project ID (6 to 30 letters, digits and dashes), or a domain-scoped one ("example.com:my-project"). */
const projectSchema = z.pipe(
  tidied((s) => s.trim()),
  z.string().check(
    z.regex(/^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/, {
      error: 'a project ID is 6 to 30 lower-case letters, digits and dashes, e.g. my-project-123',
    }),
  ),
);

/** A managed zone's name (1 to 63 lower-case letters, digits and dashes) or its numeric ID. */
const managedZoneSchema = z.pipe(
  tidied((s) => s.trim()),
  z.string().check(
    z.regex(/^(?:[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?|\d{1,20})$/, {
      error: "a managed zone is named by lower-case letters, digits and dashes (the zone's name, not its DNS name)",
    }),
  ),
);

export const gcpRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('gcp', 'Google Cloud DNS'),
  project: withMeta(projectSchema, about('Project ID', 'The ID of the Google Cloud project, e.g. my-project-123.')),
  managedZone: withMeta(
    managedZoneSchema,
    about('Cloud DNS zone name', "The managed zone's name in Cloud DNS (not its DNS name), e.g. example-org."),
  ),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  secret: withMeta(
    secretField('the service account key'),
    about(
      'Service account key (JSON)',
      "The service account's JSON key file, pasted whole; the account needs the DNS Administrator role.",
    ),
  ),
  ttl,
  apiBase: apiBase(GCP_DNS_API),
});

export const gcpSpec = ddnsProvider({
  id: 'gcp',
  label: 'Google Cloud DNS',
  schema: gcpRecordSchema,
  kinds: { project: 'plain', managedZone: 'plain', name: 'plain', secret: 'secret', ttl: 'plain', apiBase: 'url' },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: GCP_DNS_API }],
  // The managed zone is named by Google, not by its DNS name: the proof finds the zone by walking up.
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'project', example: 'my-project-123' },
      { field: 'managedZone', example: 'example-org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'secret', kind: 'secret' },
      { field: 'ttl', kind: 'number' },
      { field: 'apiBase' },
    ],
    advanced: ['ttl', 'apiBase'],
  },
  keyUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
  apiDocs: 'https://cloud.google.com/dns/docs/reference/rest/v1/resourceRecordSets',
  rank: 16,
});
