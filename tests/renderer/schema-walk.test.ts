import { describe, expect, it } from 'vitest';

import {
  clientErrors,
  fieldSchema,
  labelOf,
  setAt,
  shapeOf,
  unionOption,
} from '../../renderer/src/settings/schema-walk';
import { customSourceSchema, defaultSettings, monitorSchema, settingsSchema } from '../../shared/settings';

describe('schema-walk', () => {
  it.each([
    ['intervalSec', 'Interval (s)'],
    ['timeoutMs', 'Timeout (ms)'],
    ['ipv6Compare', 'IPv6 compare'],
    ['statsRetentionDays', 'Stats retention (days)'],
    ['maxAgeHours', 'Max age (hours)'],
    ['quorum', 'Quorum'],
  ])('labels %s as %s', (key, label) => expect(labelOf(key)).toBe(label));

  it.each([
    ['intervalSec', { kind: 'number', min: 10, max: 86_400, int: true }],
    ['ipv4', { kind: 'boolean' }],
    ['ipv6Compare', { kind: 'enum', options: ['prefix64', 'full'] }],
  ])('reads the bounds and choices of monitor.%s from the schema', (key, shape) =>
    expect(shapeOf(fieldSchema(monitorSchema, key)!)).toEqual(shape),
  );

  it('reads a union of literals as a choice, and finds a discriminated option', () => {
    const http = unionOption(customSourceSchema, 'kind', 'http')!;
    expect(shapeOf(fieldSchema(http, 'family')!)).toEqual({ kind: 'enum', options: [4, 6] });
    expect(fieldSchema(unionOption(customSourceSchema, 'kind', 'stun')!, 'url')).toBeNull();
  });

  it('sets a value deep inside without touching the original', () => {
    const s = defaultSettings();
    const next = setAt(s, ['sources', 'custom', 0], { id: 'a' });
    expect(s.sources.custom).toEqual([]);
    expect(next.sources.custom).toEqual([{ id: 'a' }]);
    expect(next.monitor).toBe(s.monitor);
  });

  it("gives the schema's messages by path, except where a secret marker stands", () => {
    const s = setAt(setAt(defaultSettings(), ['monitor', 'intervalSec'], 1), ['health', 'maxBackoffSec'], {
      set: true,
    });
    const errors = clientErrors(settingsSchema, s);
    expect(errors.get('monitor.intervalSec')).toMatch(/>=10/);
    expect([...errors.keys()]).toEqual(['monitor.intervalSec']);
    expect(clientErrors(settingsSchema, defaultSettings()).size).toBe(0);
  });
});
