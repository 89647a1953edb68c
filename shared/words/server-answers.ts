/**
 * A DNS record's authoritative servers' answers as a reason's value (`answers`, docs/i18n.md
 * Reasons): facts (each server, what it answered or its resolver's raw error), encoded as JSON
 * in one string value, so a reader says each server's line in its own language and a notice's
 * data masks the addresses in it like any value's. Pure.
 */
import type { Translator } from '../i18n/translator';
import { errorInLine } from './error';

/**
 * One server's answer: its NS name and address, the addresses it holds (null: no answer), and
 * why it gave none: the resolver's raw error (`error`, said in the reader's words) or, from a
 * caller that has only words, those words (`said`, placed as they are).
 */
export interface AnswerLine {
  readonly name: string;
  readonly address: string;
  readonly holds: readonly string[] | null;
  readonly error?: string;
  readonly said?: string;
}

/** The answers as a reason's value. */
export const answersValue = (lines: readonly AnswerLine[]): string => JSON.stringify(lines);

/** A resolver's raw error in a line, without the full stop: it sits inside a longer line. */
export const dnsErrorInLine = (raw: string, words: Translator): string => errorInLine(raw, words).replace(/\.$/, '');

function lineInWords(a: AnswerLine, words: Translator): string {
  const at = { server: a.name, address: a.address };
  if (a.holds === null) {
    const error = a.error !== undefined ? dnsErrorInLine(a.error, words) : a.said;
    return error === undefined
      ? words.t('reason.ddns.answer.silent', at)
      : words.t('reason.ddns.answer.failed', { ...at, error });
  }
  if (a.holds.length === 0) return words.t('reason.ddns.answer.noRecord', at);
  return words.t('reason.ddns.answer.holds', { ...at, addresses: a.holds.join(', ') });
}

/** The `answers` value in `words`' language, a line for each server; throws on a value that is not answers. */
export function answersInWords(value: string, words: Translator): string {
  const lines: unknown = JSON.parse(value);
  if (!Array.isArray(lines)) throw new Error('answers: not a list');
  return (lines as AnswerLine[]).map((a) => lineInWords(a, words)).join('; ');
}
