/** /pause and /resume: stop and restart scheduled checks. Administrators only. */
import * as z from 'zod/mini';

import { stamp } from '../format';
import { defineCommand } from './define';

export const pause = defineCommand({
  name: 'pause',
  description: 'Pause monitoring (no checks until /resume)',
  options: [],
  level: 'admin',
  schema: z.object({}),
  run: async (_input, services) => {
    const since = services.status().pausedSince;
    if (since !== null) return { content: `Monitoring has been paused since ${stamp(since)}.` };
    await services.pause();
    return { content: 'Monitoring paused. /resume starts it again.' };
  },
});

export const resume = defineCommand({
  name: 'resume',
  description: 'Resume monitoring (checks at once)',
  options: [],
  level: 'admin',
  deferred: true,
  schema: z.object({}),
  run: async (_input, services) => {
    if (services.status().pausedSince === null) return { content: 'Monitoring is not paused.' };
    await services.resume();
    return { content: 'Monitoring resumed; a check ran just now.' };
  },
});
