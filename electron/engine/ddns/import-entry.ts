/**
 * A peer's config entry as a provider's file reads it to make its record (the import, `ipwatch
 * ddns-import`): ddns-updater's config.json entry (qdm12/ddns-updater docs/<provider>.md) or a
 * ddns-go config's DNS entry. Each provider names the peers' provider names it takes and returns
 * its own fields (no id or type: the import gives them), or one line saying why it cannot. Pure.
 */
export type Entry = Record<string, unknown>;

/** An entry's own fields as a record of this provider, or why not (one line, never a secret). */
export type ImportedFields = Entry | string;

export interface ImportsFrom {
  /** The peer's provider names this provider takes ("porkbun"; several for a preset's aliases). */
  names: readonly string[];
  /** The provider keeps A records only (Namecheap): an entry for either family makes its A record alone. */
  ipv4Only?: boolean;
  /** `name`: the record's full host name as the entry gives it (ddns-updater: owner.domain). */
  fields(entry: Entry, name: string): ImportedFields;
}

/** A text value, or undefined when empty or not text. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
