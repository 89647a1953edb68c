/**
 * Windows: the addresses as PowerShell's Get-NetIPAddress lists them (the MSFT_NetIPAddress
 * class), in JSON. A temporary (privacy) address is one whose SuffixOrigin is Random (the
 * NL_SUFFIX_ORIGIN enum: Other 0, Manual 1, WellKnown 2, Dhcp 3, Link 4, Random 5); AddressState
 * is NL_DAD_STATE (Invalid 0, Tentative 1, Duplicate 2, Deprecated 3, Preferred 4). Windows
 * PowerShell writes these enums as numbers, PowerShell 7 may write their names: both are read.
 * ConvertTo-Json writes one address as an object and none as nothing. Pure.
 */
import { normalV6 } from '../../../shared/ipv6-suffix';
import type { HostAddress, HostAddressSource } from './types';

const SUFFIX_ORIGINS = ['Other', 'Manual', 'WellKnown', 'Dhcp', 'Link', 'Random'];
const DAD_STATES = ['Invalid', 'Tentative', 'Duplicate', 'Deprecated', 'Preferred'];

/** An enum's name whether it came as its number or its name. */
const named = (v: unknown, names: readonly string[]): string =>
  typeof v === 'number' ? (names[v] ?? String(v)) : typeof v === 'string' ? v : '';

interface NetIpAddress {
  IPAddress?: string;
  InterfaceAlias?: string;
  PrefixLength?: number;
  SuffixOrigin?: number | string;
  AddressState?: number | string;
}

/** The addresses in Get-NetIPAddress's JSON; throws when it is not that JSON. */
export function parseNetIpAddressJson(output: string): HostAddress[] {
  if (output.trim() === '') return [];
  const parsed = JSON.parse(output) as unknown;
  const list = (Array.isArray(parsed) ? parsed : [parsed]) as NetIpAddress[];
  const out: HostAddress[] = [];
  for (const a of list) {
    const ip = a?.IPAddress?.replace(/%.*$/, '');
    if (!ip || !ip.includes(':') || typeof a.PrefixLength !== 'number') continue;
    const state = named(a.AddressState, DAD_STATES);
    out.push({
      iface: a.InterfaceAlias ?? '?',
      address: normalV6(ip),
      prefixLen: a.PrefixLength,
      temporary: named(a.SuffixOrigin, SUFFIX_ORIGINS) === 'Random',
      deprecated: state === 'Deprecated',
      unusable: state === 'Tentative' || state === 'Duplicate' || state === 'Invalid',
    });
  }
  return out;
}

const SCRIPT =
  'Get-NetIPAddress -AddressFamily IPv6 | ' +
  'Select-Object IPAddress,InterfaceAlias,PrefixLength,SuffixOrigin,AddressState | ConvertTo-Json -Compress';

/** PowerShell by its full path: a powershell.exe planted in the current folder would run first. */
export const windowsSource = (systemRoot = 'C:\\Windows'): HostAddressSource => ({
  command: `${systemRoot}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`,
  args: ['-NoProfile', '-NonInteractive', '-Command', SCRIPT],
  parse: parseNetIpAddressJson,
});
