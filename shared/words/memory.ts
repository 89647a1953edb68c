/**
 * The memory bound and its parts in words (issue 77), read the same by the memory notice
 * (electron/engine/notify/memory-message.ts) and the dashboard's memory chart: "409.6 MB: 80 % of
 * the container's limit of 512.0 MB (cgroup v2 memory.max)". Pure.
 */
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
