/**
 * An area of a translation: exactly the English area's keys, each a string. `satisfies Area<typeof
 * source>` on an object literal fails the typecheck for a key missing or extra (docs/i18n.md).
 */
export type Area<Source> = { readonly [K in keyof Source]: string };
