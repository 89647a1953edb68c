/**
 * The runtime's memory part (issue 77): every `memory.sampleSec` on the monotonic clock it reads
 * this process's memory (memory-read.ts), keeps it in the bounded series (shared/memory-series.ts)
 * that getMemory serves for the dashboard's chart, and hands it to the pure decision
 * (shared/memory-bound.ts memoryStep): a crossing of the bound is one `memory-high` notice through
 * the notifier, as any other notice (outbox, channels, Activity). The bound is the setting, else
 * taken from the container's limit or the machine's memory: the limits are read once at start, the
 * bound follows new settings. Whether the crossing was told is kept in the store (memory_watch,
 * store/memory-watch.ts) each time it changes: a runner restarted while still above its bound does
 * not tell it again; one that fell back below 90 % of it meanwhile is re-armed by its first sample.
 * "What grew" is measured from the told notice's sample, or from this start. In the app each sample
 * also holds the app's other processes (its pages, the GPU, helpers) as the shell reads them from
 * Electron (shared/app-processes.ts): shown on the chart and in the notice; the bound is the runner's.
 */
import { english } from '../../../shared/i18n/translators';
import {
  MEMORY_WATCH_START,
  memoryBound,
  type MemoryBound,
  type MemoryLimits,
  type MemorySample,
  memoryStep,
  type MemoryWatchState,
} from '../../../shared/memory-bound';
import { MemorySeries } from '../../../shared/memory-series';
import type { Settings } from '../../../shared/settings';
import { memoryBoundText } from '../../../shared/words/memory';
import type { Timer } from '../clock';
import type { Logger } from '../logger';
import type { HistoryStore } from '../store';
import type { FeatureContext, FeaturePart } from './feature-types';
import { readMemoryLimits, readMemorySample } from './memory-read';

/** What the part reads of the host; the process's own and the cgroup files unless a test gives its own. */
export interface MemoryReaders {
  sample(at: number): MemorySample;
  limits(): Promise<MemoryLimits>;
}

const HOST: MemoryReaders = { sample: readMemorySample, limits: () => readMemoryLimits() };

export function memoryPart(ctx: FeatureContext, readers: MemoryReaders = HOST): FeaturePart {
  const { clock, logger, notifier, store } = ctx;
  let settings: Settings['memory'] = ctx.settings.memory;
  let limits: MemoryLimits | null = null;
  let bound: MemoryBound | null = null;
  let state = keptState(store, logger);
  const series = new MemorySeries();
  let timer: Timer | null = null;

  const learnBound = async () => {
    limits ??= await readers.limits();
    bound = memoryBound(settings.alertAboveMB, limits);
    logger.info('memory bound', { bytes: bound.bytes, source: bound.source, fromBytes: bound.fromBytes });
  };

  const look = () => {
    const sample = withApp(readers.sample(clock.now()), ctx.appProcesses, logger);
    series.add(sample, clock.monotonic());
    const step = memoryStep(state, sample, bound?.bytes ?? null);
    if (step.state.armed !== state.armed) keep(store, logger, step.state);
    state = step.state;
    if (!step.crossing || !bound) return;
    logger.warn('memory passed its bound', { rssBytes: sample.rssBytes, boundBytes: bound.bytes });
    void notifier.memory({ type: 'memory', at: sample.at, crossing: step.crossing, bound });
  };

  const schedule = () => {
    timer = clock.setTimeout(() => {
      schedule();
      look();
    }, settings.sampleSec * 1000);
  };
  const stop = () => {
    if (timer) clock.clearTimeout(timer);
    timer = null;
  };

  return {
    name: 'memory',
    handlers: {
      getMemory: async () => ({
        bound,
        boundSays: bound ? memoryBoundText(bound, english) : null,
        above: !state.armed,
        sampleSec: settings.sampleSec,
        samplesTaken: series.taken(),
        points: series.points(),
      }),
    },
    async start() {
      await learnBound();
      look();
      schedule();
    },
    async update(next) {
      const period = next.memory.sampleSec !== settings.sampleSec;
      settings = next.memory;
      await learnBound();
      if (period && timer) {
        stop();
        schedule();
      }
    },
    close: async () => stop(),
  };
}

/**
 * The sample with the app's other processes, where the shell tells them: a reading that fails
 * (Electron's call, at quit) costs their figures at this sample, never the watch.
 */
function withApp(sample: MemorySample, read: FeatureContext['appProcesses'], logger: Logger): MemorySample {
  if (!read) return sample;
  try {
    const app = read();
    return app ? { ...sample, app } : sample;
  } catch (err) {
    logger.debug("cannot read the app's other processes", { error: String(err) });
    return sample;
  }
}

/** The told state kept by the last run: a told crossing goes on as told (its sample the baseline); else a new start. */
function keptState(store: HistoryStore, logger: Logger): MemoryWatchState {
  try {
    const kept = store.memoryWatch();
    return kept && !kept.armed && kept.baseline ? kept : MEMORY_WATCH_START;
  } catch (err) {
    logger.warn('cannot read the memory watch state; it starts afresh', { error: String(err) });
    return MEMORY_WATCH_START;
  }
}

/** Keeps the state; a store that cannot write costs a repeated notice after a restart, never the watch. */
function keep(store: HistoryStore, logger: Logger, next: MemoryWatchState): void {
  try {
    store.saveMemoryWatch(next);
  } catch (err) {
    logger.warn('cannot keep the memory watch state', { error: String(err) });
  }
}
