/**
 * A local stand-in for Twilio's Messages API, answering as its docs say
 * (twilio.com/docs/messaging/api/message-resource "Create a Message resource",
 * twilio.com/docs/usage/twilios-response, twilio.com/docs/api/errors):
 * - POST /2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP Basic with the Account SID and
 *   auth token, a form with To, Body (at most 1,600 characters) and From or MessagingServiceSid.
 * - 201 with the Message resource (`sid` SM…, `status` "queued", `num_segments`).
 * - Errors are JSON `{"code","message","more_info","status"}`: 401 code 20003 "Authenticate" for a
 *   wrong SID or token; 400 21211 for a To that is no phone number, 21606 for a From the account
 *   does not own, 21602 for an empty Body, 21617 for a Body over 1,600 characters; 429 code 20429
 *   "Too Many Requests" when sending faster than the account's queue allows.
 */
import { randomBytes } from 'node:crypto';

import { type LoopbackService, startLoopbackService } from './loopback-service';

export const TWILIO_SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const TWILIO_TOKEN = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef'.slice(8);
export const TWILIO_FROM = '+14155552671';

export interface TwilioFake extends LoopbackService {
  /** The messages taken (their form fields). */
  messages: Record<string, string>[];
  /** The next `n` requests answer 429. */
  throttleNext(n: number): void;
}

const error = (status: number, code: number, message: string) => ({
  status,
  json: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

export async function startTwilioFake(): Promise<TwilioFake> {
  const messages: Record<string, string>[] = [];
  let throttled = 0;
  const service = await startLoopbackService((req) => {
    if (req.method !== 'POST' || req.path !== `/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`)
      return error(404, 20404, 'The requested resource was not found');
    const basic = Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64');
    if (req.headers.authorization !== `Basic ${basic}`) return error(401, 20003, 'Authenticate');
    if (throttled > 0) {
      throttled--;
      return error(429, 20429, 'Too Many Requests');
    }
    const p = Object.fromEntries(new URLSearchParams(req.body));
    if (!/^\+[1-9]\d{6,14}$/.test(p.To ?? ''))
      return error(400, 21211, `The 'To' number ${p.To} is not a valid phone number.`);
    if (p.From !== TWILIO_FROM && !p.MessagingServiceSid)
      return error(
        400,
        21606,
        `The From phone number ${p.From} is not a valid, SMS-capable inbound phone number or short code for your account.`,
      );
    if (!p.Body) return error(400, 21602, 'Message body is required.');
    if ([...p.Body].length > 1600)
      return error(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    messages.push(p);
    return {
      status: 201,
      json: {
        sid: `SM${randomBytes(16).toString('hex')}`,
        account_sid: TWILIO_SID,
        to: p.To,
        from: p.From ?? null,
        body: p.Body,
        status: 'queued',
        num_segments: '1',
        error_code: null,
        error_message: null,
      },
    };
  });
  return { ...service, messages, throttleNext: (n) => void (throttled = n) };
}
