/**
 * A TCP monitor: the port accepts a connection (the three-way handshake completes) within the
 * timeout. Nothing is sent; the socket is closed at once. A failure is said in the words every
 * other error is (shared/words/error.ts), with the address Node names in it.
 */
import { connect } from 'node:net';

import type { TcpMonitor } from '../../../shared/settings/service-monitor';
import { passThrough, processGate } from '../net/egress-gate';
import { systemLookup } from '../net/egress-lookup';
import { outcome, reason, timedOut } from './outcome';
import type { Probe } from './types';

export const tcpProbe: Probe<TcpMonitor> = {
  check: (m, _deps, signal) =>
    passThrough(
      processGate,
      { host: m.host, port: m.port, protocol: 'tcp' },
      () => connectOnce(m, signal),
      (r) => (r.outcome === 'fail' ? { code: 'unreachable' } : undefined),
    ).catch((err: unknown) =>
      outcome('fail', reason('reason.monitor.failedLine', { errorLine: (err as Error).message })),
    ),
};

function connectOnce(m: TcpMonitor, signal: AbortSignal): ReturnType<Probe<TcpMonitor>['check']> {
  return new Promise((resolve) => {
    const socket = connect({ host: m.host, port: m.port, family: m.family, signal, lookup: systemLookup });
    socket.once('connect', () => {
      socket.destroy();
      resolve(outcome('pass', reason('reason.monitor.portOpen', { port: String(m.port) })));
    });
    socket.once('error', (err) => {
      socket.destroy();
      const aborted = signal.aborted || err.name === 'AbortError';
      resolve(aborted ? timedOut() : outcome('fail', reason('reason.monitor.failedLine', { errorLine: err.message })));
    });
  });
}
