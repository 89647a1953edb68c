/**
 * Whether the OS says the connection is metered, read from what each system prints. Pure; the
 * truth tables are tests/electron/engine/speed/metered.test.ts.
 *
 * - Linux, NetworkManager: `nmcli -t -f GENERAL.METERED dev show <dev>` prints
 *   `GENERAL.METERED:<value>`, the value one of `yes`, `no`, `yes (guessed)`, `no (guessed)`,
 *   `unknown` (NMMetered: YES, NO, GUESS_YES, GUESS_NO, UNKNOWN, as in NetworkManager's D-Bus
 *   API, nm-dbus-types). A guess counts as what it guesses, and says so.
 * - Windows: the connection profile's cost, `NetworkCostType` of
 *   Windows.Networking.Connectivity (WinRT): `Unrestricted` is not metered, `Fixed` and
 *   `Variable` are, `Unknown` (or nothing: no internet profile) says nothing.
 * - macOS: no way is known for a program to read Low Data Mode or a hotspot's cost, so it is
 *   always unknown, and a test runs.
 */
import type { MeteredReading } from '../../../shared/contract/speed';

export function parseNmcliMetered(stdout: string, device: string): MeteredReading {
  const line = stdout
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  const value = (line ?? '')
    .replace(/^GENERAL\.METERED:/, '')
    .trim()
    .toLowerCase();
  const from = `NetworkManager (${device})`;
  const m = /^(yes|no|unknown)( \(guessed\))?$/.exec(value);
  if (!m) return { state: 'unknown', detail: `${from} said "${value.slice(0, 40)}", which is not a metered state` };
  if (m[1] === 'unknown') return { state: 'unknown', detail: `${from} does not know` };
  const guessed = m[2] ? ', guessed' : '';
  return m[1] === 'yes'
    ? { state: 'metered', detail: `${from}: metered${guessed}` }
    : { state: 'unmetered', detail: `${from}: not metered${guessed}` };
}

const WINDOWS_COSTS: Record<string, MeteredReading['state']> = {
  unrestricted: 'unmetered',
  fixed: 'metered',
  variable: 'metered',
  unknown: 'unknown',
};

export function parseWindowsCost(stdout: string): MeteredReading {
  const value = stdout.trim();
  if (value === '') return { state: 'unknown', detail: 'Windows has no internet connection profile' };
  const state = WINDOWS_COSTS[value.toLowerCase()];
  if (!state) return { state: 'unknown', detail: `Windows said "${value.slice(0, 40)}", which is not a network cost` };
  return { state, detail: `Windows: network cost ${value}` };
}

export const MACOS_READING: MeteredReading = {
  state: 'unknown',
  detail: 'macOS tells programs nothing about metered connections (no known way)',
};
