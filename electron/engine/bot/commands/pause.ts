/** /pause and /resume: stop and restart scheduled checks. Administrators only. */
import * as z from 'zod/mini';

import { stamp } from '../format';
import { defineCommand } from './define';
import { commandName } from './localise';

export const pause = defineCommand({
  name: 'pause',
  options: [],
  level: 'admin',
  schema: z.object({}),
  run: async ({ words }, services) => {
    const since = services.status().pausedSince;
    if (since !== null) return { content: words.t('bot.pause.already', { since: stamp(since) }) };
    await services.pause();
    return { content: words.t('bot.pause.done', { resume: commandName(words, 'resume') }) };
  },
});

export const resume = defineCommand({
  name: 'resume',
  options: [],
  level: 'admin',
  deferred: true,
  schema: z.object({}),
  run: async ({ words }, services) => {
    if (services.status().pausedSince === null) return { content: words.t('bot.resume.notPaused') };
    await services.resume();
    return { content: words.t('bot.resume.done') };
  },
});
