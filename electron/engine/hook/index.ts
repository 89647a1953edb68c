/**
 * The change hook (issue 42): a program of the user's, run on the events chosen (hook.ts runs
 * it, process.ts starts and stops it, hook-event.ts writes what it reads on stdin). Its sibling
 * room, heartbeat/, pings Healthchecks.io or an Uptime Kuma push monitor so that a stopped
 * IPWatch is noticed elsewhere. runtime/watcher.ts builds both over the engine's events.
 */
export { HookRunner } from './hook';
export { hookPayload, testPayload } from './hook-event';
export { hookTestAnswer } from './test-answer';
