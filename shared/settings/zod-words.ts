/**
 * zod/mini ships no words of its own ("Invalid input" for every issue) so that a bundle can choose
 * its locale; classic zod installs English at its first schema. The settings schemas are read by
 * people (the Settings page, the API's refusals, the log), so English is installed here, once,
 * before any of them is built, and only when nothing chose a locale first (as classic zod does).
 * Every module that builds a zod/mini schema imports this for its effect.
 */
import { config, globalConfig } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

if (!globalConfig.localeError) config(en());
