/**
 * What one DNS provider's file says about it, for every reader outside the engine: its record's
 * settings (a strict zod object with its `provider` literal, built of fields.ts's parts), which
 * of its fields are credentials (credentials.ts), where its secrets go (destinations.ts), the
 * host name and zone its record is for (the proof asks the zone's servers), and how its form is
 * laid out (the Settings page), with where a person gets the key. The engine's side (the
 * updater, the import of a peer's entry) is electron/engine/ddns/providers/<id>.ts. Pure.
 */
import type * as z from 'zod/mini';

import type { settingsSays } from '../../i18n/catalogues/en/settings-says';
import type { FieldKinds } from '../field-kinds';

/** The fields every record has beside its provider's own. */
export const DDNS_COMMON_FIELDS = ['id', 'enabled', 'type', 'address', 'from', 'provider'] as const;
type Own<R> = Omit<R, (typeof DDNS_COMMON_FIELDS)[number]>;

/** A destination's word, as settings-says names it ("API address"). */
export type DestinationWord = keyof typeof settingsSays extends infer K
  ? K extends `settings.saysWord.destination.${infer W}`
    ? W
    : never
  : never;

/** A field whose value says where the record's secret goes; `fallback` when the field is left out (the schema's default). */
export interface DdnsDestination {
  field: string;
  word: DestinationWord;
  fallback?: string;
  /** `server` fields named by host and port (RFC 2136): read as scheme://host:port. */
  serverPort?: { scheme: string; port: string };
}

/** A field as the form shows it: its control (a secret's is write-only), and an example while empty. */
export interface DdnsFormField {
  field: string;
  kind?: 'text' | 'secret' | 'number' | 'select' | 'checkbox' | 'headers';
  example?: string;
}

export interface DdnsProviderSpec<S extends z.ZodMiniObject = z.ZodMiniObject> {
  /** As the record's `provider` says it. */
  readonly id: z.output<S> extends { provider: infer P } ? P : string;
  /** The provider's name, the same in every language ("Porkbun"). */
  readonly label: string;
  readonly schema: S;
  /** Each of the provider's own fields as a credential (a field without its line does not compile). */
  readonly kinds: FieldKinds<Own<z.output<S>>>;
  readonly destinations: readonly DdnsDestination[];
  /** The record's full host name, and its zone when the settings name it (else found by walking up). */
  where(r: z.output<S>): { name: string; zone: string | null };
  /** The form's own fields in order (after id, type and address), and those folded under More options. */
  readonly form: { fields: readonly DdnsFormField[]; advanced?: readonly string[] };
  /** Where a person makes the key or password this record needs (the provider's page). */
  readonly keyUrl?: string;
  /** The provider's API documentation the engine's file follows. */
  readonly apiDocs: string;
  /** The list's order: the most used first (lower first). */
  readonly rank: number;
}

/** A provider's spec, checked against its own schema. */
export const ddnsProvider = <S extends z.ZodMiniObject>(spec: DdnsProviderSpec<S>): DdnsProviderSpec<S> => spec;
