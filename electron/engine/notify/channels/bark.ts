/**
 * Bark, the iOS push app (github.com/Finb/bark-server): POST /push with JSON `{device_key, title,
 * body, group, level}` to api.day.app or a bark-server of one's own. Options: `server`,
 * `deviceKey`, `group`, `level` (by default time-sensitive for bad news, else active).
 *
 * Chosen as the fourth new channel (issue 78): asked for in ddns-go (#53, #248), dnsmgr (#275,
 * #372), godns (#278), diun (#1599) and docker-icloudpd (#195), and reached badly through Apprise
 * (changedetection.io #1985: a self-hosted https server needs Apprise's barks:// and fails with
 * "Unsupported Parameters" otherwise).
 *
 * Its answers (route_push.go, router.go): 200 `{"code":200,"message":"success"}`; a 400
 * `{"code":400,"message":"failed to get device token: …"}` for a device key the server does not
 * know: a setting to fix (the channel pauses); a 500 "push failed: …" when Apple's push service
 * refused or failed: tried again. A server behind its own basic auth answers 418 "I'm a teapot"
 * to wrong credentials; a proxy in front may answer 429 (Retry-After honoured).
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type HttpAnswer, postHttp } from '../http';
import type { SendResult } from '../types';
import { defineChannel, joinUrl } from './define';

const messageOf = (body: string): string | null => {
  try {
    const v = (JSON.parse(body) as { message?: unknown } | null)?.message;
    return typeof v === 'string' ? v.replace(/\s+/g, ' ').slice(0, 300) : null;
  } catch {
    return null;
  }
};

/** bark-server's own reading of an answer (see the table above); undefined leaves it to answers.ts. */
export function barkAnswer(a: HttpAnswer): SendResult | undefined {
  if (a.status === 418)
    return {
      ok: false,
      kind: 'misconfigured',
      error: 'HTTP 418 (the server asks for a sign-in of its own, which this channel does not send)',
    };
  const said = messageOf(a.body);
  if (a.status !== 400 || said === null) return undefined;
  const error = `HTTP 400: ${said}`;
  if (/device (token|key)/i.test(said))
    return { ok: false, kind: 'misconfigured', error: `${error} (check the device key: the server does not know it)` };
  return { ok: false, kind: 'rejected', error };
}

export const bark = defineChannel({
  type: 'bark',
  label: 'Bark',
  options: CHANNEL_OPTIONS.bark,
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: joinUrl(o.server, 'push'),
        body: JSON.stringify({
          device_key: o.deviceKey,
          title: d.message.title,
          body: d.message.text,
          group: o.group,
          level: o.level ?? (d.message.tone === 'bad' ? 'timeSensitive' : 'active'),
        }),
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
        refine: barkAnswer,
      }),
    close: async () => {},
  }),
});
