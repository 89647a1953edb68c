/**
 * Operations only the desktop app has (the browser dashboard has no keychain, no tray, no
 * login items): secrets in the OS keychain, start at login, the first-run wizard, the log
 * file, updates. Declared like shared/contract/index.ts (a zod input schema and an output type
 * per method), so the preload and the IPC handlers derive both from one list. Pure.
 */
import * as z from 'zod/mini';

import type { WireReason } from './reason';

/** A secret's name in the app's vault, e.g. `discord-bot-token`, `channel.alerts.url`. */
export const secretNameSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(96))
  .check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, dot, dash or underscore'));

/** The vault as the UI sees it: names and "set", never a value. */
export interface SecretsStatus {
  /** safeStorage's backend on Linux (e.g. gnome_libsecret, kwallet5, basic_text); the OS keychain elsewhere. */
  backend: string;
  /** True when safeStorage would encrypt with a hard-coded key (no keyring): the vault then refuses to store. */
  weak: boolean;
  /** What to do about it, for the UI to show; null when all is well. */
  advice: string | null;
  /** `advice` as a code (shared/contract/reason.ts), for a reader in another language; absent when all is well. */
  adviceReason?: WireReason | undefined;
  secrets: { name: string; set: true; reference: { env: string } }[];
}

export interface AppPrefs {
  theme: 'system' | 'light' | 'dark';
  firstRunDone: boolean;
  startAtLogin: boolean;
  /** The rotating log file the UI links to. */
  logFile: string;
  /** Set once an update has been downloaded: "restart to update" is offered. */
  updateReady: string | null;
}

const setSecretInput = z.strictObject({
  name: secretNameSchema,
  value: z.string().check(z.minLength(1), z.maxLength(8192)),
});
const nameInput = z.strictObject({ name: secretNameSchema });
const startAtLoginInput = z.strictObject({ enabled: z.boolean() });
const themeInput = z.strictObject({ theme: z.enum(['system', 'light', 'dark']) });

export const firstRunInputSchema = z
  .strictObject({
    ipv4: z.boolean(),
    ipv6: z.boolean(),
    /** Desktop notifications on (the `desktop` channel) or off. */
    desktopNotifications: z.boolean(),
    /** Optional Discord bot token, kept in the vault (never in settings.json). */
    discordBotToken: z.optional(z.string().check(z.minLength(20), z.maxLength(200))),
    startAtLogin: z.boolean(),
  })
  .check(z.refine((v) => v.ipv4 || v.ipv6, { message: 'watch at least one of IPv4 and IPv6', path: ['ipv4'] }));
export type FirstRunInput = z.infer<typeof firstRunInputSchema>;

const method = <I extends z.ZodMiniType, O>(input: I) => ({ input, output: undefined as unknown as O });

export const shellApi = {
  getSecrets: method<z.ZodMiniUndefined, SecretsStatus>(z.undefined()),
  /** Stores a secret encrypted with safeStorage; resolves with the reference settings.json may hold. */
  setSecret: method<typeof setSecretInput, SecretsStatus>(setSecretInput),
  clearSecret: method<typeof nameInput, SecretsStatus>(nameInput),
  getPrefs: method<z.ZodMiniUndefined, AppPrefs>(z.undefined()),
  setTheme: method<typeof themeInput, AppPrefs>(themeInput),
  setStartAtLogin: method<typeof startAtLoginInput, AppPrefs>(startAtLoginInput),
  /** Shows a desktop notification now, so the user can see that they arrive. */
  testDesktopNotification: method<z.ZodMiniUndefined, { ok: boolean; error?: string }>(z.undefined()),
  completeFirstRun: method<typeof firstRunInputSchema, AppPrefs>(firstRunInputSchema),
  /** Opens the folder of the log file in the OS file manager. */
  openLogFolder: method<z.ZodMiniUndefined, { ok: boolean; error?: string }>(z.undefined()),
  /** Quits and installs a downloaded update. */
  restartToUpdate: method<z.ZodMiniUndefined, { ok: boolean }>(z.undefined()),
  /** Restarts IPWatch: the engine stops cleanly and the app opens again (settings that apply after a restart). */
  restartApp: method<z.ZodMiniUndefined, { ok: boolean }>(z.undefined()),
};

export type ShellApi = typeof shellApi;
export type ShellMethod = keyof ShellApi;
export type ShellInput<M extends ShellMethod> = z.infer<ShellApi[M]['input']>;
export type ShellOutput<M extends ShellMethod> = ShellApi[M]['output'];
export const SHELL_METHODS = Object.keys(shellApi) as ShellMethod[];
