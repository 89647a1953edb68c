/**
 * What a pseudo-language page test counts as data, not words (tests/helpers/pseudo-language.ts):
 * the fake engine's addresses and sources, the history's addresses (and the fake's stand-in
 * previous address), the hosts and setting names of its egress report, the channels' names (the
 * user's), the memory figures' sizes and the memory series' (the Dashboard's memory table), a source's raw request error (the OS's own text, shown under
 * Details), and the month, weekday and day-period names English's Intl writes in dates and axes,
 * which are formatted, not worded.
 */
import type { AppStatus } from '../../shared/contract';
import { bytesText } from '../../shared/process-memory';
import { isRawSourceError } from '../../shared/words/source-error';
import { egressData } from './fake-egress';
import type { fakeEngine } from './fake-engine';

const intlNames = (options: Intl.DateTimeFormatOptions, dates: number[]): string[] =>
  dates.map((d) => new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(d));

export const INTL_NAMES: readonly string[] = [
  ...intlNames(
    { month: 'short' },
    Array.from({ length: 12 }, (_, m) => Date.UTC(2026, m, 1)),
  ),
  // 2024-01-01 was a Monday.
  ...intlNames(
    { weekday: 'short' },
    Array.from({ length: 7 }, (_, d) => Date.UTC(2024, 0, 1 + d)),
  ),
  'AM',
  'PM',
  'UTC',
];

/** The sources' errors that are the OS's or a remote's own text (a value), not a reason of ours. */
const rawSourceErrors = (st: AppStatus): (string | undefined)[] => [
  ...st.sources.filter((s) => isRawSourceError(s.lastErrorCode)).map((s) => s.lastError?.trim()),
  ...[st.families.v4, st.families.v6]
    .flatMap((f) => f.lastCheck?.attempts ?? [])
    .filter((a) => isRawSourceError(a.errorCode))
    .map((a) => a.error?.trim()),
];

/** The fake's own values on a page, and `more` the test adds. */
export async function pageData(fake: ReturnType<typeof fakeEngine>, more: readonly string[] = []): Promise<string[]> {
  const st = await fake.client.getStatus();
  const history = await fake.client.getHistory({ limit: 1000, offset: 0 });
  const egress = await fake.client.getEgress();
  const memory = await fake.client.getMemory();
  return [
    st.families.v4.ip,
    st.families.v6.ip,
    ...st.sources.flatMap((s) => [s.id, s.provider]),
    ...st.notifications.map((c) => c.id),
    ...[st.process.rssBytes, st.process.heapUsedBytes, st.process.heapTotalBytes, st.process.nativeBytes].map((n) =>
      bytesText(n, 'en'),
    ),
    ...memory.points.flatMap((p) =>
      [p.rssBytes, p.heapUsedBytes, p.nativeBytes, p.wasmBytes].map((n) => bytesText(n, 'en')),
    ),
    ...rawSourceErrors(st),
    ...history.items.flatMap((r) => [r.ip, r.change?.from]),
    ...egressData(egress),
    ...INTL_NAMES,
    ...more,
  ].filter((v): v is string => typeof v === 'string');
}
