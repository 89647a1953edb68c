/**
 * The characters a text that someone else sent may not carry onto a page, a log line or a topic:
 * control characters (C0, DEL, C1), Unicode non-characters, unpaired surrogates (UTF-8 cannot
 * carry them), and the invisible marks that change the direction text is shown in (Trojan Source,
 * CVE-2021-42574: U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C). One classifier for
 * the fleet's checked texts (contract/fleet/checked.ts) and MQTT's topic levels (settings/fleet.ts).
 * Pure.
 */

export type UnsafeChar = 'control' | 'surrogate' | 'nonCharacter' | 'bidi';

/** What makes code point `cp` unsafe to show, or null when it is an ordinary character. */
export function unsafeChar(cp: number): UnsafeChar | null {
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'nonCharacter';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi';
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return 'bidi';
  return null;
}

/** Whether `text` holds a character unsafeChar names. */
export function hasUnsafeChar(text: string): boolean {
  for (const ch of text) if (unsafeChar(ch.codePointAt(0)!) !== null) return true;
  return false;
}

/** The character shown in place of one refused: U+FFFD, the replacement character. */
export const REPLACEMENT_CHAR = '\ufffd';

/** `text` with each character unsafeChar names replaced by REPLACEMENT_CHAR. */
export function replaceUnsafeChars(text: string): string {
  let out = '';
  for (const ch of text) out += unsafeChar(ch.codePointAt(0)!) === null ? ch : REPLACEMENT_CHAR;
  return out;
}
