/**
 * A list of settings items of several kinds (DDNS records by provider, service monitors by type),
 * described once for the list's Add and for the item's form: the field that names the kind,
 * each kind's form, which fields are folded, a new item and an item switched to another kind.
 * Pure data and pure helpers.
 */
import type * as z from 'zod/v4/core';

import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import type { OptionSpec } from '../options/spec';

/** An option's example and its "left out" choice, when they are words: in the catalogue. */
export interface OptionWords {
  placeholder?: MessageId;
  unsetLabel?: MessageId;
}

/** One kind's form: its name, a line on what it is, its fields in order, and where its key is made. */
export interface KindSpec {
  label: string;
  blurb: string;
  fields: OptionSpec[];
  keyUrl?: string | undefined;
}

/** A kind's form as a section keeps it: its words as the catalogue's ids (DDNS providers, monitors). */
export interface KindWords {
  /** The catalogue's id, or a name the same in every language (a DNS provider's brand). */
  label: MessageId | { name: string };
  blurb: MessageId;
  fields: OptionSpec[];
  /** An option's example or "left out" choice in words, by its dotted path. */
  said?: Readonly<Record<string, OptionWords>>;
  /** The provider's page where a person makes the key or password the item needs. */
  keyUrl?: string | undefined;
}

/** An option's spec with its example and "left out" choice in the page's words. */
export function withWords(spec: OptionSpec, said: OptionWords | undefined, words: Translator): OptionSpec {
  if (!said) return spec;
  return {
    ...spec,
    ...(said.placeholder ? { placeholder: words.t(said.placeholder) } : {}),
    ...(said.unsetLabel ? { unsetLabel: words.t(said.unsetLabel) } : {}),
  };
}

export interface ItemKinds<K extends string> {
  /** The field that names the kind: `provider`, `type`. */
  key: string;
  /** The union of the kinds' schemas, told apart by `key`. */
  schema: z.$ZodType;
  /** The kinds in the order a list offers them; the first is chosen until the user picks. */
  ids: readonly K[];
  forms: Record<K, KindSpec>;
  /** The kind field's label while the item's kind is one IPWatch does not know (a kind's schema names it otherwise). */
  label: string;
  /** The fields folded under `summary`, shown open when one needs fixing. */
  fold: { summary: string; fields(kind: K): OptionSpec[] };
  /** A new item of the kind, before the user fills it in. */
  blank(kind: K, id: string): Record<string, unknown>;
  /** The same item as another kind: what all kinds share stays, the kind's own fields start empty. */
  withKind(item: Record<string, unknown>, kind: K): Record<string, unknown>;
  /** A long list's search and groups (DNS providers): its words, and how many first kinds are the most used. */
  find?: KindFind;
}

export interface KindFind {
  /** The search field's label ("Find a provider"). */
  label: string;
  /** The groups' names: the first `popular` kinds, then the others by name. */
  popularLabel: string;
  allLabel: string;
  popular: number;
  /** Said when nothing matches `query`, and how many did. */
  none(query: string): string;
  found(count: number): string;
  /** The link to a kind's key page, by its site ("Make the key at porkbun.com"). */
  keyAt(site: string): string;
}

/** A kind's name in `words`: the catalogue's, or its own name. */
export const kindLabel = (label: KindWords['label'], words: Translator): string =>
  typeof label === 'string' ? words.t(label) : label.name;

/** Each kind's form in a language: its name, its line and its options' examples in `words`. */
export function kindSpecs<K extends string>(forms: Record<K, KindWords>, words: Translator): Record<K, KindSpec> {
  const spec = (form: KindWords): KindSpec => ({
    label: kindLabel(form.label, words),
    blurb: words.t(form.blurb),
    fields: form.fields.map((f) => withWords(f, form.said?.[f.path.join('.')], words)),
    keyUrl: form.keyUrl,
  });
  return Object.fromEntries(Object.entries<KindWords>(forms).map(([k, form]) => [k, spec(form)])) as Record<
    K,
    KindSpec
  >;
}

/** The item's kind, or null when IPWatch does not know it (a newer version's settings). */
export const kindOf = <K extends string>(kinds: ItemKinds<K>, item: Record<string, unknown>): K | null => {
  const k = item[kinds.key];
  return (kinds.ids as readonly unknown[]).includes(k) ? (k as K) : null;
};

/**
 * The kind's fields, shown and folded, each in the order of the kind's form or fold; a field
 * shown only for some values (`shownWhen`, a JSON source's field name) only when `item` has them.
 */
export function kindFields<K extends string>(
  kinds: ItemKinds<K>,
  kind: K | null,
  item: Record<string, unknown> = {},
): [OptionSpec[], OptionSpec[]] {
  if (kind === null) return [[], []];
  const applies = (spec: OptionSpec) => !spec.shownWhen || spec.shownWhen(item);
  const folded = kinds.fold.fields(kind).filter(applies);
  const isFolded = new Set(kinds.fold.fields(kind).map((spec) => spec.path.join('.')));
  return [kinds.forms[kind].fields.filter((spec) => !isFolded.has(spec.path.join('.')) && applies(spec)), folded];
}

/** The item is saved exactly as the draft holds it (the engine has it as shown). */
export const sameAs = (draft: unknown, stored: unknown): boolean =>
  stored !== undefined && JSON.stringify(draft) === JSON.stringify(stored);
