/** What each OS prints about a metered connection, read (metered.ts). */
import { describe, expect, it } from 'vitest';

import { MACOS_READING, parseNmcliMetered, parseWindowsCost } from '../../../../electron/engine/speed/metered';

describe('NetworkManager: nmcli -t -f GENERAL.METERED dev show <dev>', () => {
  it.each([
    ['GENERAL.METERED:yes\n', 'metered', 'NetworkManager (wlan0): metered'],
    ['GENERAL.METERED:yes (guessed)\n', 'metered', 'metered, guessed'],
    ['GENERAL.METERED:no\n', 'unmetered', 'not metered'],
    ['GENERAL.METERED:no (guessed)\n', 'unmetered', 'not metered, guessed'],
    ['GENERAL.METERED:unknown\n', 'unknown', 'does not know'],
    ['no (guessed)\n', 'unmetered', 'not metered, guessed'], // -m tabular: the value alone
    ['', 'unknown', 'not a metered state'],
    ['GENERAL.METERED:perhaps\n', 'unknown', '"perhaps", which is not a metered state'],
  ])('%j -> %s', (stdout, state, detail) => {
    const r = parseNmcliMetered(stdout, 'wlan0');
    expect(r.state).toBe(state);
    expect(r.detail).toContain(detail);
  });
});

describe("Windows: the internet connection profile's NetworkCostType", () => {
  it.each([
    ['Unrestricted\r\n', 'unmetered'],
    ['Fixed\r\n', 'metered'],
    ['Variable\r\n', 'metered'],
    ['Unknown\r\n', 'unknown'],
    ['', 'unknown'],
    ['Gratis', 'unknown'],
  ])('%j -> %s', (stdout, state) => {
    expect(parseWindowsCost(stdout).state).toBe(state);
  });

  it('says why it cannot tell', () => {
    expect(parseWindowsCost('').detail).toContain('no internet connection profile');
    expect(parseWindowsCost('Gratis').detail).toContain('"Gratis"');
  });
});

describe('macOS', () => {
  it('is unknown, and says no way is known', () => {
    expect(MACOS_READING.state).toBe('unknown');
    expect(MACOS_READING.detail).toContain('no known way');
  });
});
