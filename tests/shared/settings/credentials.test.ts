/**
 * The one table of credentials (shared/settings/credentials.ts) against the schemas and the
 * registries it stands for: every option of every channel type's schema and every field of every
 * DNS provider's schema has its line, for every channel and provider the engine registers; the
 * table's `secret` fields are exactly what maskSecrets turns into markers; a viewer's view hides
 * every field that is not `plain`; and a masked value an admin sends back keeps the stored one.
 */
import { describe, expect, it } from 'vitest';

import { DDNS } from '../../../electron/engine/ddns/registry';
import { CHANNELS } from '../../../electron/engine/notify/channels/registry';
import { maskSecrets, restoreSecrets } from '../../../shared/contract/settings';
import { CHANNEL_OPTIONS } from '../../../shared/settings/channel-options';
import {
  CHANNEL_CREDENTIALS,
  type CredentialKind,
  DDNS_COMMON_FIELDS,
  DDNS_CREDENTIALS,
} from '../../../shared/settings/credentials';
import { DDNS_SPECS } from '../../../shared/settings/ddns-providers';
import { hideCredentialsForViewer } from '../../../shared/settings/viewer-settings';

type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } } };
type Tree = { [k: string]: Tree | null };

/** A schema's fields as a tree (an object field's own fields under it), read from zod's definitions. */
function fieldsOf(def: Def): Tree {
  while (def.innerType && !def.shape) def = def.innerType._zod.def;
  if (def.type !== 'object' || !def.shape) return {};
  return Object.fromEntries(
    Object.entries(def.shape).map(([k, s]) => {
      let d = s._zod.def;
      while (d.innerType && !d.shape) d = d.innerType._zod.def;
      return [k, d.type === 'object' ? fieldsOf(d) : null];
    }),
  );
}
type Kinds = { readonly [k: string]: CredentialKind | Kinds };
const treeOf = (kinds: Kinds): Tree =>
  Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, typeof v === 'string' ? null : treeOf(v)]));
/** Only an object field split by its own fields in the table is compared field by field. */
const shapeOf = (schema: Tree, kinds: Kinds): Tree =>
  Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, v && typeof kinds[k] === 'object' ? shapeOf(v, kinds[k]) : null]),
  );

/** Each provider's record schema, from its own file (shared/settings/ddns-providers/<id>.ts). */
const RECORD_SCHEMAS = Object.fromEntries(DDNS_SPECS.map((s) => [s.id, s.schema]));

describe('the table covers every channel and provider the engine registers', () => {
  it('names every channel type of the registry, and no other', () => {
    expect(Object.keys(CHANNEL_CREDENTIALS).sort()).toEqual(Object.keys(CHANNELS).sort());
  });
  it('names every DNS provider of the registry, and no other', () => {
    expect(Object.keys(DDNS_CREDENTIALS).sort()).toEqual(Object.keys(DDNS).sort());
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual(Object.keys(DDNS).sort());
  });
  it.each(Object.keys(CHANNEL_OPTIONS))('has a line for each option of the %s channel', (type) => {
    const kinds = CHANNEL_CREDENTIALS[type as keyof typeof CHANNEL_CREDENTIALS] as Kinds;
    const schema = fieldsOf(CHANNEL_OPTIONS[type as keyof typeof CHANNEL_OPTIONS]._zod.def as Def);
    expect(treeOf(kinds)).toEqual(shapeOf(schema, kinds));
  });
  it.each(Object.keys(RECORD_SCHEMAS))('has a line for each field of a %s record', (provider) => {
    const kinds = DDNS_CREDENTIALS[provider as keyof typeof DDNS_CREDENTIALS] as Kinds;
    const schema = fieldsOf(RECORD_SCHEMAS[provider]!._zod.def as Def);
    for (const common of DDNS_COMMON_FIELDS) delete schema[common];
    expect(treeOf(kinds)).toEqual(shapeOf(schema, kinds));
  });
});

/** Every field of a table's entry with its kind, as dotted paths. */
const leaves = (kinds: Kinds, at: string[] = []): [string[], CredentialKind][] =>
  Object.entries(kinds).flatMap(([k, v]) => (typeof v === 'string' ? [[[...at, k], v]] : leaves(v, [...at, k])));

/** An item with `x-<owner>-<field>` (a URL for URL fields) planted in every field, as a stored item holds it. */
function planted(owner: string, kinds: Kinds): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [path, kind] of leaves(kinds)) {
    const mark = `${owner}-${path.join('-')}`;
    const value = kind === 'url' || kind === 'sending-url' ? `https://u-${mark}@h.example/p-${mark}` : `x-${mark}`;
    let at = item;
    for (const k of path.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = path.at(-1) === 'headers' ? { Authorization: value } : value;
  }
  return item;
}

const everyItem = () => ({
  notifications: {
    channels: Object.entries(CHANNEL_CREDENTIALS).map(([type, kinds]) => ({ id: type, type, ...planted(type, kinds) })),
  },
  ddns: {
    records: Object.entries(DDNS_CREDENTIALS).map(([provider, kinds]) => ({
      id: provider,
      provider,
      ...planted(provider, kinds),
    })),
  },
});

const itemsOf = (s: unknown) => {
  const v = s as {
    notifications: { channels: Record<string, unknown>[] };
    ddns: { records: Record<string, unknown>[] };
  };
  return [
    ...v.notifications.channels.map(
      (c) => [CHANNEL_CREDENTIALS[c.type as keyof typeof CHANNEL_CREDENTIALS], c] as const,
    ),
    ...v.ddns.records.map((r) => [DDNS_CREDENTIALS[r.provider as keyof typeof DDNS_CREDENTIALS], r] as const),
  ];
};
const at = (o: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);

describe('what each reader sees', () => {
  it("masks exactly the table's secrets for every reader (the names maskSecrets knows agree with the table)", () => {
    const { settings } = maskSecrets(everyItem());
    for (const [kinds, item] of itemsOf(settings))
      for (const [path, kind] of leaves(kinds as Kinds)) {
        const shown = at(item, path);
        if (kind === 'secret')
          expect(JSON.stringify(shown), path.join('.')).toMatch(/^\{("Authorization":)?\{?"set":true\}?\}?$/);
        else expect(typeof shown, `${String(item.type ?? item.provider)}.${path.join('.')}`).toBe('string');
      }
  });

  it('shows a viewer no credential of any kind, and every plain field as it is', () => {
    const text = JSON.stringify(hideCredentialsForViewer(maskSecrets(everyItem()).settings as Record<string, unknown>));
    const original = everyItem();
    for (const [kinds, item] of itemsOf(original))
      for (const [path, kind] of leaves(kinds as Kinds)) {
        const value = String(JSON.stringify(at(item, path)));
        const mark = `${String(item.type ?? item.provider)}-${path.join('-')}`;
        if (kind === 'plain') expect(text).toContain(value);
        else if (kind === 'url') expect(text).not.toContain(`u-${mark}@`);
        else for (const end of ['"', '@']) expect(text).not.toContain(`-${mark}${end}`);
      }
  });

  it("keeps the stored value when an admin sends back a viewer's view of it", () => {
    const stored = everyItem();
    const viewed = hideCredentialsForViewer(maskSecrets(stored).settings as Record<string, unknown>);
    const back = restoreSecrets(viewed, stored, 'settings');
    expect(back.errors).toEqual([]);
    expect(back.value).toEqual(stored);
  });

  it('takes an address whose userinfo an admin removed as the new value', () => {
    const stored = { ddns: { records: [{ id: 'd', provider: 'duckdns', apiBase: 'https://me:pw@duck.example' }] } };
    const edited = { ddns: { records: [{ id: 'd', provider: 'duckdns', apiBase: 'https://duck.example' }] } };
    expect(restoreSecrets(edited, stored, 'settings').value).toEqual(edited);
  });
});
