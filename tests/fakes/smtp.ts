/**
 * A local SMTP server (the smtp-server package, a real SMTP implementation) that records the
 * mails it accepts. Binds 127.0.0.1 on a free port; auth optional. By default it offers no
 * STARTTLS, like a relay without TLS: nodemailer then sends AUTH in clear unless `requireTLS`
 * is set, in which case it sends STARTTLS anyway and fails before AUTH (nodemailer 7,
 * lib/smtp-connection/index.js `_actionEHLO` / `_actionSTARTTLS`, code ETLS). With
 * `starttls: true` it offers STARTTLS with smtp-server's built-in self-signed localhost
 * certificate (lib/tls-options.js), so a client needs `rejectUnauthorized: false`.
 * `wire` keeps every chunk clients sent as it crossed the wire, to prove what went in clear.
 *
 * @example
 *   const smtp = await startSmtpFake();
 *   // channel: { type: 'email', host: '127.0.0.1', port: smtp.port, from: 'a@b.c', to: 'd@e.f' }
 *   await smtp.waitFor((mails) => mails.length === 1);
 */
import type { AddressInfo, Socket } from 'node:net';

import { SMTPServer } from 'smtp-server';

import { until } from '../helpers/until';

export interface RecordedMail {
  from: string;
  to: string[];
  /** The message as received, CRLF turned into LF. */
  raw: string;
  /** The authenticated user, or null. */
  user: string | null;
  /** Whether the session was under TLS when the mail came. */
  secure: boolean;
}

export interface SmtpFakeOptions {
  /** Accepted logins (user -> password); a wrong one is refused. Auth stays optional. */
  users?: Record<string, string>;
  /** Offer STARTTLS (self-signed localhost certificate); off by default. */
  starttls?: boolean;
  /** Implicit TLS from the first byte (port 465 style, the same self-signed certificate). */
  implicitTls?: boolean;
}

export interface SmtpFake {
  port: number;
  mails: RecordedMail[];
  /** Every chunk clients sent, as bytes on the wire (latin1); TLS records stay encrypted. */
  wire: string[];
  /** Login attempts the server received (user names), successful or not. */
  logins: string[];
  /** Refuses every message with this SMTP reply (e.g. 451 "try again later"); null accepts again. */
  setReject(reply: { code: number; message: string } | null): void;
  waitFor(pred: (mails: RecordedMail[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpFake(options: SmtpFakeOptions = {}): Promise<SmtpFake> {
  const mails: RecordedMail[] = [];
  const wire: string[] = [];
  const logins: string[] = [];
  let reject: { code: number; message: string } | null = null;
  const server = new SMTPServer({
    disabledCommands: options.starttls ? [] : ['STARTTLS'],
    secure: options.implicitTls ?? false,
    disableReverseLookup: true,
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      logins.push(auth.username ?? '');
      const ok = auth.username !== undefined && options.users?.[auth.username] === auth.password;
      if (ok) cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (reject) return cb(Object.assign(new Error(reject.message), { responseCode: reject.code }));
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8').replace(/\r\n/g, '\n'),
          user: typeof session.user === 'string' ? session.user : null,
          secure: session.secure,
        });
        cb();
      });
    },
  });
  server.server.on('connection', (socket: Socket) => socket.on('data', (c: Buffer) => wire.push(c.toString('latin1'))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    wire,
    logins,
    setReject(reply) {
      reject = reply;
    },
    waitFor: (pred, timeoutMs = 15_000) =>
      until(() => pred(mails), { timeoutMs, what: `smtp fake: mail condition (${mails.length} mails so far)` }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
