/**
 * A browser and its system named from a User-Agent header, to tell signed-in browsers apart
 * (issue 75). The header is whatever the client sent: it is cut to USER_AGENT_MAX characters
 * before it is read, and what comes out is only a name from the tables below and a major version
 * of at most four digits, never the header's own text. Pure.
 *
 * | header holds (first match wins)      | browser            |
 * |--------------------------------------|--------------------|
 * | Edg/, EdgA/, EdgiOS/ <n>             | Edge <n>           |
 * | OPR/ <n>                             | Opera <n>          |
 * | SamsungBrowser/ <n>                  | Samsung Internet <n> |
 * | Firefox/, FxiOS/ <n>                 | Firefox <n>        |
 * | HeadlessChrome/ <n>                  | Headless Chrome <n> |
 * | Chrome/, CriOS/ <n>                  | Chrome <n>         |
 * | Version/<n> … Safari/                | Safari <n>         |
 * | curl/ <n>                            | curl <n>           |
 * | anything else                        | null (unknown)     |
 *
 * | header holds (first match wins)      | system             |
 * |--------------------------------------|--------------------|
 * | Windows                              | Windows            |
 * | Android                              | Android            |
 * | iPhone, iPad, iPod                   | iOS                |
 * | CrOS                                 | ChromeOS           |
 * | Macintosh, Mac OS X                  | macOS              |
 * | Linux, X11                           | Linux              |
 * | anything else                        | null (unknown)     |
 */

/** The most of a User-Agent header that is read: real ones are under 300 characters. */
export const USER_AGENT_MAX = 512;

export interface UserAgentNames {
  /** "Firefox 128"; null when the header names no browser these tables know. */
  browser: string | null;
  /** "Windows"; null when unknown. */
  system: string | null;
}

const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(?:e|A|iOS)?\/(\d{1,4})(?!\d)/, 'Edge'],
  [/\bOPR\/(\d{1,4})(?!\d)/, 'Opera'],
  [/\bSamsungBrowser\/(\d{1,4})(?!\d)/, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\/(\d{1,4})(?!\d)/, 'Firefox'],
  [/\bHeadlessChrome\/(\d{1,4})(?!\d)/, 'Headless Chrome'],
  [/\b(?:Chrome|CriOS)\/(\d{1,4})(?!\d)/, 'Chrome'],
  [/\bVersion\/(\d{1,4})(?!\d)[^ ]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
  [/^curl\/(\d{1,4})(?!\d)/, 'curl'],
];

const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\bWindows\b/, 'Windows'],
  [/\bAndroid\b/, 'Android'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\b(?:Macintosh|Mac OS X)\b/, 'macOS'],
  [/\b(?:Linux|X11)\b/, 'Linux'],
];

/** The browser and system a User-Agent header names; an absent or unknown one is null. */
export function parseUserAgent(header: string | undefined): UserAgentNames {
  const ua = (header ?? '').slice(0, USER_AGENT_MAX);
  let browser: string | null = null;
  for (const [re, name] of BROWSERS) {
    const m = re.exec(ua);
    if (m) {
      browser = `${name} ${Number(m[1])}`;
      break;
    }
  }
  const system = SYSTEMS.find(([re]) => re.test(ua))?.[1] ?? null;
  return { browser, system };
}

/** What a sign-in request shows of its browser: the names its User-Agent gives and the socket's address. */
export function seenAtSignIn(req: { headers: Record<string, unknown>; ip: string }): {
  browser: string | null;
  system: string | null;
  address: string | null;
} {
  const header = req.headers['user-agent'];
  return { ...parseUserAgent(typeof header === 'string' ? header : undefined), address: req.ip || null };
}
