/**
 * electron/engine/service-monitors: service monitors (issue 42). One probe per monitor type behind a
 * registry (tcp.ts, http.ts, dns.ts; registry.ts), a pure state machine from checks to states
 * (state.ts), and the runner that checks each monitor on its interval and after every confirmed
 * change, keeps each change of state in the history and tells the notifier (runner.ts).
 * Plain Node: its clock, network clients, store and notifier are given.
 */
export { MonitorRunner, type RunnerDeps } from './runner';
export { runProbe, PROBES } from './registry';
export type { MonitorChange, ProbeDeps, ProbeResult, ServiceChangeInput } from './types';
