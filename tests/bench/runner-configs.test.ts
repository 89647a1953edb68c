/**
 * The runner bench's configurations (bench/runner/configs.ts): issue 61's `checked` is default's
 * settings at 10 s checks (the 50-minute outside figure), asked for by name only; each starts its
 * real stand-ins on loopback, so the settings are read from what startConfig returns.
 */
import { afterEach, describe, expect, it } from 'vitest';

import {
  CONFIG_NAMES,
  type ConfigName,
  configName,
  type RunnerConfig,
  SOAK_CONFIG_NAMES,
  startConfig,
} from '../../bench/runner/configs';

const started: RunnerConfig[] = [];
const start = async (name: ConfigName) => {
  const c = await startConfig(name);
  started.push(c);
  return c;
};
afterEach(async () => {
  for (const c of started.splice(0)) await c.close();
});

describe('runner bench configurations', () => {
  it.each([
    { name: 'default', intervalSec: 60, identity: true, ddns: false },
    { name: 'checked', intervalSec: 10, identity: true, ddns: false },
    { name: 'lean', intervalSec: 10, identity: false, ddns: false },
    { name: 'busy', intervalSec: 10, identity: true, ddns: true },
  ] as const)('$name: $intervalSec s checks, identity $identity, DDNS $ddns', async (row) => {
    const c = await start(row.name);
    expect(c.name).toBe(row.name);
    expect(c.intervalSec).toBe(row.intervalSec);
    expect('identity' in c.settings).toBe(row.identity);
    expect('ddns' in c.settings).toBe(row.ddns);
  });

  it('checked has default settings but for the interval, and its own stand-in', async () => {
    const [d, c] = [await start('default'), await start('checked')];
    const urlOf = (x: RunnerConfig) => (x.settings['identity'] as { url: string }).url;
    expect(Object.keys(c.settings)).toEqual(Object.keys(d.settings));
    expect({ ...(c.settings['identity'] as object), url: '' }).toEqual({
      ...(d.settings['identity'] as object),
      url: '',
    });
    expect(urlOf(c)).not.toBe(urlOf(d));
    const res = await fetch(`${urlOf(c)}/json?ip=81.2.69.142`);
    expect(res.ok).toBe(true);
  });

  it("the soak runs issue 49's three unless checked is named", () => {
    expect(SOAK_CONFIG_NAMES).toEqual(['default', 'busy', 'lean']);
    expect(CONFIG_NAMES).toContain('checked');
    expect(configName('checked')).toBe('checked');
    expect(() => configName('checkd')).toThrow(/unknown runner configuration "checkd": expected one of .*checked/);
  });
});
