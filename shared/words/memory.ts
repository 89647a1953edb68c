/**
 * The memory bound and its parts in words (issue 77), read the same by the memory notice
 * (electron/engine/notify/memory-message.ts) and the dashboard's memory chart: "409.6 MB: 80 % of
 * the container's limit of 512.0 MB (cgroup v2 memory.max)". Pure.
 */
import type { AppProcesses } from '../app-processes';
import type { MemoryAnswer } from '../contract/memory';
import { formatList } from '../i18n/format';
import type { Translator } from '../i18n/translator';
import {
  CGROUP_SHARE,
  MACHINE_SHARE,
  MEMORY_FLOOR_BYTES,
  type MemoryBound,
  type MemoryBoundSource,
  type MemoryPart,
} from '../memory-bound';
import { bytesText } from '../process-memory';

const SHARE: Record<Exclude<MemoryBoundSource, 'setting'>, number> = {
  'cgroup-v2': CGROUP_SHARE,
  'cgroup-v1': CGROUP_SHARE,
  machine: MACHINE_SHARE,
  // Said only when the floor is above 80 % of the machine (a machine under 320 MB).
  'machine-floor': CGROUP_SHARE,
};

/** The bound in force and where it came from, one line. */
export function memoryBoundText(bound: MemoryBound, w: Translator): string {
  const size = (n: number) => bytesText(n, w.language);
  if (bound.source === 'setting') return w.t('memory.bound.setting', { bound: size(bound.bytes) });
  return w.t(`memory.bound.${bound.source}`, {
    bound: size(bound.bytes),
    share: Math.round(SHARE[bound.source] * 100),
    limit: size(bound.fromBytes ?? 0),
    floor: bound.bytes >= MEMORY_FLOOR_BYTES ? 'yes' : 'no',
  });
}

/** A part of memory by its name: "The V8 heap", "Native memory", "The history's wasm memory". */
export const memoryPartText = (part: MemoryPart, w: Translator): string => w.t(`memory.part.${part}`);

/** What the memory summary reads: the contract's getMemory answer, or as much of it. */
type MemoryView = Pick<MemoryAnswer, 'bound' | 'above' | 'points'>;

/**
 * The runner's memory in one line, as the dashboard's chart, the bot's /status and `ipwatch status`
 * say it: "RSS over the 2 hours sampled: now 116.0 MB, highest 133.0 MB. Bound: …", and, when a
 * notice was sent and RSS has not fallen back, that it is above. `duration` words a span of ms in
 * the reader's way (the page's and the bot's own). Pure.
 */
export function memorySummaryText(m: MemoryView, w: Translator, duration: (ms: number) => string): string {
  const size = (n: number) => bytesText(n, w.language);
  const from = m.points[0]?.at ?? 0;
  const to = m.points.at(-1)?.at ?? 0;
  return w.t('memory.summary', {
    duration: duration(Math.max(0, to - from)),
    now: size(m.points.at(-1)?.rssBytes ?? 0),
    peak: size(Math.max(0, ...m.points.map((p) => p.rssBytes))),
    bound: m.bound ? memoryBoundText(m.bound, w) : w.t('web.checks.memoryChart.noBound'),
  });
}

/** The summary and, when above its bound, that a notice was sent: the bot's and the CLI's line. */
export const memoryStatusText = (m: MemoryView, w: Translator, duration: (ms: number) => string): string =>
  m.above ? `${memorySummaryText(m, w, duration)} ${w.t('memory.above')}` : memorySummaryText(m, w, duration);

/** Electron's process types by their catalogue choice (memory.app.type); a type it adds later is said by its name. */
const APP_TYPE: Readonly<Record<string, string>> = {
  Browser: 'browser',
  Tab: 'tab',
  GPU: 'gpu',
  Utility: 'utility',
  Zygote: 'zygote',
  'Sandbox helper': 'sandbox',
  'Pepper Plugin': 'pepper',
  'Pepper Plugin Broker': 'pepperBroker',
  Unknown: 'unknown',
  Other: 'rest',
};

/**
 * The app's other processes in one line, as the memory notice and the chart's readout say them:
 * "210.0 MB: pages 150.0 MB (2 processes), the GPU process 60.0 MB". Pure.
 */
export function appProcessesText(app: AppProcesses, w: Translator): string {
  const size = (n: number) => bytesText(n, w.language);
  const parts = app.byType.map((t) =>
    w.t('memory.app.part', {
      type: w.t('memory.app.type', { type: APP_TYPE[t.type] ?? 'other', name: t.type }),
      size: size(t.bytes),
      count: t.count,
    }),
  );
  return w.t('memory.app.line', { total: size(app.totalBytes), parts: formatList(parts, w.language) });
}
