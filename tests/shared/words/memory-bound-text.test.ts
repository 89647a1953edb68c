/**
 * The memory bound in words (shared/words/memory.ts memoryBoundText), as the notice and the chart
 * say it: each source, the floor on a small machine and 80 % of a tiny one, in en, de and id.
 */
import { expect, it } from 'vitest';

import { translator } from '../../../shared/i18n/translators';
import { memoryBound } from '../../../shared/memory-bound';
import { memoryBoundText } from '../../../shared/words/memory';

const MB = 1024 * 1024;
const machine = (totalMB: number) => memoryBound(0, { cgroupV2: null, cgroupV1: null, totalBytes: totalMB * MB });

it.each<[string, ReturnType<typeof memoryBound>, string, string, string]>([
  [
    'the setting',
    memoryBound(300, { cgroupV2: null, cgroupV1: null, totalBytes: 1024 * MB }),
    '300.0 MB, as set in the settings',
    '300,0 MB, so in den Einstellungen gesetzt',
    '300,0 MB, sesuai pengaturan',
  ],
  [
    'a quarter of a 2 GB machine',
    machine(2048),
    "512.0 MB: 25 % of the machine's memory of 2048.0 MB (no container limit)",
    '512,0 MB: 25 % des Arbeitsspeichers der Maschine von 2048,0 MB (keine Container-Grenze)',
    '512,0 MB: 25 % dari memori komputer 2048,0 MB (tanpa batas kontainer)',
  ],
  [
    'the floor on a 512 MB machine',
    machine(512),
    "256.0 MB: the least default bound, as a quarter of the machine's memory of 512.0 MB is less than a healthy IPWatch may use (no container limit)",
    '256,0 MB: die kleinste voreingestellte Grenze, denn ein Viertel des Arbeitsspeichers der Maschine von 512,0 MB ist weniger, als ein gesundes IPWatch brauchen kann (keine Container-Grenze)',
    '256,0 MB: batas bawaan terkecil, karena seperempat memori komputer 512,0 MB lebih kecil daripada yang mungkin dipakai IPWatch yang sehat (tanpa batas kontainer)',
  ],
  [
    '80 % of a 256 MB machine, under the floor',
    machine(256),
    "204.8 MB: 80 % of the machine's memory of 256.0 MB, as a quarter is less than a healthy IPWatch may use (no container limit)",
    '204,8 MB: 80 % des Arbeitsspeichers der Maschine von 256,0 MB, denn ein Viertel ist weniger, als ein gesundes IPWatch brauchen kann (keine Container-Grenze)',
    '204,8 MB: 80 % dari memori komputer 256,0 MB, karena seperempatnya lebih kecil daripada yang mungkin dipakai IPWatch yang sehat (tanpa batas kontainer)',
  ],
])('%s', (_name, bound, en, de, id) => {
  expect(memoryBoundText(bound, translator('en'))).toBe(en);
  expect(memoryBoundText(bound, translator('de'))).toBe(de);
  expect(memoryBoundText(bound, translator('id'))).toBe(id);
});
