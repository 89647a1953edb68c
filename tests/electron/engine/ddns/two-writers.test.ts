/** Two programs writing one record (electron/engine/ddns/two-writers.ts): its truth table. */
import { describe, expect, it } from 'vitest';

import { afterDrift, ANOTHER_WRITER, anotherWriterWhy } from '../../../../electron/engine/ddns/two-writers';

const T = 10 * 3_600_000;
const MIN = 60_000;

describe('afterDrift', () => {
  it.each<[string, number[], number[], boolean]>([
    ['the first drift: set right', [], [T], false],
    ['a second within the hour: another writer', [T - 59 * MIN], [T - 59 * MIN, T], true],
    ['a second after the hour: the old one forgotten', [T - 61 * MIN], [T], false],
    ['two old, one recent: another writer', [T - 3 * 60 * MIN, T - 2 * MIN], [T - 2 * MIN, T], true],
  ])('%s', (_, seen, drifts, anotherWriter) => {
    expect(afterDrift(seen, T)).toEqual({ drifts, anotherWriter });
  });

  it('says what happened and what to do', () => {
    const why = anotherWriterWhy('ns1.example.org (192.0.2.53) answers 203.0.113.9');
    expect(why.startsWith(ANOTHER_WRITER)).toBe(true);
    expect(why).toContain('203.0.113.9');
    expect(why).toMatch(/edit this record/);
  });
});
