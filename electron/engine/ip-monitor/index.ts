/**
 * electron/engine/ip-monitor: the IP-monitoring engine. It owns scheduling (interval, network
 * change, resume from sleep, manual, retry with backoff), one check per family (cheapest
 * healthy source first, a quorum of providers for anything new), source health (circuit
 * breakers), offline/online detection and the engine's events and status. The decisions are
 * pure functions with their truth tables beside them: breaker.ts, consensus.ts, planner.ts,
 * schedule.ts; address validation is shared/ip.ts.
 */
export { Engine, type EngineDeps, FOLLOW_UP_MS } from './engine';
export { interfaceSignature, type InterfaceMap } from './triggers';
