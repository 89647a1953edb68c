/**
 * SMS through Twilio's Messages API: POST /2010-04-01/Accounts/{AccountSid}/Messages.json,
 * form-encoded To, From (or MessagingServiceSid) and Body, with the Account SID and auth token as
 * HTTP Basic credentials. Options: `accountSid`, `authToken`, `from`, `to`, `apiBase`. The body is
 * the notice's summary, one segment where it can be (sms-text.ts).
 *
 * Its answers (twilio.com/docs/messaging/api/message-resource, twilio.com/docs/usage/twilios-response):
 * 201 with the Message resource; an error is `{"code":N,"message":…,"more_info":…,"status":S}`.
 * 401 (code 20003, "Authenticate") is a wrong SID or token: the channel pauses. A 400 about the
 * numbers or the account's permissions (21211 invalid To, 21212/21606/21659 a From it cannot send
 * from, 21608 an unverified number on a trial account, 21408 a region not enabled, 21610 a number
 * that answered STOP, 21614 not a mobile number) is a setting to fix too; any other 400 refuses
 * this notice. 429 (code 20429) waits, as the etiquette says.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type HttpAnswer, postHttp } from '../http';
import type { SendResult } from '../types';
import { defineChannel, joinUrl } from './define';
import { smsText } from './sms-text';

/** Twilio error codes that say the channel's numbers or account cannot send, with what to check. */
const SETTING_CODES: Record<number, string> = {
  21211: 'check To: Twilio says it is not a valid phone number',
  21212: 'check From: Twilio says it is not a valid sender',
  21606: 'check From: it is not a Twilio number of this account that can send SMS',
  21659: 'check From: it is not a Twilio number of this account',
  21608: 'a trial account sends only to verified numbers: verify To in the Twilio Console',
  21408: "SMS to this country is not enabled: allow it in the Console's messaging geo permissions",
  21610: 'To answered STOP: the number must send START before it gets SMS again',
  21614: 'check To: Twilio says it is not a mobile number',
};

interface TwilioError {
  code?: unknown;
  message?: unknown;
}

const parse = (body: string): TwilioError | null => {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null ? (v as TwilioError) : null;
  } catch {
    return null;
  }
};

/** Twilio's own reading of an answer (see the table above); undefined leaves it to answers.ts. */
export function twilioAnswer(a: HttpAnswer): SendResult | undefined {
  if (a.status < 400) return undefined;
  const body = parse(a.body);
  const code = typeof body?.code === 'number' ? body.code : null;
  const said = typeof body?.message === 'string' ? body.message.slice(0, 300) : null;
  const error = said ? `HTTP ${a.status}: ${said}${code === null ? '' : ` (Twilio error ${code})`}` : a.error;
  if (code !== null && SETTING_CODES[code])
    return { ok: false, kind: 'misconfigured', error: `${error}; ${SETTING_CODES[code]}` };
  if (a.status === 401)
    return { ok: false, kind: 'misconfigured', error: `${error}; check the Account SID and the auth token` };
  // Any other 400 is about this message: set aside, said in Twilio's words rather than the raw body.
  return a.status === 400 && said ? { ok: false, kind: 'rejected', error } : undefined;
}

export const twilio = defineChannel({
  type: 'twilio',
  label: 'SMS (Twilio)',
  options: CHANNEL_OPTIONS.twilio,
  create: (o, deps) => {
    const basic = Buffer.from(`${o.accountSid}:${o.authToken}`).toString('base64');
    // The token is taught to the redactor with the options (roster.ts); its Basic form too.
    deps.redactor.add([basic]);
    return {
      send(d) {
        const form = new URLSearchParams({ To: o.to, Body: smsText(d.message.summary) });
        form.set(o.from.startsWith('MG') ? 'MessagingServiceSid' : 'From', o.from);
        return postHttp({
          url: joinUrl(o.apiBase, `2010-04-01/Accounts/${o.accountSid}/Messages.json`),
          body: form.toString(),
          contentType: 'application/x-www-form-urlencoded',
          // Twilio's Messages API takes no idempotency key: an answer lost after Twilio took the
          // message means a second SMS on the retry (docs/notifications.md says so).
          headers: { authorization: `Basic ${basic}` },
          signal: d.signal,
          client: deps.http,
          now: deps.clock.now(),
          refine: twilioAnswer,
        });
      },
      close: async () => {},
    };
  },
});
