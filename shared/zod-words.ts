/**
 * zod/mini speaks no language until told (classic zod loaded English itself): without this a
 * refusal reads "Invalid input" where it read "Invalid input: expected boolean, received
 * undefined". Imported once, for its effect, by each Node entry (electron/main.ts,
 * electron/headless.ts) and by the tests' setup, before anything parses. Not by the renderer's
 * first page, which loads no zod: the renderer's first module that parses with zod/mini imports it.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
