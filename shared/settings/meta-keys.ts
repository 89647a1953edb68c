/**
 * The catalogue key of a setting's English words (its label, help or a choice's name, as
 * schema-common `about` gives them): made from the words themselves, so the schema stays their one
 * English source and a changed English text asks for its translations again (the old key is gone,
 * the new one missing in de/ and id/ fails the typecheck). scripts/settings-words.ts writes the
 * English catalogue from the schema; the Settings page looks a field's words up by the same key.
 * Pure.
 */
export type MetaKind = 'label' | 'help' | 'choice';

/** FNV-1a, 32 bits: a short, stable fingerprint of the whole text (the slug is only its start). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/** `metaKey('label', 'TCP port')` -> "setting.label.tcp-port-<6 hex>". */
export function metaKey(kind: MetaKind, english: string): string {
  const slug = english
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 4)
    .join('-');
  return `setting.${kind}.${slug ? `${slug}-` : ''}${fingerprint(english)}`;
}

/**
 * The English text as an ICU message that formats back to exactly that text: "<prefix>/<site>" and
 * "settings.v<N>.json" would otherwise open tags, a brace an argument. A run of syntax characters is
 * quoted ('<', '{{'), an apostrophe before one doubled (''); any other apostrophe ("host's") is already literal
 * in ICU and stays, so the catalogue reads as the schema does.
 */
export const icuLiteral = (text: string): string =>
  text.replace(/'(?=[{}<>'#|])/g, "''").replace(/[{}<]+/g, (run) => `'${run}'`);
