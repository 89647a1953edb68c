/**
 * One form per DDNS provider: its name and a line on what it is (the catalogue's ids), and how
 * each of its fields is edited (labels, help, choices and checks are the fields' own,
 * shared/settings/ddns.ts). The fields most records never change (TTL, port, API address) are
 * folded. Pure data.
 */
import type * as z from 'zod/v4/core';

import type { Translator } from '../../../../shared/i18n/translator';
import { DDNS_PROVIDERS, type DdnsProviderId, ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { type ItemKinds, type KindWords, kindSpecs } from '../items/kinds';
import type { OptionSpec } from '../options/spec';

/** A record as the form edits it: defaults may be left out, a secret may be a stored marker. */
export type DdnsDraft = z.input<typeof ddnsRecordSchema>;

export interface DdnsForm extends KindWords {
  /** Folded under "More options", by dotted path. */
  advanced: readonly string[];
  /** A new record of this provider, before the user fills it in (the common fields come from `blankRecord`). */
  blank: Record<string, unknown>;
  /** The host name the record is for, as the row shows it. */
  host(r: Record<string, unknown>): string;
}

const text = (path: string, placeholder?: string): OptionSpec => ({
  path: [path],
  kind: 'text',
  ...(placeholder ? { placeholder } : {}),
});
const secret = (path: string): OptionSpec => ({ path: [path], kind: 'secret' });
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Which IPv6 address an AAAA record holds (empty: this host's stable one); shown for an A record
 * only while it holds a value, so the message that refuses it there can be read and fixed. Its
 * example is a word ("stable"), in the catalogue: `said`.
 */
const address: OptionSpec = {
  ...text('address'),
  shownWhen: (r) => r.type === 'AAAA' || (r.address !== undefined && r.address !== ''),
};

/** The first fields of every form; the provider is chosen above them. */
const COMMON: OptionSpec[] = [text('id', 'home-a'), { path: ['type'], kind: 'select' }, address];
const said = { address: { placeholder: 'editors.ddns.stable' } } as const;
const enabled: OptionSpec = { path: ['enabled'], kind: 'checkbox' };

export const DDNS_FORMS: Record<DdnsProviderId, DdnsForm> = {
  rfc2136: {
    label: 'editors.ddns.rfc2136',
    blurb: 'editors.ddns.rfc2136.blurb',
    said,
    fields: [
      ...COMMON,
      text('server', '192.0.2.53'),
      text('zone', 'example.org'),
      text('name', 'home.example.org'),
      text('keyName', 'ipwatch-key'),
      secret('secret'),
      { path: ['port'], kind: 'number' },
      { path: ['ttl'], kind: 'number' },
      { path: ['algorithm'], kind: 'select' },
      enabled,
    ],
    advanced: ['port', 'ttl', 'algorithm'],
    blank: { server: '', zone: '', name: '', keyName: '', secret: '' },
    host: (r) => str(r.name),
  },
  cloudflare: {
    label: 'editors.ddns.cloudflare',
    blurb: 'editors.ddns.cloudflare.blurb',
    said,
    fields: [
      ...COMMON,
      secret('token'),
      text('zone', 'example.org'),
      text('name', 'home.example.org'),
      text('zoneId', '023e105f4ecef8ad9ca31a8372d0c353'),
      text('apiBase'),
      enabled,
    ],
    advanced: ['zoneId', 'apiBase'],
    blank: { token: '', name: '' },
    host: (r) => str(r.name),
  },
  dyndns2: {
    label: 'editors.ddns.dyndns2',
    blurb: 'editors.ddns.dyndns2.blurb',
    said,
    fields: [
      ...COMMON,
      text('server', 'https://dynupdate.no-ip.com'),
      text('username'),
      secret('password'),
      text('hostname', 'home.example.org'),
      enabled,
    ],
    advanced: [],
    blank: { server: '', username: '', password: '', hostname: '' },
    host: (r) => str(r.hostname),
  },
  duckdns: {
    label: 'editors.ddns.duckdns',
    blurb: 'editors.ddns.duckdns.blurb',
    said,
    fields: [...COMMON, text('domain', 'myhome'), secret('token'), text('apiBase'), enabled],
    advanced: ['apiBase'],
    blank: { domain: '', token: '' },
    host: (r) => (str(r.domain) ? `${str(r.domain)}.duckdns.org` : ''),
  },
  desec: {
    label: 'editors.ddns.desec',
    blurb: 'editors.ddns.desec.blurb',
    said,
    fields: [
      ...COMMON,
      text('hostname', 'myhome.dedyn.io'),
      secret('token'),
      text('apiBase'),
      text('restBase'),
      enabled,
    ],
    advanced: ['apiBase', 'restBase'],
    blank: { hostname: '', token: '' },
    host: (r) => str(r.hostname),
  },
};

/**
 * The providers as the list offers them, most used first (issue 75): Cloudflare, DuckDNS, the
 * dyndns2 protocol (No-IP, Dynu...), deSEC, then RFC 2136 to one's own server, the expert's
 * choice. The first is a new record's provider. Every provider, once (tests/renderer/item-kinds.test.ts).
 */
export const PROVIDERS: readonly DdnsProviderId[] = ['cloudflare', 'duckdns', 'dyndns2', 'desec', 'rfc2136'];

export const isProvider = (p: unknown): p is DdnsProviderId =>
  typeof p === 'string' && (DDNS_PROVIDERS as readonly string[]).includes(p);

/** The provider's name for a row, or what the settings say when IPWatch does not know it. */
export const providerLabel = (p: unknown, words: Translator): string =>
  isProvider(p) ? words.t(DDNS_FORMS[p].label) : words.t('editors.unknownKind', { kind: String(p) });

/** The host name a record keeps in step, as the row names it. */
export const hostOf = (r: Record<string, unknown>): string =>
  isProvider(r.provider) ? DDNS_FORMS[r.provider].host(r) : '';

/** A new record: the provider's blank fields under a free id, following IPv4. */
export function blankRecord(provider: DdnsProviderId, id: string): DdnsDraft {
  return { id, provider, enabled: true, type: 'A', ...DDNS_FORMS[provider].blank } as DdnsDraft;
}

/** The same record under another provider: its id, type, address and on/off stay, the provider's own fields start empty. */
export function withProvider(r: Record<string, unknown>, provider: DdnsProviderId): DdnsDraft {
  return {
    ...blankRecord(provider, str(r.id)),
    ...(r.type === 'AAAA' ? { type: 'AAAA' } : {}),
    ...(typeof r.address === 'string' ? { address: r.address } : {}),
    ...(r.enabled === false ? { enabled: false } : {}),
  } as DdnsDraft;
}

/** Records by provider, for the list's Add and the record's form, in `words`. */
export const ddnsKinds = (words: Translator): ItemKinds<DdnsProviderId> => ({
  key: 'provider',
  schema: ddnsRecordSchema,
  ids: PROVIDERS,
  forms: kindSpecs(DDNS_FORMS, words),
  label: words.t('editors.ddns.provider'),
  fold: {
    summary: words.t('editors.moreOptions'),
    fields: (p) => DDNS_FORMS[p].fields.filter((spec) => DDNS_FORMS[p].advanced.includes(spec.path.join('.'))),
  },
  blank: (p, id) => blankRecord(p, id),
  withKind: (r, p) => withProvider(r, p),
});
