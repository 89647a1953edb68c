import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import { TRIGGERS } from '../../../shared/types';
import { changeKind, triggerWords } from '../../../shared/words/trigger';

const cases: [string, string][] = [
  ['start', 'found by the check at start-up'],
  ['interval', 'found by the scheduled check'],
  ['network', 'found after a network change'],
  ['resume', 'found when the computer woke up'],
  ['manual', 'found by a check you started'],
  ['retry', 'found by a retry after a failed check'],
  ['follow-up', 'found by the second look after a network change'],
  ['import', 'imported from another history'],
  ['router', 'the router told us'],
  ['settings', 'found by the check after a settings change'],
  ['from-a-newer-build', 'from-a-newer-build'],
];

describe('triggerWords', () => {
  it.each(cases)('%s: %s', (trigger, words) => {
    expect(triggerWords(trigger, english)).toBe(words);
  });

  it('has words for every trigger the engine names, none of them its raw name', () => {
    expect([...TRIGGERS].sort()).toEqual(
      cases
        .slice(0, -1)
        .map(([t]) => t)
        .sort(),
    );
    for (const t of TRIGGERS) expect(triggerWords(t, english)).not.toBe(t);
  });
});

describe('changeKind', () => {
  it.each<[string | null, string]>([
    [null, 'first seen'],
    ['81.2.69.142', 'changed'],
  ])('from %s: %s', (from, kind) => {
    expect(changeKind(from)).toBe(kind);
  });
});
