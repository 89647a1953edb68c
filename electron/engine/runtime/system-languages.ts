/**
 * The languages this machine's user asked for, most wanted first, as plain Node reads them: the
 * POSIX variables in gettext's order (LANGUAGE's list, then LC_ALL, LC_MESSAGES, LANG), then the
 * locale ICU took at start. The app passes Electron's `app.getPreferredSystemLanguages()` instead,
 * which also reads Windows' and macOS' settings. "C" and "POSIX" mean no wish. Pure but for the
 * default arguments.
 */
export function systemLanguages(
  env: Readonly<Record<string, string | undefined>> = process.env,
  icuLocale: string = Intl.DateTimeFormat().resolvedOptions().locale,
): string[] {
  const posix = [...(env.LANGUAGE ?? '').split(':'), env.LC_ALL, env.LC_MESSAGES, env.LANG];
  return [...posix, icuLocale].filter((tag): tag is string => !!tag && !/^(C|POSIX)([._@].*)?$/.test(tag));
}
