/**
 * A TCP monitor: the port accepts a connection (the three-way handshake completes) within the
 * timeout. Nothing is sent; the socket is closed at once.
 */
import { connect } from 'node:net';

import { errorInWords } from '../../../shared/error-words';
import type { TcpMonitor } from '../../../shared/service-monitor-settings';
import { errorCode } from '../net/errors';
import type { Probe } from './types';

const CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused: nothing listens on that port',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'the network is unreachable',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be looked up',
};

export const tcpProbe: Probe<TcpMonitor> = {
  check: (m, _deps, signal) =>
    new Promise((resolve) => {
      const socket = connect({ host: m.host, port: m.port, family: m.family, signal });
      socket.once('connect', () => {
        socket.destroy();
        resolve({ outcome: 'pass', detail: `port ${m.port} accepts connections` });
      });
      socket.once('error', (err) => {
        socket.destroy();
        const code = errorCode(err) ?? '';
        const timedOut = signal.aborted || err.name === 'AbortError';
        const why = timedOut ? 'no answer within the timeout' : (CODES[code] ?? errorInWords(err.message));
        resolve({ outcome: 'fail', detail: why });
      });
    }),
};
