/**
 * A reason the engine decided (why a monitor is down, why a test was left out...): a code of the
 * catalogue's `reasons` area and its values (issue 62; docs/i18n.md, Reasons). Schema-free, so the
 * dashboard's first load can build and say one without zod; shared/contract/reason.ts is its
 * schema on the wire. Pure.
 */
import type { cause } from './i18n/catalogues/en/cause';
import type { reasons } from './i18n/catalogues/en/reasons';
import type { reasons10 } from './i18n/catalogues/en/reasons-10';
import type { reasons11 } from './i18n/catalogues/en/reasons-11';
import type { reasons12 } from './i18n/catalogues/en/reasons-12';
import type { reasons13 } from './i18n/catalogues/en/reasons-13';
import type { reasons14 } from './i18n/catalogues/en/reasons-14';
import type { reasons2 } from './i18n/catalogues/en/reasons-2';
import type { reasons3 } from './i18n/catalogues/en/reasons-3';
import type { reasons4 } from './i18n/catalogues/en/reasons-4';
import type { reasons5 } from './i18n/catalogues/en/reasons-5';
import type { reasons6 } from './i18n/catalogues/en/reasons-6';
import type { reasons7 } from './i18n/catalogues/en/reasons-7';
import type { reasons8 } from './i18n/catalogues/en/reasons-8';
import type { reasons9 } from './i18n/catalogues/en/reasons-9';

/** A code the engine can produce: a `reason.*` key of the catalogue's reasons areas. */
export type ReasonCode =
  | keyof typeof reasons
  | Extract<keyof typeof reasons2, `reason.${string}`>
  | keyof typeof reasons3
  | keyof typeof reasons4
  | Extract<keyof typeof reasons5, `reason.${string}`>
  | keyof typeof reasons6
  | Extract<keyof typeof reasons7, `reason.${string}`>
  | keyof typeof reasons8
  | keyof typeof reasons9
  | keyof typeof reasons10
  | Extract<keyof typeof reasons11, `reason.${string}`>
  | keyof typeof reasons12
  | Extract<keyof typeof reasons13, `reason.${string}`>
  | Extract<keyof typeof reasons14, `reason.${string}`>
  | Extract<keyof typeof cause, `reason.${string}`>;

/** A reason's values: facts the message places, never words. */
export type ReasonValues = Readonly<Record<string, string | number>>;

/** A reason as the engine builds it: its code typed against the catalogue. */
export interface Reason {
  readonly code: ReasonCode;
  readonly values: ReasonValues;
  readonly inner?: { readonly code: ReasonCode; readonly values: ReasonValues };
}

/** A reason of `code` with `values` (and a reason inside it). */
export const reason = (code: ReasonCode, values: ReasonValues = {}, inner?: Reason): Reason =>
  inner ? { code, values, inner: { code: inner.code, values: inner.values } } : { code, values };
