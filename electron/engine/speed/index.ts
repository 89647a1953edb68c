/**
 * electron/engine/speed: the opt-in speed test (issue 42). Download and upload speed, latency and
 * jitter against speed.cloudflare.com's endpoints (or a server that answers like them), measured
 * as @cloudflare/speedtest measures in a browser (measure.ts, plan.ts) but on Node's own http
 * (transfer.ts), bounded in bytes and time (run.ts); one at a time, asked for or on the schedule,
 * skipped where the OS says the connection is metered (tester.ts, metered*.ts). docs/speed-test.md.
 */
export { SpeedTester, type SpeedTesterDeps } from './tester';
export type { ReadMetered } from './metered-os';
