/**
 * The settings schemas' messages built from English words (issue 62, area settings-says-2), as
 * the Settings page says them: read back from the schema's real refusal (parseSettings, a
 * channel's options, a moved secret's destination) to the catalogue's message and its values, and
 * said in English as before, German, Indonesian and the pseudo-language. The field the message
 * sits at, a secret's holder and its destination are named in the page's language.
 */
import { describe, expect, it } from 'vitest';

import { messageWords } from '../../renderer/src/settings/issue-words';
import { movedSecretErrors } from '../../shared/contract/settings';
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translators';
import { parseSettings } from '../../shared/settings';
import { channelOptionIssues } from '../../shared/settings/channel-options';
import { asSentence } from '../../shared/words/error';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

/** The engine's refusal of `settings`, as Settings gets it: the message at `path`. */
function refusal(settings: unknown, path: string): string {
  const r = parseSettings(settings);
  const line = r.ok ? undefined : r.errors.find((e) => e.startsWith(`${path}: `));
  if (!line) throw new Error(`no refusal at ${path}: ${JSON.stringify(r)}`);
  return line.slice(path.length + 2);
}

const optionRefusal = (channel: Record<string, unknown>, field: string): string => {
  const found = channelOptionIssues(channel).find((i) => i.path.join('.') === field);
  if (!found) throw new Error(`no refusal at ${field}`);
  return found.message;
};

const fleet = (f: Record<string, unknown>) => ({ fleet: { publish: true, brokerUrl: 'mqtts://b.example', ...f } });
const cf = (apiBase: string, token: unknown) => ({
  ddns: {
    records: [{ id: 'r', provider: 'cloudflare', zone: 'example.org', name: 'home.example.org', token, apiBase }],
  },
});

// [what, message, the field's label in German and Indonesian, German, Indonesian]
const CASES: [string, () => string, string, string, string][] = [
  [
    'a secret whose destination moved',
    () =>
      movedSecretErrors(cf('https://b.example', { set: true }), cf('https://a.example', 'tok'), 'settings')[0]!.message,
    'API-Token',
    'Geben Sie „API-Token“ erneut ein: die API-Adresse des DNS-Eintrags hat sich geändert (vorher a.example, jetzt b.example).',
    'Masukkan “API-Token” lagi: alamat API record DNS berubah (sebelumnya a.example, sekarang b.example).',
  ],
  [
    'a required secret',
    () => optionRefusal({ id: 't', type: 'telegram', token: '', chatId: 1 }, 'token'),
    'Bot-Token',
    'Bitte „Bot-Token“ angeben.',
    'Isi “Bot-Token”.',
  ],
  [
    'a Pushover key',
    () => optionRefusal({ id: 'p', type: 'pushover', userKey: 'x', token: 'x'.repeat(30) }, 'userKey'),
    'Benutzerschlüssel',
    '„Benutzerschlüssel“ besteht aus 30 Buchstaben und Ziffern.',
    '“Benutzerschlüssel” terdiri dari 30 huruf dan angka.',
  ],
  [
    'a site name with a wildcard',
    () => refusal(fleet({ site: 'a/b' }), 'fleet.site'),
    'x',
    'Ein Standortname ist eine Topic-Ebene: enthält / + oder #, die MQTT als Ebenen und Platzhalter liest.',
    'Nama lokasi adalah satu level topik: berisi / + atau #, yang dibaca MQTT sebagai level dan wildcard.',
  ],
  [
    'a site name with a control character',
    () => refusal(fleet({ site: 'x\u0001' }), 'fleet.site'),
    'x',
    'Ein Standortname ist eine Topic-Ebene: U+0001 ist ein Steuerzeichen, das MQTT 5 und der Broker in einem Topic ablehnen.',
    'Nama lokasi adalah satu level topik: U+0001 adalah karakter kontrol, yang ditolak MQTT 5 dan broker dalam topik.',
  ],
  [
    'an empty topic level',
    () => refusal(fleet({ site: 'home', topicPrefix: 'a//b' }), 'fleet.topicPrefix'),
    'x',
    'Ebenen durch einzelne Schrägstriche getrennt, keine leer.',
    'Level dipisahkan satu garis miring, tidak ada yang kosong.',
  ],
  [
    "a broker that is not MQTT's",
    () => refusal(fleet({ site: 'home', brokerUrl: 'http://b.example' }), 'fleet.brokerUrl'),
    'x',
    'Erwartet wird mqtt://host:port oder mqtts://host:port (ohne Pfad).',
    'Harus berupa mqtt://host:port atau mqtts://host:port (tanpa path).',
  ],
  [
    'a CA file without TLS',
    () => refusal(fleet({ site: 'home', brokerUrl: 'mqtt://b.example', caFile: '/ca.pem' }), 'fleet.caFile'),
    'x',
    'Eine CA-Datei braucht TLS: Verwenden Sie eine mqtts://-URL.',
    'File CA memerlukan TLS: gunakan URL mqtts://.',
  ],
  [
    'an API address with a query',
    () => refusal(cf('https://a.example/x?y', 'tok'), 'ddns.records.0.apiBase'),
    'x',
    'Eine Basisadresse hat keine ?-Abfrage und kein #-Fragment.',
    'Alamat dasar tidak boleh berisi query ? atau fragmen #.',
  ],
  [
    'an SMTP server that is not a host',
    () =>
      optionRefusal({ id: 'e', type: 'email', host: 'smtp.example/x', to: 'a@b.example', from: 'c@b.example' }, 'host'),
    'x',
    'Nur ein Hostname oder eine Adresse (der Port hat ein eigenes Feld).',
    'Cukup nama host atau alamat (port punya kolomnya sendiri).',
  ],
  [
    'an ntfy topic',
    () => optionRefusal({ id: 'n', type: 'ntfy', topic: 'a b' }, 'topic'),
    'x',
    'Buchstaben, Ziffern, - und _, höchstens 64.',
    'Huruf, angka, - dan _, paling banyak 64.',
  ],
  [
    "a webhook name Discord refuses (shared/discord-rules.ts's words, read back)",
    () =>
      optionRefusal(
        { id: 'd', type: 'discord-webhook', url: 'https://discord.com/api/webhooks/1/x', username: 'my clyde' },
        'username',
      ),
    'x',
    'Discord lehnt Webhook-Namen ab, die „clyde“ enthalten (in jeder Schreibweise).',
    'Discord menolak nama webhook yang berisi “clyde” (huruf besar atau kecil).',
  ],
  [
    "a source id's characters",
    () =>
      refusal(
        { sources: { custom: [{ id: 'a b', kind: 'http', family: 4, url: 'https://a.example/ip' }] } },
        'sources.custom.0.id',
      ),
    'x',
    'Verwenden Sie Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich.',
    'Gunakan huruf, angka, titik, tanda hubung, atau garis bawah.',
  ],
  [
    "a record's address",
    () =>
      refusal(
        {
          ddns: {
            records: [
              {
                id: 'r',
                provider: 'cloudflare',
                zone: 'example.org',
                name: 'home.example.org',
                token: 't',
                address: 'somewhere',
              },
            ],
          },
        },
        'ddns.records.0.address',
      ),
    'x',
    'Erwartet wird stable, observed, ein IPv6-Suffix wie ::1:2:3:4 oder eine MAC wie mac:00:11:22:33:44:55, nicht „somewhere“.',
    'Harus stable, observed, sufiks IPv6 seperti ::1:2:3:4, atau MAC seperti mac:00:11:22:33:44:55, bukan “somewhere”.',
  ],
  [
    "the hook's program",
    () => refusal({ hook: { enabled: true, program: 'on-change' } }, 'hook.program'),
    'x',
    'Geben Sie den vollständigen Pfad an, z. B. /usr/local/bin/on-change.',
    'Isi path lengkapnya, misalnya /usr/local/bin/on-change.',
  ],
  [
    "the heartbeat's ping URL",
    () => refusal({ heartbeat: { enabled: true, provider: 'healthchecks', url: '' } }, 'heartbeat.url'),
    'x',
    'Geben Sie die Ping-URL an.',
    'Isi URL ping.',
  ],
  [
    'an email address',
    () => optionRefusal({ id: 'e', type: 'email', host: 'smtp.example', to: 'nobody', from: 'a@b.example' }, 'to'),
    'x',
    'Erwartet wird eine E-Mail-Adresse.',
    'Harus berupa alamat email.',
  ],
  [
    'a Discord server id',
    () => refusal({ discord: { guilds: [{ id: '12' }] } }, 'discord.guilds.0.id'),
    'x',
    'Erwartet wird eine Discord-ID (17 bis 20 Ziffern).',
    'Harus berupa ID Discord (17 sampai 20 digit).',
  ],
  [
    "a record's DNS name",
    () =>
      refusal(
        { ddns: { records: [{ id: 'r', provider: 'cloudflare', zone: 'example.org', name: 'a b', token: 't' }] } },
        'ddns.records.0.name',
      ),
    'x',
    'Erwartet wird ein DNS-Name wie home.example.org.',
    'Harus berupa nama DNS seperti home.example.org.',
  ],
];

const said = (message: string, label: string, language: Language) =>
  messageWords(message, { label }, translator(language));

describe("a settings schema's message built from English words, as Settings says it", () => {
  it.each(CASES)('%s', (_, message, label, german, indonesian) => {
    const english = message();
    expect(said(english, label, 'en')).toBe(asSentence(english));
    expect(said(english, label, 'de')).toBe(german);
    expect(said(english, label, 'id')).toBe(indonesian);
    const pseudo = messageWords(english, { label }, pseudoTranslator());
    expect(pseudo).toMatch(/⟦/);
    expect(unmarkedText(pseudo)).toEqual([]);
  });

  it('keeps the English the schema wrote, byte for byte', () => {
    expect(CASES[0]![1]()).toBe(
      "enter the token again: the record's API address changed (was a.example, now b.example)",
    );
    expect(CASES[1]![1]()).toBe('token is required');
    expect(CASES[4]![1]()).toBe(
      'a site name is one topic level: U+0001 is a control character, which MQTT 5 and the broker refuse in a topic',
    );
  });

  it("names the fleet's broker address and the fleet in German and Indonesian, never in English", () => {
    const at = (brokerUrl: string, password: unknown) => ({ fleet: { brokerUrl, username: 'u', password } });
    const [moved] = movedSecretErrors(
      at('mqtts://b.example:8883', { set: true }),
      at('mqtts://a.example:8883', 'pw'),
      'settings',
    );
    expect(moved?.message).toBe(
      "enter the password again: the fleet's broker address changed (was a.example, now b.example)",
    );
    expect(said(moved!.message, 'Passwort', 'de')).toBe(
      'Geben Sie „Passwort“ erneut ein: die Broker-Adresse des Verbunds hat sich geändert (vorher a.example, jetzt b.example).',
    );
    expect(said(moved!.message, 'Kata sandi', 'id')).toBe(
      'Masukkan “Kata sandi” lagi: alamat broker multi-lokasi berubah (sebelumnya a.example, sekarang b.example).',
    );
  });
});
