/**
 * The system's own word that the machine woke: Electron's powerMonitor 'resume' (from sleep)
 * and 'unlock-screen' (macOS and Windows). Either asks the engine for a resume check at once;
 * its clock watch (ip-monitor/triggers.ts) would see a sleep only at its next look, up to 15 s
 * later, and the engine checks once per wake whoever tells it first.
 */
import type { PowerMonitor } from 'electron';

import type { Logger } from '../engine/logger';

export type WakeEvent = 'resume' | 'unlock-screen';

export interface PowerDeps {
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>;
  onWake(what: WakeEvent): void;
  logger: Logger;
}

/** Listens for the wake events; returns the function that stops listening. */
export function setupPower({ powerMonitor, onWake, logger }: PowerDeps): () => void {
  const wake = (what: WakeEvent) => {
    logger.debug('power event', { what });
    onWake(what);
  };
  const onResume = () => wake('resume');
  const onUnlock = () => wake('unlock-screen');
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onUnlock);
  return () => {
    powerMonitor.removeListener('resume', onResume);
    powerMonitor.removeListener('unlock-screen', onUnlock);
  };
}
