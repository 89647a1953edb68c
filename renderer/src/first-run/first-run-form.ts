/**
 * The first-run wizard's form state and the one call it ends with. Pure: the component
 * (FirstRun.tsx) renders it; the shell applies it (electron/shell/shell-api.ts).
 */
import '../../../shared/zod-words';

import { type FirstRunInput, firstRunInputSchema } from '../../../shared/contract/shell';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { type IssueFacts, issueWords } from '../settings/issue-words';

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
  words: Translator,
): { ok: true; input: FirstRunInput } | { ok: false; errors: string[] } {
  const token = form.discordBotToken.trim();
  const r = firstRunInputSchema.safeParse({
    ipv4: form.ipv4,
    ipv6: form.ipv6,
    desktopNotifications: form.desktopNotifications,
    startAtLogin: form.startAtLogin,
    ...(token ? { discordBotToken: token } : {}),
  });
  if (r.success) return { ok: true, input: r.data };
  const errors = r.error.issues.map((issue) => fieldSentence(String(issue.path[0] ?? ''), issue, form, words));
  return { ok: false, errors };
}

/** The wizard's fields in words, as its labels say them. */
const LABELS: Record<string, MessageId> = { discordBotToken: 'web.firstRun.botToken' };

/**
 * One problem as the person reads it: the field's label and a sentence ("Bot token: Must be at
 * least 20 characters long."), never the schema's key or zod's own text. The families' rule
 * is about the form as a whole, so it is said alone.
 */
function fieldSentence(key: string, issue: IssueFacts, form: FirstRunForm, words: Translator): string {
  const id = LABELS[key];
  const label = id ? words.t(id) : undefined;
  const input = key in form ? form[key as keyof FirstRunForm] : undefined;
  const said = issueWords(issue, { label, input }, words);
  return label ? words.t('web.firstRun.problem', { field: label, message: said }) : said;
}
