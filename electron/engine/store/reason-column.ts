/**
 * A reason kept in a column beside its English (issue 62): the code and values as JSON, read
 * back only when this version reads them. A row kept before codes (or by a version whose reason
 * this one cannot read) has none, and its English stands (shared/words/reason.ts's fallback).
 */
import { reasonSchema, type WireReason } from '../../../shared/contract/reason';

/** The column's text for `r`; null without one. */
export const reasonColumn = (r: WireReason | undefined | null): string | null => (r ? JSON.stringify(r) : null);

/** The stored reason, when there is one this version reads. */
export function reasonFromColumn(json: string | null): WireReason | undefined {
  if (json === null) return undefined;
  try {
    const parsed = reasonSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
