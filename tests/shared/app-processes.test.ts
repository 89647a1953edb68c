/**
 * The app's other processes from Electron's metrics (shared/app-processes.ts): the runner's own
 * process left out by its pid, kilobytes made bytes, summed by type largest first, the types
 * bounded, and a figure that is not one skipped. The truth table is the file's doc comment.
 */
import { describe, expect, it } from 'vitest';

import { appProcessesOf, MAX_TYPES, OTHER_TYPE, type ProcessMetricLike } from '../../shared/app-processes';

const OWN = 100;
const m = (pid: number, type: string, kb: number): ProcessMetricLike => ({ pid, type, memory: { workingSetSize: kb } });

describe('appProcessesOf', () => {
  it.each<[string, ProcessMetricLike[], ReturnType<typeof appProcessesOf>]>([
    ['no metrics (headless)', [], null],
    ['only this process', [m(OWN, 'Browser', 120_000)], null],
    [
      'pages and the GPU, this process left out',
      [m(OWN, 'Browser', 120_000), m(101, 'Tab', 50_000), m(102, 'GPU', 40_000), m(103, 'Tab', 30_000)],
      {
        totalBytes: 120_000 * 1024,
        byType: [
          { type: 'Tab', count: 2, bytes: 80_000 * 1024 },
          { type: 'GPU', count: 1, bytes: 40_000 * 1024 },
        ],
      },
    ],
    [
      'a figure that is not one is skipped',
      [m(101, 'Tab', Number.NaN), m(102, 'GPU', -1), m(103, 'Utility', 10)],
      { totalBytes: 10_240, byType: [{ type: 'Utility', count: 1, bytes: 10_240 }] },
    ],
    [
      'a type name is kept plain and bounded',
      [m(101, 'Sandbox helper\u202e', 1), m(102, '', 2)],
      {
        totalBytes: 3 * 1024,
        byType: [
          { type: 'Unknown', count: 1, bytes: 2048 },
          { type: 'Sandbox helper', count: 1, bytes: 1024 },
        ],
      },
    ],
  ])('%s', (_label, metrics, expected) => {
    expect(appProcessesOf(metrics, OWN)).toEqual(expected);
  });

  it(`keeps ${MAX_TYPES} types at most, the smallest counted as ${OTHER_TYPE}`, () => {
    const many = Array.from({ length: 12 }, (_, i) => m(200 + i, `Type${i}`, 1000 * (i + 1)));
    const r = appProcessesOf(many, OWN)!;
    expect(r.byType).toHaveLength(MAX_TYPES);
    expect(r.byType[0]).toEqual({ type: 'Type11', count: 1, bytes: 12_000 * 1024 });
    // Types 0 to 4 (1..5 thousand KB) together.
    expect(r.byType.at(-1)).toEqual({ type: OTHER_TYPE, count: 5, bytes: 15_000 * 1024 });
    expect(r.totalBytes).toBe(78_000 * 1024);
  });
});
