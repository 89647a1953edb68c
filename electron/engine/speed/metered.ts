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
import type { Reason } from '../../../shared/contract/reason';
import type { MeteredReading } from '../../../shared/contract/speed';
import { inEnglish, reason } from '../reason';

/** A reading and why: the English `detail` from the same reason. */
export const reading = (state: MeteredReading['state'], r: Reason): MeteredReading => ({
  state,
  detail: inEnglish(r),
  reason: r,
});

export function parseNmcliMetered(stdout: string, device: string): MeteredReading {
  const line = stdout
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  const value = (line ?? '')
    .replace(/^GENERAL\.METERED:/, '')
    .trim()
    .toLowerCase();
  const m = /^(yes|no|unknown)( \(guessed\))?$/.exec(value);
  if (!m) return reading('unknown', reason('reason.metered.nmOdd', { device, said: value.slice(0, 40) }));
  if (m[1] === 'unknown') return reading('unknown', reason('reason.metered.nmUnknown', { device }));
  const state = m[1] === 'yes' ? 'metered' : 'unmetered';
  return reading(state, reason('reason.metered.nm', { device, state, guessed: m[2] ? 'yes' : 'no' }));
}

const WINDOWS_COSTS: Record<string, MeteredReading['state']> = {
  unrestricted: 'unmetered',
  fixed: 'metered',
  variable: 'metered',
  unknown: 'unknown',
};

export function parseWindowsCost(stdout: string): MeteredReading {
  const value = stdout.trim();
  if (value === '') return reading('unknown', reason('reason.metered.windowsNone'));
  const state = WINDOWS_COSTS[value.toLowerCase()];
  if (!state) return reading('unknown', reason('reason.metered.windowsOdd', { said: value.slice(0, 40) }));
  return reading(state, reason('reason.metered.windows', { cost: value }));
}

export const MACOS_READING: MeteredReading = reading('unknown', reason('reason.metered.macos'));
