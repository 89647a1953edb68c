/**
 * zod/mini ships no words of its own ("Invalid input" for every issue) so that a bundle can choose
 * its locale; classic zod installed English at its first schema. Refusals are read by people (the
 * Settings page, the API's refusals, the bot, the log), so English is installed here, once, and
 * only when nothing chose a locale first (as classic zod did). Imported for its effect by each
 * Node entry (electron/main.ts, electron/headless.ts), the tests' setup, every settings module
 * (so a bundle that parses settings has words whatever its entry), and the renderer's first
 * module that parses with zod/mini (not its first page, which loads no zod).
 */
import { config, globalConfig } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

if (!globalConfig.localeError) config(en());
