/**
 * The language settings (docs/i18n.md): the app's, and a notification channel's own. In zod/mini,
 * as the settings move there (issue 61); the languages and their negotiation are
 * shared/i18n/languages.ts's.
 */
import * as z from 'zod/mini';

import { LANGUAGE_CHOICES, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';
import '../zod-words';
import { about, withMeta } from './schema-common';

/** The app's language: 'auto' follows the OS in the app, the browser in the dashboard, Discord in the bot. */
export const languageSchema = withMeta(
  z._default(z.enum(LANGUAGE_CHOICES), 'auto'),
  about(
    'Display language',
    "The language of the tray, the notices and the dashboards that follow it; automatic follows this computer's.",
    {
      auto: 'Automatic',
      ...LANGUAGE_NAMES,
    },
  ),
);

/** A channel's language for its notices; none: the app's. */
export const channelLanguageSchema = withMeta(
  z.optional(z.enum(LANGUAGES)),
  about('Language of notices', "The language of this channel's notices; empty: the app's.", LANGUAGE_NAMES),
);
