/**
 * How one option of a form (a channel's, a source's) is edited: the kind of control, an
 * example, and when it shows. Its label, help, bounds and choices are its schema's. Pure data.
 */
/** How an option is edited. */
export type OptionKind =
  /** One line of text (empty: the option is left out). */
  | 'text'
  /** Several lines (a body template). */
  | 'textarea'
  /** A number, with the schema's bounds (empty: the default). */
  | 'number'
  | 'checkbox'
  /** One of the schema's values (an enum, 4 | 6, true/false, a short range of numbers). */
  | 'select'
  /** Write-only: shown as set or not set, never read back (a token, a URL with a token in it). */
  | 'secret'
  /** Comma-separated; one item is stored as a plain value. */
  | 'list'
  /** Header name and value pairs; values are write-only (an Authorization header is a secret). */
  | 'headers';

export interface OptionSpec {
  /** Where the option sits in the channel's settings: ['url'], or ['auth', 'pass']. */
  path: string[];
  kind: OptionKind;
  /** An example of a value, shown while the field is empty (the default is shown when there is one). */
  placeholder?: string;
  /** For a `select` of an option that may be left out: the words for leaving it out. */
  unsetLabel?: string;
  /** Text as typed to the stored value (e.g. a numeric chat id to a number). */
  parse?: (text: string) => unknown;
  /** Shown only when this holds for the channel's options (a signature scheme needs a secret). */
  shownWhen?: (options: Record<string, unknown>) => boolean;
}
