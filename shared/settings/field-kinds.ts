/**
 * What a channel's or a DNS provider's field is as a credential (credentials.ts says what each
 * kind means), and the type that names every field of an item with its kind. Pure types.
 */
export type CredentialKind = 'secret' | 'credential' | 'sending-url' | 'url' | 'plain';

/** Each field of `T` with its kind; an object field (email's `auth`) may be split by its own fields. */
export type FieldKinds<T> = {
  readonly [K in keyof T]-?: NonNullable<T[K]> extends string | number | boolean | readonly unknown[]
    ? CredentialKind
    : CredentialKind | FieldKinds<NonNullable<T[K]>>;
};
