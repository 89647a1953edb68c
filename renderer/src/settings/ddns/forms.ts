/**
 * One form per DDNS provider: its name and a line on what it is (the catalogue's ids), and how
 * each of its fields is edited (labels, help, choices and checks are the fields' own,
 * shared/settings/ddns.ts), each provider's form from its file (shared/settings/ddns-providers/).
 * The fields most records never change (TTL, port, API address) are folded. Pure data.
 */
import type * as z from 'zod/v4/core';

import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import { DDNS_PROVIDERS, type DdnsProviderId, ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { DDNS_SPECS } from '../../../../shared/settings/ddns-providers';
import type { DdnsProviderSpec } from '../../../../shared/settings/ddns-providers/spec';
import { type ItemKinds, kindLabel, type KindWords, kindSpecs } from '../items/kinds';
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

/** The providers whose name IPWatch says in words of its own ("RFC 2136 (your own server)"); the others' is their brand. */
const NAMED_IN_WORDS = new Set(['rfc2136', 'cloudflare', 'dyndns2', 'duckdns', 'desec']);

/** A field the record cannot be saved without (neither optional nor defaulted): a new record has it empty. */
const required = (spec: DdnsProviderSpec, field: string): boolean => {
  const type = (spec.schema.shape[field] as z.$ZodType | undefined)?._zod.def.type;
  return type !== undefined && type !== 'optional' && type !== 'default';
};

/** A provider's form, from its file (shared/settings/ddns-providers/<id>.ts). */
function formOf(spec: DdnsProviderSpec): DdnsForm {
  const kinds = spec.kinds as Record<string, unknown>;
  const own = spec.form.fields.map((f): OptionSpec => ({
    path: [f.field],
    kind: f.kind ?? (kinds[f.field] === 'secret' ? 'secret' : 'text'),
    ...(f.example ? { placeholder: f.example } : {}),
  }));
  return {
    label: NAMED_IN_WORDS.has(spec.id) ? (`editors.ddns.${spec.id}` as MessageId) : { name: spec.label },
    blurb: `editors.ddns.${spec.id}.blurb` as MessageId,
    said,
    fields: [...COMMON, ...own, enabled],
    advanced: spec.form.advanced ?? [],
    keyUrl: spec.keyUrl,
    blank: Object.fromEntries(spec.form.fields.filter((f) => required(spec, f.field)).map((f) => [f.field, ''])),
    host(r) {
      let name = '';
      try {
        name = spec.where(r as never).name;
      } catch {
        return '';
      }
      // A draft's empty field leaves an empty label ("" + ".duckdns.org"): no host yet.
      return typeof name === 'string' && !/(^|\.)(\.|$)|undefined/.test(name) ? name : '';
    },
  };
}

export const DDNS_FORMS = Object.fromEntries(
  (DDNS_SPECS as readonly DdnsProviderSpec[]).map((s) => [s.id, formOf(s)]),
) as Record<DdnsProviderId, DdnsForm>;

/**
 * The providers as the list offers them, most used first (each file's `rank`; issue 75):
 * Cloudflare, DuckDNS, the dyndns2 protocol, deSEC..., RFC 2136 to one's own server, the expert's
 * choice, last. The first is a new record's provider. Every provider, once (tests/renderer/item-kinds.test.ts).
 */
export const PROVIDERS: readonly DdnsProviderId[] = [...(DDNS_SPECS as readonly DdnsProviderSpec[])]
  .sort((a, b) => a.rank - b.rank)
  .map((s) => s.id as DdnsProviderId);

/** How many of the first providers the list offers as the most used, before the others by name. */
const POPULAR = 10;

export const isProvider = (p: unknown): p is DdnsProviderId =>
  typeof p === 'string' && (DDNS_PROVIDERS as readonly string[]).includes(p);

/** The provider's name for a row, or what the settings say when IPWatch does not know it. */
export const providerLabel = (p: unknown, words: Translator): string =>
  isProvider(p) ? kindLabel(DDNS_FORMS[p].label, words) : words.t('editors.unknownKind', { kind: String(p) });

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
  find: {
    label: words.t('editors.ddns.find'),
    popularLabel: words.t('editors.ddns.popular'),
    allLabel: words.t('editors.ddns.more'),
    popular: POPULAR,
    none: (query) => words.t('editors.ddns.noneFound', { query }),
    found: (count) => words.t('editors.ddns.found', { count }),
    keyAt: (site) => words.t('editors.ddns.keyAt', { site }),
  },
});
