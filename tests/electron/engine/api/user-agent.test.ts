/**
 * The browser and system a sign-in's User-Agent names (electron/engine/api/sessions/user-agent.ts,
 * issue 75), from real headers of each browser as they send them, and hostile ones: only a name
 * from the tables and a major version of at most four digits ever come out.
 */
import { describe, expect, it } from 'vitest';

import { parseUserAgent, USER_AGENT_MAX } from '../../../../electron/engine/api/sessions/user-agent';

describe('parseUserAgent', () => {
  it.each<[string, string | undefined, string | null, string | null]>([
    [
      'Firefox on Linux',
      'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      'Firefox 128',
      'Linux',
    ],
    [
      'Chrome on Windows',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      'Chrome 126',
      'Windows',
    ],
    [
      'Edge on Windows (says Chrome and Safari too)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
      'Edge 126',
      'Windows',
    ],
    [
      'Opera on macOS',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 OPR/111.0.0.0',
      'Opera 111',
      'macOS',
    ],
    [
      'Safari on macOS',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
      'Safari 17',
      'macOS',
    ],
    [
      'Safari on an iPhone (says Mac OS X too)',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Safari 17',
      'iOS',
    ],
    [
      'Chrome on an iPad',
      'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
      'Chrome 126',
      'iOS',
    ],
    [
      'Samsung Internet on Android (says Linux too)',
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
      'Samsung Internet 25',
      'Android',
    ],
    [
      'Firefox on Android',
      'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
      'Firefox 127',
      'Android',
    ],
    [
      'Chrome on ChromeOS',
      'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      'Chrome 126',
      'ChromeOS',
    ],
    [
      'headless Chrome (the browser tests)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36',
      'Headless Chrome 126',
      'Linux',
    ],
    ['curl', 'curl/8.5.0', 'curl 8', null],
    ['no header', undefined, null, null],
    ['an empty header', '', null, null],
    ['a program no table knows', 'MyScript/1.0', null, null],
    ['a version longer than four digits is no version', 'Firefox/123456', null, null],
    [
      'markup around a name: only the name and digits',
      '<script>x</script> Firefox/99 <b>Windows</b>',
      'Firefox 99',
      'Windows',
    ],
  ])('%s', (_what, header, browser, system) => {
    expect(parseUserAgent(header)).toEqual({ browser, system });
  });

  it(`reads no more than the first ${USER_AGENT_MAX} characters`, () => {
    const padding = 'x'.repeat(USER_AGENT_MAX);
    expect(parseUserAgent(`${padding} Firefox/128 (Windows)`)).toEqual({ browser: null, system: null });
    expect(parseUserAgent(`Firefox/128 (Windows) ${padding}`)).toEqual({ browser: 'Firefox 128', system: 'Windows' });
  });
});
