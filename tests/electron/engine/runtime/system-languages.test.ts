/** The OS's languages as plain Node reads them: gettext's order of the POSIX variables, then ICU's locale. */
import { describe, expect, it } from 'vitest';

import { systemLanguages } from '../../../../electron/engine/runtime/system-languages';
import { chosenLanguage } from '../../../../shared/i18n/languages';

describe('systemLanguages', () => {
  it.each<[Record<string, string>, string, string[]]>([
    [{}, 'en-US', ['en-US']],
    [{ LANG: 'de_DE.UTF-8' }, 'de-DE', ['de_DE.UTF-8', 'de-DE']],
    [{ LANGUAGE: 'id:en', LANG: 'de_DE.UTF-8' }, 'en-US', ['id', 'en', 'de_DE.UTF-8', 'en-US']],
    [{ LC_ALL: 'C', LANG: 'id_ID.UTF-8' }, 'en-US', ['id_ID.UTF-8', 'en-US']],
    [{ LC_MESSAGES: 'POSIX', LC_ALL: 'C.UTF-8' }, 'en-US', ['en-US']],
    [{ LANGUAGE: '', LC_ALL: 'de_AT.UTF-8@euro' }, 'de-AT', ['de_AT.UTF-8@euro', 'de-AT']],
  ])('%j (ICU %s) -> %j', (env, icu, wanted) => expect(systemLanguages(env, icu)).toEqual(wanted));

  it.each<[Record<string, string>, 'auto' | 'en' | 'de' | 'id', string]>([
    [{ LANG: 'de_DE.UTF-8' }, 'auto', 'de'],
    [{ LANGUAGE: 'fr:id', LANG: 'de_DE.UTF-8' }, 'auto', 'id'],
    [{ LANG: 'fr_FR.UTF-8' }, 'auto', 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'id', 'id'],
  ])("%j with the setting '%s' speaks %s", (env, choice, language) =>
    expect(chosenLanguage(choice, systemLanguages(env, 'fr-FR'))).toBe(language),
  );
});
