/**
 * The first-run wizard's form state and the one call it ends with. Pure: the component
 * (FirstRun.tsx) renders it; the shell applies it (electron/shell/shell-api.ts).
 */
import { formatIssues } from '../../../shared/schema-common';
import { type FirstRunInput, firstRunInputSchema } from '../../../shared/shell-contract';

export interface FirstRunForm {
  ipv4: boolean;
  ipv6: boolean;
  desktopNotifications: boolean;
  /** Empty: no Discord bot. */
  discordBotToken: string;
  startAtLogin: boolean;
}

export const initialFirstRunForm: FirstRunForm = {
  ipv4: true,
  ipv6: true,
  desktopNotifications: true,
  discordBotToken: '',
  startAtLogin: true,
};

/** The input for completeFirstRun, or the reasons it is not valid yet. */
export function firstRunInput(
  form: FirstRunForm,
): { ok: true; input: FirstRunInput } | { ok: false; errors: string[] } {
  const token = form.discordBotToken.trim();
  const r = firstRunInputSchema.safeParse({
    ipv4: form.ipv4,
    ipv6: form.ipv6,
    desktopNotifications: form.desktopNotifications,
    startAtLogin: form.startAtLogin,
    ...(token ? { discordBotToken: token } : {}),
  });
  return r.success ? { ok: true, input: r.data } : { ok: false, errors: formatIssues(r.error) };
}
