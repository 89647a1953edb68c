/**
 * The quiet windows' part (issue 78): the API's getQuiet and setQuiet, answered by the notifier,
 * which keeps the windows and computes what is on once (notify/quiet.ts); the part's status is the
 * same answer, so the app status, the bot and the CLI say what getQuiet says.
 */
import type { FeatureContext, FeaturePart } from './feature-types';

export function quietPart(ctx: FeatureContext): FeaturePart {
  const { notifier, logger } = ctx;
  return {
    name: 'quiet',
    handlers: {
      getQuiet: async () => notifier.quietStatus(),
      setQuiet: async (input) => {
        const status = await notifier.quiet(input);
        logger.info('quiet windows asked for', { on: status.on, until: status.until });
        return status;
      },
    },
    status: () => ({ quiet: notifier.quietStatus() }),
  };
}
