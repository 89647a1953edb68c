/**
 * What runs beside the monitor to tell the world about it (issue 42): the change hook, a program
 * of the user's run on the events chosen (hook.ts, process.ts, hook-event.ts), and the heartbeat,
 * pings to Healthchecks.io or an Uptime Kuma push monitor so that a stopped IPWatch is noticed
 * elsewhere (heartbeat/: one file per service behind a registry, the pure decision in decide.ts).
 * runtime/watcher.ts builds both over the engine's events.
 */
export { HookRunner } from './hook';
export { hookPayload, testPayload } from './hook-event';
export { Heartbeat } from './heartbeat/pinger';
