/**
 * Email over SMTP (nodemailer). Options: `host`, `port` (587), `secure` (true = TLS from the
 * start, port 465; false = STARTTLS), `auth` {user, pass} (optional), `from`,
 * `to` (one address or a list), `subjectPrefix` ("[IPWatch] "), `requireTLS`,
 * `rejectUnauthorized` (default true; false accepts a self-signed cert).
 *
 * `requireTLS` defaults to true when `auth` is set and `secure` is false: nodemailer alone
 * uses STARTTLS only when the server offers it and otherwise sends AUTH, so the password, in
 * clear (nodemailer.com/smtp: secure, requireTLS, ignoreTLS). Required, a server without
 * STARTTLS fails before AUTH. Without `auth` (a local relay) mail goes in clear when the
 * server has no STARTTLS, as before; `requireTLS: false` with `auth` allows it, with a
 * warning at every start.
 * The idempotency key becomes the Message-ID, so a repeated send is recognisably the same mail.
 * nodemailer is loaded at the first send, not with the engine: a process that never mails
 * never pays for it.
 */
import { connect, type Socket } from 'node:net';

import type { Transporter } from 'nodemailer';

import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type Passage, processGate } from '../../net/egress-gate';
import { systemLookup } from '../../net/egress-lookup';
import { describeError } from '../http';
import { defineChannel } from './define';

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * nodemailer's own sockets keep Nagle's algorithm on: the end of a message (the last lines
 * and the final dot) then waits for the ACK of what went before, which a server answering
 * only after the dot delays by its delayed-ACK time (40 ms on Linux, more on a real
 * network). This connects the socket with TCP_NODELAY and hands it over already open; for
 * implicit TLS (`secure`) nodemailer upgrades it.
 */
type SocketCallback = (err: Error | null, socketOptions?: { connection: Socket }) => void;

function connectNoDelay(host: string, port: number, callback: SocketCallback): void {
  let passage: Passage;
  try {
    passage = processGate.open({ host, port, protocol: 'tcp' });
  } catch (err) {
    return callback(err as Error);
  }
  const socket = connect({ host, port, noDelay: true, lookup: systemLookup });
  const fail = (err: Error) => {
    passage.end(err);
    socket.destroy();
    callback(err);
  };
  socket.once('error', fail);
  socket.setTimeout(CONNECT_TIMEOUT_MS, () =>
    fail(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
  );
  socket.once('connect', () => {
    socket.off('error', fail);
    socket.setTimeout(0);
    passage.end();
    callback(null, { connection: socket });
  });
}

let nodemailerModule: Promise<typeof import('nodemailer')> | undefined;
const loadNodemailer = () => (nodemailerModule ??= import('nodemailer'));

const NO_STARTTLS =
  'the server offers no STARTTLS, so nothing was sent (the password neither). Use secure: true if it ' +
  'takes TLS on another port (465), or set requireTLS: false to send in clear';

/** nodemailer's error when the server refuses STARTTLS (not when the TLS handshake itself fails). */
const noStartTls = (err: unknown): boolean =>
  err instanceof Error && /upgrading connection with STARTTLS|does not support required STARTTLS/.test(err.message);

export const email = defineChannel({
  type: 'email',
  label: 'Email (SMTP)',
  options: CHANNEL_OPTIONS.email,
  create: (o, deps) => {
    const requireTLS = o.requireTLS ?? (o.auth !== undefined && !o.secure);
    if (o.auth && !o.secure && !requireTLS)
      deps.logger.warn('email: requireTLS is false, so the password goes in clear to a server without STARTTLS', {
        host: o.host,
        port: o.port,
      });
    let transport: Transporter | undefined;
    const getTransport = async (): Promise<Transporter> => {
      const { createTransport } = await loadNodemailer();
      return (transport ??= createTransport({
        host: o.host,
        port: o.port,
        secure: o.secure,
        requireTLS,
        tls: { rejectUnauthorized: o.rejectUnauthorized },
        ...(o.auth ? { auth: { user: o.auth.user, pass: o.auth.pass } } : {}),
        connectionTimeout: CONNECT_TIMEOUT_MS,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
        getSocket: (_opts: unknown, callback: SocketCallback) => connectNoDelay(o.host, o.port, callback),
      }));
    };
    return {
      async send(d) {
        const abort = () => transport?.close();
        d.signal.addEventListener('abort', abort, { once: true });
        try {
          const smtp = await getTransport();
          await smtp.sendMail({
            from: o.from,
            to: o.to,
            subject: `${o.subjectPrefix}${d.message.title}`,
            text: `${d.message.text}\n`,
            messageId: `<${d.idempotencyKey}@ipwatch>`,
            headers: { 'X-IPWatch-Event': d.notice.kind },
          });
          return { ok: true };
        } catch (err) {
          deps.logger.debug('smtp send failed', { error: describeError(err) });
          // No STARTTLS where a password would go: a setting to fix, not a passing fault.
          if (requireTLS && noStartTls(err)) return { ok: false, kind: 'misconfigured', error: `SMTP: ${NO_STARTTLS}` };
          return { ok: false, kind: 'transient', error: `SMTP: ${describeError(err, d.signal)}` };
        } finally {
          d.signal.removeEventListener('abort', abort);
        }
      },
      close: async () => transport?.close(),
    };
  },
});
