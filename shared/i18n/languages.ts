/**
 * The languages IPWatch speaks, and the one pure way a wish (the OS's locale, a browser's
 * Accept-Language, a Discord member's or guild's locale) becomes one of them. Pure: the shell,
 * the runner, the dashboard and the bot all ask here, so they agree on what "de-AT" means.
 */

export const LANGUAGES = ['en', 'de', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for a language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', id: 'Bahasa Indonesia' };

/**
 * Old tags IANA replaced but systems still send: Java and some Android versions say "in" for
 * Indonesian (RFC 5646 section 2.2.2: "in" was deprecated for "id" in 1989).
 */
const LEGACY: Record<string, string> = { in: 'id' };

const isLanguage = (s: string): s is Language => (LANGUAGES as readonly string[]).includes(s);

/**
 * One tag's language by BCP 47 lookup (RFC 4647 section 3.4): the tag, then shorter and shorter
 * prefixes, until one is ours. "de-AT" -> de, "id-ID" -> id, "en-Latn-GB" -> en, "in" -> id,
 * "*" and "fr" -> null. Case and "_" (POSIX: "de_DE.UTF-8") are read as BCP 47's.
 */
export function lookupLanguage(tag: string): Language | null {
  const subtags = tag.trim().replace(/\..*$/, '').replace(/_/g, '-').toLowerCase().split('-');
  for (let n = subtags.length; n > 0; n--) {
    const prefix = subtags.slice(0, n).join('-');
    const found = LEGACY[prefix] ?? prefix;
    if (isLanguage(found)) return found;
  }
  return null;
}

/** The first of the wanted tags (most wanted first) that one of ours serves; `fallback` when none does. */
export function pickLanguage(wanted: readonly string[], fallback: Language): Language {
  for (const tag of wanted) {
    const found = lookupLanguage(tag);
    if (found) return found;
  }
  return fallback;
}

/**
 * An Accept-Language header's tags, most wanted first (RFC 9110 section 12.5.4): each tag's q
 * (default 1; a missing or unreadable q reads as 1, q=0 means "not this" and drops the tag), ties
 * kept in the header's order. At most 32 entries are read, so a hostile header costs little.
 */
export function acceptLanguageTags(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim());
      const qParam = params.find((p) => /^q=/i.test(p));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag, q: Number.isFinite(q) && q >= 0 && q <= 1 ? q : 1, index };
    })
    .filter((e) => e.tag !== '' && e.q > 0);
  return entries.sort((a, b) => b.q - a.q || a.index - b.index).map((e) => e.tag);
}

/** The language an Accept-Language header asks for, or `fallback`. */
export const languageOfAcceptHeader = (header: string | null | undefined, fallback: Language): Language =>
  pickLanguage(acceptLanguageTags(header), fallback);

/**
 * Discord's locale codes for each of our languages (Discord's Locales reference: "de", "id",
 * "en-US", "en-GB"), the keys of a command's name_localizations and description_localizations.
 */
export const DISCORD_LOCALES: Record<Language, readonly string[]> = { en: ['en-US', 'en-GB'], de: ['de'], id: ['id'] };

/** A member's (`interaction.locale`) or guild's (`guild.preferredLocale`) language; `fallback` for the rest. */
export function discordLanguage(locale: string | null | undefined, fallback: Language): Language {
  if (!locale) return fallback;
  for (const language of LANGUAGES) if (DISCORD_LOCALES[language].includes(locale)) return language;
  return fallback;
}

/** The language setting: one of ours, or 'auto' (the OS's in the app, the browser's in the dashboard). */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** The language a setting means: itself, or for 'auto' the first wanted tag we serve, else English. */
export const chosenLanguage = (choice: LanguageChoice, wanted: readonly string[]): Language =>
  choice === 'auto' ? pickLanguage(wanted, 'en') : choice;
