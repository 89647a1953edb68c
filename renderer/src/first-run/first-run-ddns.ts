/**
 * The app's first-run wizard offers a host name kept pointing here: the records it adds are
 * checked by the settings schema on the page, then added to the engine's settings through
 * saveSettings (as the Settings page saves them, so a typed secret goes where secrets go) before
 * the shell completes the first run. The records the engine already has stay.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { ddnsSettingsSchema } from '../../../shared/settings/ddns';
import type { Client } from '../api/types';
import { problemWords } from '../settings/field-trail';
import { clientErrors } from '../settings/schema-walk';

/** The records' own messages, by their path in the settings (`ddns.records.0.domain`). */
export function ddnsDraftErrors(records: readonly unknown[]): Map<string, string> {
  const errors = clientErrors(ddnsSettingsSchema, { records });
  return new Map([...errors].map(([k, m]) => [k ? `ddns.${k}` : 'ddns', m]));
}

/** The records' problems as lines a person reads in `words`: "DDNS records › home.example.org › Domain: Enter a domain." */
export function ddnsProblemLines(
  errors: Iterable<readonly [string, string]>,
  records: readonly unknown[],
  words: Translator,
): string[] {
  const draft = { ddns: { records } };
  return [...errors].map(([path, message]) => {
    const said = problemWords(path, message, draft, words);
    return `${said.trail.join(' › ')}: ${said.words}`;
  });
}

/** Adds the records to the engine's settings; the engine's refusals as lines in `words`, none when saved. */
export async function saveDdnsRecords(
  client: Pick<Client, 'getSettings' | 'saveSettings'>,
  records: readonly unknown[],
  words: Translator,
) {
  if (records.length === 0) return [];
  const { settings } = await client.getSettings();
  const ddns = (settings.ddns ?? {}) as { records?: unknown[] };
  const saved = await client.saveSettings({
    settings: { ...settings, ddns: { ...ddns, records: [...(ddns.records ?? []), ...records] } },
  });
  if (saved.ok) return [];
  const all = [...(ddns.records ?? []), ...records];
  return ddnsProblemLines(
    saved.errors.map((e) => [e.path, e.message] as const),
    all,
    words,
  );
}
