/**
 * A file that could not be read, in words a person reads first, the system's reason only when it
 * has none (the fleet's certificates and keys, the identity databases), in the language of the
 * Translator given (the catalogue's `file.*`; the engine says it in English). Pure.
 */
import type { MessageId, Translator } from '../i18n/translator';

/** Why a file could not be read, in words. */
const FILE_CODES: Readonly<Record<string, MessageId>> = {
  ENOENT: 'file.why.missing',
  EACCES: 'file.why.notAllowed',
  EPERM: 'file.why.notAllowed',
  EISDIR: 'file.why.folder',
  EMFILE: 'file.why.tooManyOpen',
  ENFILE: 'file.why.tooManyOpen',
  EIO: 'file.why.io',
};

/** A file that could not be read, named by its path (never its contents), and why in words; `what` names it ("client key"). */
export function unreadableWords(what: string, file: string, err: unknown, words: Translator): string {
  const code = (err as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' && Object.hasOwn(FILE_CODES, code) ? FILE_CODES[code] : undefined;
  const why = known ? words.t(known) : err instanceof Error ? err.message : String(err);
  return words.t('file.unreadable', { what, file, why });
}
