/**
 * Signal, through signal-cli-rest-api (github.com/bbernhard/signal-cli-rest-api), the way
 * self-hosters send Signal messages: POST /v2/send `{"message","number","recipients"}`. Options:
 * `url` (where it runs), `number` (its registered or linked account), `recipients` (numbers, or
 * one group as it names groups: `group.…`). The message is the plain text every chat channel sends.
 *
 * Its answers (src/api/api.go, SendV2): 201 `{"timestamp":"…"}`; every refusal is a 400
 * `{"error":"…"}` with signal-cli's words: an account it does not know ("… not registered")
 * is a setting to fix, as is a group it is not in or a recipient Signal does not know
 * ("Unregistered user", "Invalid group id"); any other 400 refuses this notice. A 429 carries
 * `challenge_tokens`: Signal wants a captcha solved for the account (its rate-limit-challenge
 * endpoint), so it waits as the etiquette says and says so. There is no credential: whoever
 * reaches the API sends as its account, so it belongs on a private network.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { httpOutcome } from '../../net/http-outcome';
import { type HttpAnswer, postHttp } from '../http';
import type { SendResult } from '../types';
import { defineChannel, joinUrl } from './define';

/** signal-cli's words that say the settings are wrong, with what to check. */
const SETTING_ERRORS: [RegExp, string][] = [
  [
    /not registered|no account|account.*(not found|does not exist)/i,
    'check the number: it must be an account registered or linked in signal-cli-rest-api',
  ],
  [/unregistered user|not a signal user/i, 'check the recipients: one of them has no Signal account'],
  [/invalid group id|group not found|not a member/i, 'check the group: the account must be a member of it'],
];

const errorOf = (body: string): string | null => {
  try {
    const v = (JSON.parse(body) as { error?: unknown } | null)?.error;
    return typeof v === 'string' ? v.replace(/\s+/g, ' ').slice(0, 300) : null;
  } catch {
    return null;
  }
};

/** signal-cli-rest-api's own reading of an answer (see the table above); undefined leaves it to answers.ts. */
export function signalAnswer(a: HttpAnswer, now: number): SendResult | undefined {
  const said = errorOf(a.body);
  if (a.status === 429) {
    const outcome = httpOutcome(a.status, a.headers, now);
    const wait = outcome.kind === 'retry' ? outcome.afterMs : undefined;
    return {
      ok: false,
      kind: 'transient',
      throttled: true,
      error: `HTTP 429: Signal limits this account${said ? ` (${said})` : ''}`,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    };
  }
  if (a.status !== 400 || said === null) return undefined;
  const error = `HTTP 400: ${said}`;
  const fix = SETTING_ERRORS.find(([re]) => re.test(said));
  return fix
    ? { ok: false, kind: 'misconfigured', error: `${error} (${fix[1]})` }
    : { ok: false, kind: 'rejected', error };
}

export const signal = defineChannel({
  type: 'signal',
  label: 'Signal',
  options: CHANNEL_OPTIONS.signal,
  create: (o, deps) => {
    const recipients = Array.isArray(o.recipients) ? o.recipients : [o.recipients];
    return {
      send(d) {
        const now = deps.clock.now();
        return postHttp({
          url: joinUrl(o.url, 'v2/send'),
          body: JSON.stringify({
            message: `${d.message.title}\n${d.message.text}`,
            number: o.number,
            recipients,
            text_mode: 'normal',
          }),
          signal: d.signal,
          client: deps.http,
          now,
          refine: (a) => signalAnswer(a, now),
        });
      },
      close: async () => {},
    };
  },
});
