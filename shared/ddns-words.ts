/**
 * A dynamic DNS record's state in words, the same wherever it is shown in text: the tray menu,
 * the bot's /status and the runner's readable lines (contract-ddns.ts has the status). Pure;
 * the table is in tests/shared/ddns-words.test.ts.
 */
import type { DdnsRecordStatus, DdnsState } from './contract-ddns';
import { cutLines } from './cut-lines';

export const DDNS_STATE_WORDS: Record<DdnsState, string> = {
  'in-step': 'in step',
  updating: 'updating',
  propagating: 'propagating',
  failed: 'failed',
  off: 'off',
};

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

/**
 * One record on one line, e.g. "home.example.org A: in step at 198.51.100.7 (in step 1.2 s after
 * the update)" or "home.example.org A: failed: badauth". `address` formats (or masks) an address.
 */
export function ddnsRecordLine(r: DdnsRecordStatus, address: (ip: string) => string = (ip) => ip): string {
  const head = `${r.name} ${r.type}: ${DDNS_STATE_WORDS[r.state]}`;
  switch (r.state) {
    case 'in-step':
      return `${head}${r.address ? ` at ${address(r.address)}` : ''}${r.lastPropagationMs !== null ? ` (in step ${seconds(r.lastPropagationMs)} after the update)` : ''}`;
    case 'propagating':
      return `${head}${r.address ? ` to ${address(r.address)}` : ''}${r.waitingFor.length ? `, waiting for ${r.waitingFor.join(', ')}` : ''}`;
    case 'updating':
      return `${head}${r.address ? ` to ${address(r.address)}` : ''}${r.why ? ` (${r.why})` : ''}`;
    case 'failed':
    case 'off':
      return `${head}${r.why ? `: ${r.why}` : ''}`;
  }
}

/** Every record's line, cut to `max` characters (Discord's field, a tray item) with how many were left out. */
export const ddnsLines = (records: readonly DdnsRecordStatus[], address?: (ip: string) => string, max = 1000): string =>
  cutLines(
    records.map((r) => ddnsRecordLine(r, address)),
    max,
  );

/** What a runner prints again: a record's state, why, address or propagation time changed (not the time of a look). */
export const ddnsLineKey = (records: readonly DdnsRecordStatus[]): string =>
  JSON.stringify(records.map((r) => [r.id, r.state, r.why, r.address, r.lastPropagationMs, r.waitingFor]));
