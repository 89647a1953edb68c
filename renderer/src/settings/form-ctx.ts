/**
 * What every settings field is drawn with: the draft, the settings as last read, the errors and
 * notes by dotted path, and how to set a value. Its own module so the list editors (list-fields)
 * and the fields that use them (fields) both import it without importing each other.
 */
import type { Path } from './schema-walk';

export interface FormCtx {
  draft: unknown;
  /** The settings as last read (a secret emptied again goes back to its stored value). */
  saved?: unknown;
  errors: Map<string, string>;
  /** Remarks by dotted path: set by the environment. */
  notes?: Map<string, string>;
  set(path: Path, value: unknown): void;
}
