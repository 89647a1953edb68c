/**
 * The runtime's part for the change hook and the heartbeat (issue 42): both built over the feature
 * context (features.ts) and fed the engine's confirmed events (electron/engine/hook/ and
 * electron/engine/heartbeat/ do the work). Neither is ever in a check's way: an event only queues a run or a ping.
 */
import { Heartbeat } from '../heartbeat/pinger';
import { hookPayload, HookRunner, hookTestAnswer, testPayload } from '../hook';
import type { FeatureContext, FeaturePart } from './feature-types';

export function watcherPart(ctx: FeatureContext): FeaturePart {
  const hook = new HookRunner(ctx.settings.hook, {
    clock: ctx.clock,
    logger: ctx.logger.child('hook'),
    redact: (s) => ctx.redactor.text(s),
    env: ctx.secrets.env,
  });
  const heartbeat = new Heartbeat(ctx.settings.heartbeat, {
    clock: ctx.clock,
    logger: ctx.logger.child('heartbeat'),
    redactor: ctx.redactor,
    secrets: ctx.secrets,
    version: ctx.version,
  });
  let off: (() => void)[] | null = null;
  return {
    name: 'watcher',
    handlers: {
      testHook: async () => hookTestAnswer(await hook.test(testPayload(ctx.clock.now(), ctx.version))),
      testHeartbeat: () => heartbeat.test(),
    },
    status: () => ({ watcher: { hook: hook.status(), heartbeat: heartbeat.status() } }),
    start() {
      off ??= [
        ctx.engine.on((e) => {
          const payload = hookPayload(e, ctx.version);
          if (payload) hook.offer(payload);
          heartbeat.onEvent(e, ctx.engine.liveStatus().online);
        }),
        ctx.engine.onCheckRun((run) => heartbeat.onCheckRun(run.phase, run.trigger)),
      ];
    },
    update(settings) {
      hook.update(settings.hook);
      heartbeat.update(settings.heartbeat);
    },
    async close() {
      off?.forEach((f) => f());
      off = null;
      await Promise.all([hook.close(), heartbeat.close()]);
    },
  };
}
