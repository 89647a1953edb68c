/** How a notice is stored in the outbox and named to the outside. */
import { createHash } from 'node:crypto';

import type { Notice } from './types';

/** The opaque key sent as Idempotency-Key / Message-ID: stable, and it reveals no address. */
export const idempotencyKey = (channel: string, key: string): string =>
  createHash('sha256').update(`${channel}\n${key}`).digest('hex').slice(0, 32);

export function parseNotice(payload: string): Notice | null {
  try {
    const n = JSON.parse(payload) as Partial<Notice> | null;
    return n && typeof n.kind === 'string' && typeof n.key === 'string' && typeof n.at === 'number'
      ? (n as Notice)
      : null;
  } catch {
    return null;
  }
}
