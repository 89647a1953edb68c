/**
 * A local SMTP server (the smtp-server package, a real SMTP implementation) that records the
 * mails it accepts. Binds 127.0.0.1 on a free port; STARTTLS off, auth optional.
 *
 * @example
 *   const smtp = await startSmtpFake();
 *   // channel: { type: 'email', host: '127.0.0.1', port: smtp.port, from: 'a@b.c', to: 'd@e.f' }
 *   await smtp.waitFor((mails) => mails.length === 1);
 */
import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

export interface RecordedMail {
  from: string;
  to: string[];
  /** The message as received, CRLF turned into LF. */
  raw: string;
}

export interface SmtpFake {
  port: number;
  mails: RecordedMail[];
  waitFor(pred: (mails: RecordedMail[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpFake(): Promise<SmtpFake> {
  const mails: RecordedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8').replace(/\r\n/g, '\n'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    async waitFor(pred, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      while (!pred(mails)) {
        if (Date.now() > end)
          throw new Error(`smtp fake: condition not met in ${timeoutMs} ms (${mails.length} mails)`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
