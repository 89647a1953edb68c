import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import type { CheckResult } from '../../../shared/types';
import { type CheckMark, checkMark, checkResultWords, noSourceLine } from '../../../shared/words/health-no-source';

describe('checkMark: a check that sent no request is not monitored, not failed', () => {
  it.each<[CheckResult, number | undefined, CheckMark]>([
    ['unavailable', 0, 'no-source'],
    ['unavailable', 3, 'unavailable'],
    // Kept before the request count was: as it was.
    ['unavailable', undefined, 'unavailable'],
    // A witness sends no public request, and says unchanged.
    ['unchanged', 0, 'unchanged'],
    ['uncertain', 0, 'uncertain'],
    ['disabled', 0, 'disabled'],
    ['changed', 2, 'changed'],
  ])('%s with %s requests: %s', (result, requests, mark) => {
    expect(checkMark(result, requests)).toBe(mark);
  });

  it("words a last check: the monitor's word, or not monitored when no request went out", () => {
    expect(checkResultWords({ result: 'unavailable', requests: 0 }, english)).toBe('not monitored: no source');
    expect(checkResultWords({ result: 'unavailable', requests: 4 }, english)).toBe('no source answered');
    expect(checkResultWords({ result: 'disabled', requests: 0 }, english)).toBe('switched off');
    expect(checkResultWords({ result: 'changed', requests: 3 }, english)).toBe('changed');
    expect(checkResultWords({ result: 'confirmed', requests: 3 }, english)).toBe('confirmed');
  });

  it('says it as the uptime tiles do', () => {
    expect(noSourceLine(4)).toBe('IPv4 not monitored: no source');
    expect(noSourceLine(6)).toBe('IPv6 not monitored: no source');
  });
});
