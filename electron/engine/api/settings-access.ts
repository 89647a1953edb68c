/**
 * How the API reaches the settings: settings.json in the data folder, in the app and the
 * headless runner alike (electron/host/settings-api.ts; the app first moves secrets typed in to
 * its vault). The API validates with the shared schema first; `write` stores and applies (or
 * says why it could not, changing nothing).
 */
import type { EnvInForce, SettingsView } from '../../../shared/contract/settings';
import type { Settings } from '../../../shared/settings';

export type SettingsWriteOutcome = { ok: true; live: string[]; restart: string[] } | { ok: false; errors: string[] };

export interface SettingsAccess {
  /** The stored settings (defaults filled in, before environment overrides) and the fields the environment overrides. */
  read(): Promise<{
    settings: Settings;
    envOverrides: string[];
    inForce?: EnvInForce[];
    /** The settings files in force, by name (settings.json, settings.yaml, a profile's). */
    files?: SettingsView['files'];
  }>;
  /** Stores valid settings and applies them to the running monitor; `actor` goes to the audit log. */
  write(settings: Settings, actor: string): Promise<SettingsWriteOutcome>;
}
