/** One outbox item as a user reads it (CLI `notify list`, the API): what it was about, never its raw payload. */
import type { OutboxItem as OutboxItemView } from '../../../shared/contract/history';
import type { OutboxItem } from '../store/types';
import { parseNotice } from './payload';

export function describeItem(i: OutboxItem): OutboxItemView {
  return {
    id: i.id,
    channel: i.channel,
    kind: parseNotice(i.payload)?.kind ?? '(unreadable)',
    status: i.status,
    createdAt: i.createdAt,
    attempts: i.attempts,
    doneAt: i.doneAt,
    lastError: i.lastError,
  };
}
