/**
 * A setting named outside Settings by its label (shared/words/setting-label.ts): each listed path
 * says exactly what Settings shows for it (its schema label, in three languages), every setting
 * the Connections inventory and the words name is listed, and a path no label knows is said as
 * written.
 */
import { describe, expect, it } from 'vitest';

import { declaredDestinations } from '../../../electron/engine/egress/inventory';
import { labelFor, schemaAt } from '../../../renderer/src/settings/schema-walk';
import { translator } from '../../../shared/i18n/translators';
import { defaultSettings, settingsSchema } from '../../../shared/settings';
import { notWatchingWords } from '../../../shared/words/fleet';
import { certificateLabel } from '../../../shared/words/serving';
import { namedSettings, SETTING_LABELS, settingLabel, settingName } from '../../../shared/words/setting-label';
import { busySettings } from '../../helpers/busy-settings';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const LANGUAGES = ['en', 'de', 'id'] as const;

/** A runner that turns on every kind of destination the inventory lists a setting for. */
const busy = () =>
  busySettings({
    router: { enabled: true },
    api: { signIn: { discord: { clientId: '123456789012345678', secret: 's' } } },
  });

/** The paths in the inventory's name for a setting: `fleet.publish, fleet.watch`, `monitors.items (ssh)`. */
const pathsIn = (setting: string) => setting.replace(/ \(.*\)$/, '').split(', ');

describe('the setting labels named outside Settings', () => {
  it.each(Object.keys(SETTING_LABELS).flatMap((p) => LANGUAGES.map((l) => [p, l] as const)))(
    '%s in %s is the label Settings shows',
    (path, language) => {
      const words = translator(language);
      const keys = path.split('.');
      const shown = labelFor(schemaAt(settingsSchema, keys, undefined), keys.at(-1)!, words);
      expect(settingLabel(path, words)).toBe(shown);
    },
  );

  const facts = { dnsServers: ['127.0.0.53'], proxies: [{ host: 'proxy.example.net', port: 3128 }] };
  const named = [...declaredDestinations(defaultSettings(), facts), ...declaredDestinations(busy(), facts)]
    .filter((d) => d.purpose !== 'systemDns' && d.purpose !== 'proxy')
    .map((d) => d.setting);

  it('covers the inventory at its busiest', () => {
    const paths = new Set(named.flatMap(pathsIn));
    for (const p of ['router.enabled', 'api.signIn.discord', 'fleet.watch', 'sources.custom', 'speedTest.enabled'])
      expect(paths).toContain(p);
  });

  it.each([...new Set(named)])('the inventory names %s by its label in every language', (setting) => {
    for (const language of LANGUAGES) {
      const said = namedSettings(setting, translator(language));
      expect(said.labelled, language).toBe(true);
      expect(said.text, language).not.toMatch(/\b[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*/);
    }
  });

  it('says a list item by its id after the list, and either of two', () => {
    const de = translator('de');
    expect(namedSettings('ddns.records (home)', de)).toEqual({ text: 'DNS-Einträge › home', labelled: true });
    expect(namedSettings('fleet.publish, fleet.watch', translator('en')).text).toBe(
      'Publish this site or Watch the fleet',
    );
    expect(namedSettings('fleet.publish, fleet.watch', translator('id')).text).toMatch(/ atau /);
  });

  it('names a setting within its group where the group has a label', () => {
    expect(settingName('router.enabled', translator('en'))).toBe('Router › Ask the router');
    expect(settingName('router.enabled', translator('de'))).toBe('Router › Router fragen');
    expect(settingName('api.lan', translator('id'))).toBe('Buka untuk jaringan lokal');
  });

  it('says a path no label knows as written, never failing', () => {
    const en = translator('en');
    expect(settingLabel('nope.never', en)).toBeNull();
    expect(settingLabel('toString', en)).toBeNull();
    expect(settingName('nope.never', en)).toBe('nope.never');
    expect(namedSettings('HTTPS_PROXY / HTTP_PROXY', en)).toEqual({
      text: 'HTTPS_PROXY / HTTP_PROXY',
      labelled: false,
    });
    expect(namedSettings('router.enabled, nope.never', en)).toEqual({
      text: 'router.enabled, nope.never',
      labelled: false,
    });
  });
});

describe('the last paths shown to a person, by their label', () => {
  const pseudo = pseudoTranslator();
  it.each([
    ['en', 'Certificate (from Certificate for the LAN) SHA-256', 'turn on Watch the fleet.'],
    ['de', 'Zertifikat (aus „Zertifikat für das LAN“) SHA-256', 'schalten Sie „Verbund beobachten“ ein.'],
    ['id', 'Sertifikat (dari Sertifikat untuk LAN) SHA-256', 'aktifkan Pantau semua lokasi.'],
  ] as const)('%s', (language, certificate, fleet) => {
    const words = translator(language);
    expect(certificateLabel({ generated: false }, words)).toBe(certificate);
    expect(notWatchingWords(words)).toContain(fleet);
    expect(notWatchingWords(words)).not.toContain('fleet.watch');
  });

  it('says them from the catalogue only (the pseudo-language)', () => {
    expect(unmarkedText(certificateLabel({ generated: false }, pseudo))).toEqual([]);
    expect(unmarkedText(notWatchingWords(pseudo))).toEqual([]);
  });
});
