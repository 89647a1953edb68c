/**
 * A dyndns2 preset: a provider that speaks the dyndns2 protocol (dyndns2.ts) to its own update
 * server (No-IP, Dynu, Strato, Hurricane Electric...). Every preset's record has the same fields:
 * the account's user name (left out where the provider logs in with the host name itself), its
 * password or update key, the host name, and the update server, its own by default and folded
 * under More options (a stand-in or a proxy). Each preset's file (ddns-providers/<id>.ts) is one
 * call of these two factories. Pure.
 */
import * as z from 'zod/mini';

import { about, httpUrlOf, withMeta } from '../schema-common';
import { common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { type DdnsFormField, ddnsProvider, type DdnsProviderSpec } from './spec';

/** The words of a preset's user and password fields, where the provider names them its own way. */
export interface PresetWords {
  user?: { label: string; help: string };
  password?: { label: string; help: string };
}

const server = (url: string) =>
  withMeta(
    z._default(httpUrlOf('base'), url),
    about('Update server', "The provider's own update server; change it only for a proxy or a stand-in."),
  );
const username = (w: PresetWords) =>
  withMeta(
    z.string().check(z.minLength(1, 'username is required')),
    w.user
      ? about(w.user.label, w.user.help)
      : about('Account (user name)', 'The account name, as the provider names it.'),
  );
const password = (w: PresetWords) =>
  withMeta(
    secretField('the password'),
    w.password
      ? about(w.password.label, w.password.help)
      : about('Password or update key', 'The password, or the update key the provider gives.'),
  );
const hostname = withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.'));

/** A preset's record: user name, password, host name and the update server (`url` by default). */
export const dyndns2PresetSchema = <P extends string>(id: P, brand: string, url: string, w: PresetWords = {}) =>
  z.strictObject({
    ...common,
    provider: providerLiteral(id, brand),
    username: username(w),
    password: password(w),
    hostname,
    server: server(url),
  });

/** A preset whose provider logs in with the host name itself (Hurricane Electric): no user name. */
export const dyndns2KeyPresetSchema = <P extends string>(id: P, brand: string, url: string, w: PresetWords = {}) =>
  z.strictObject({
    ...common,
    provider: providerLiteral(id, brand),
    password: password(w),
    hostname,
    server: server(url),
  });

type PresetSchema<P extends string> =
  ReturnType<typeof dyndns2PresetSchema<P>> | ReturnType<typeof dyndns2KeyPresetSchema<P>>;

export interface PresetSpec {
  label: string;
  /** The provider's own update server (the schema's default). */
  url: string;
  apiDocs: string;
  keyUrl: string;
  rank: number;
}

/** A preset's spec (spec.ts): its fields as credentials, the server as the secret's destination, its form. */
export function dyndns2PresetSpec<P extends string, S extends PresetSchema<P>>(
  id: DdnsProviderSpec<S>['id'],
  schema: S,
  o: PresetSpec,
): DdnsProviderSpec<S> {
  const hasUser = 'username' in schema.shape;
  const fields: DdnsFormField[] = [
    ...(hasUser ? [{ field: 'username' }] : []),
    { field: 'password', kind: 'secret' },
    { field: 'hostname', example: 'home.example.org' },
    { field: 'server', example: o.url },
  ];
  const kinds = {
    ...(hasUser ? { username: 'plain' } : {}),
    password: 'secret',
    hostname: 'plain',
    server: 'url',
  };
  return ddnsProvider<S>({
    id,
    label: o.label,
    schema,
    kinds: kinds as never,
    destinations: [{ field: 'server', word: 'updateServer', fallback: o.url }],
    where: (r) => ({ name: (r as { hostname: string }).hostname, zone: null }),
    form: { fields, advanced: ['server'] },
    keyUrl: o.keyUrl,
    apiDocs: o.apiDocs,
    rank: o.rank,
  });
}
