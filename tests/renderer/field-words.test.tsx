// @vitest-environment happy-dom
/**
 * The settings' own words in the page's language: every field's label, help and choice names
 * looked up by their English (shared/settings/meta-keys.ts), in German on the Settings page, in the
 * pseudo-language with nothing unmarked, and a field's trail and what an environment variable puts
 * in force in German too. English stays the schema's own (the other settings tests hold it).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';

import { fieldTrail, inForceText, problemWords } from '../../renderer/src/settings/field-trail';
import { type FormCtx, ObjectFields } from '../../renderer/src/settings/fields';
import { ListField } from '../../renderer/src/settings/list-fields';
import { de } from '../../shared/i18n/catalogues/de';
import { createTranslator } from '../../shared/i18n/translator';
import { defaultSettings, settingsSchema } from '../../shared/settings';
import { CHANNEL_OPTIONS } from '../../shared/settings/channel-options';
import { type FieldMeta, fieldMeta, leavesOf } from '../../shared/settings/schema-fields';
import { END, pseudoCatalogue, pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

const german = createTranslator('de', de);

/** Every object schema whose fields the forms draw: the settings (custom sources and DDNS records inside), each channel type's options. */
const FORMS = [
  ['settings', settingsSchema],
  ...Object.entries(CHANNEL_OPTIONS).map(([type, s]) => [`channel ${type}`, s] as const),
] as const;

const wordsOf = (meta: FieldMeta) => [meta.label, meta.help, ...Object.values(meta.choices ?? {})].filter(Boolean);

describe("the settings' words", () => {
  it.each(FORMS)('name every field of %s in the schema, so no label is made from a key', (_, schema) => {
    for (const leaf of leavesOf(schema)) expect(leaf.meta.label, leaf.path).toBeTruthy();
  });

  it.each(FORMS)('are all in the pseudo-language for %s', (_, schema) => {
    const pseudo = pseudoTranslator();
    for (const leaf of leavesOf(schema))
      for (const text of wordsOf(fieldMeta(leaf.schema, pseudo))) expect(unmarkedText(text!), leaf.path).toEqual([]);
  });

  it('are German in German', () => {
    const monitor = leavesOf(settingsSchema).find((l) => l.path === 'monitor.intervalSec')!;
    expect(fieldMeta(monitor.schema, german)).toEqual({
      label: 'Prüfen alle (Sekunden)',
      help: 'Zeit zwischen zwei regulären Prüfungen; nach einem Netzwerkwechsel oder dem Aufwachen aus dem Ruhezustand wird sofort geprüft.',
    });
    const level = leavesOf(settingsSchema).find((l) => l.path === 'log.level')!;
    expect(fieldMeta(level.schema, german).choices).toMatchObject({
      warn: 'Warnungen und Fehler',
      error: 'Nur Fehler',
    });
  });
});

/** The settings' fields as the page draws them, on the defaults, in the given words. */
function Drawn({ messages, locale }: { messages: Record<string, string>; locale: string }) {
  const ctx: FormCtx = { draft: defaultSettings(), errors: new Map(), set: () => undefined };
  return (
    <IntlProvider locale={locale} messages={messages}>
      <ObjectFields schema={settingsSchema} path={[]} ctx={ctx} />
      <ListField
        path={['sources', 'disabled']}
        ctx={{ ...ctx, draft: { sources: { disabled: ['aws-v4'] } } }}
        label="⟦x⟧"
        shape={{ kind: 'list', element: { kind: 'string' }, max: null }}
      />
    </IntlProvider>
  );
}

describe('the drawn fields', () => {
  it('show no unmarked label, legend, help or choice in the pseudo-language', () => {
    const { container } = render(<Drawn messages={pseudoCatalogue()} locale="en" />);
    // A secret's own controls (SecretInput: where it is kept) are the settings UI's words, not the fields'.
    const ours = (el: Element) => !el.closest('.secret');
    const texts = [...container.querySelectorAll('label, legend, .help, option, button, .muted')]
      .filter(ours)
      .map((el) => {
        const text = el.textContent ?? '';
        // A secret's help line is the field's help, then where SecretInput keeps it (its words).
        const secret = el.matches('.help') && el.closest('.field')?.querySelector('.secret');
        return secret ? text.slice(0, text.lastIndexOf(END) + 1) : text;
      });
    for (const el of [...container.querySelectorAll('[aria-label], [title]')].filter(ours))
      texts.push(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap((t) => unmarkedText(t, ['aws-v4']))).toEqual([]);
  });

  it('are German on the Settings page in German', async () => {
    renderApp(fakeEngine(), '#/settings', { words: { language: 'de', messages: de } });
    const interval = await screen.findByLabelText('Prüfen alle (Sekunden)');
    expect(interval.getAttribute('type')).toBe('number');
    expect(screen.getByText(/^Zeit zwischen zwei regulären Prüfungen/)).toBeTruthy();
    expect(screen.getByLabelText('Zeitlimit je Anfrage (ms)')).toBeTruthy();
    expect(screen.getByText('Die öffentliche IPv4-Adresse prüfen und melden.')).toBeTruthy();
    expect(screen.queryByLabelText('Check every (seconds)')).toBeNull();
  });
});

describe("a field's place and value in German", () => {
  const draft = { notifications: { channels: [{ type: 'webhook', url: '' }] } };

  it('names the list, the item and the field', () => {
    expect(fieldTrail('monitor.intervalSec', undefined, german)).toEqual(['Prüfen alle (Sekunden)']);
    expect(fieldTrail('notifications.channels.0', draft, german)).toEqual(['Benachrichtigungskanäle', 'Eintrag 1']);
    expect(fieldTrail('(root)', undefined, german)).toEqual(['Die Einstellungen als Ganzes']);
    expect(problemWords('monitor.intervalSec', 'x', defaultSettings(), german).trail).toEqual([
      'Prüfen alle (Sekunden)',
    ]);
  });

  it('says what an environment variable puts in force', () => {
    expect(inForceText({ path: 'monitor.ipv6', from: 'IPWATCH_IPV6', value: false }, german)).toBe(
      'Gilt: aus, aus IPWATCH_IPV6. Der Wert hier gilt, sobald sie nicht mehr gesetzt ist.',
    );
    expect(inForceText({ path: 'log.level', from: 'IPWATCH_LOG_LEVEL', value: 'error' }, german)).toBe(
      'Gilt: Nur Fehler, aus IPWATCH_LOG_LEVEL. Der Wert hier gilt, sobald sie nicht mehr gesetzt ist.',
    );
  });
});
