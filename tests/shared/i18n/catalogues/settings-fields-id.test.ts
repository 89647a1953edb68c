/**
 * The settings' words in Indonesian (shared/i18n/catalogues/id/settings-fields*.ts): a field's
 * label, help and choice names, looked up by the key of its English as the Settings page does
 * (shared/settings/meta-keys.ts), read in Indonesian; the glossary's terms (docs/glossary.md) kept,
 * and nothing left in English but names.
 */
import { describe, expect, it } from 'vitest';

import type { MessageId } from '../../../../shared/i18n/catalogues/en';
import { settingsFields as english } from '../../../../shared/i18n/catalogues/en/settings-fields';
import { translator } from '../../../../shared/i18n/translators';
import { settingsSchema } from '../../../../shared/settings';
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { DDNS_SPECS } from '../../../../shared/settings/ddns-providers';
import { type MetaKind, metaKey } from '../../../../shared/settings/meta-keys';
import { leavesOf } from '../../../../shared/settings/schema-fields';

const indonesian = translator('id');
// The settings' own fields, then each channel type's options as `<type>:<path>` (telegram:chatId).
const leaves = [
  ...leavesOf(settingsSchema),
  ...Object.entries(CHANNEL_OPTIONS).flatMap(([type, schema]) =>
    leavesOf(schema).map((l) => ({ ...l, path: `${type}:${l.path}` })),
  ),
];

/** A setting's label, help or choice (by its value) in Indonesian, keyed by its English. */
function wordsOf(path: string, kind: MetaKind, choice: string): string {
  const meta = leaves.find((l) => l.path === path)?.meta;
  const text = kind === 'choice' ? meta?.choices?.[choice] : meta?.[kind];
  if (!text) throw new Error(`${path} has no ${kind} ${choice}`);
  return indonesian.t(metaKey(kind, text) as MessageId);
}

describe('the settings in Indonesian', () => {
  it.each<[string, MetaKind, string, string]>([
    ['api.port', 'label', '', 'Port TCP'],
    ['monitor.intervalSec', 'label', '', 'Periksa setiap (detik)'],
    ['speedTest.maxSeconds', 'label', '', 'Waktu per tes (s)'],
    ['ddns.records[].enabled', 'label', '', 'Jaga record ini tetap sesuai'],
    ['sources.custom[].family', 'label', '', 'Versi IP'],
    ['sources.custom[].url', 'help', '', 'Alamat http:// atau https:// yang menjawab dengan alamat Anda.'],
    ['notifications.channels[].mask', 'choice', 'partial', 'Disembunyikan sebagian (203.0.113.xxx)'],
    ['hook.events', 'choice', 'offline', 'Komputer ini terputus'],
    ['language', 'choice', 'auto', 'Otomatis'],
    // A channel type's options (shared/settings/channel-options*.ts).
    ['telegram:token', 'label', '', 'Token bot'],
    ['telegram:silent', 'label', '', 'Kirim tanpa suara'],
    ['gotify:url', 'help', '', 'Alamat tempat Anda membuka Gotify.'],
    ['email:requireTLS', 'choice', 'false', 'Tidak pernah (kata sandi bisa terkirim tanpa enkripsi)'],
    ['email:auth.user', 'label', '', 'Nama pengguna'],
    ['mqtt:qos', 'choice', '1', '1: paling sedikit sekali'],
    ['ntfy:priority', 'choice', '5', '5 (mendesak)'],
    ['pushover:priority', 'choice', '1', '1 (tinggi, menembus jam tenang)'],
    ['teams:url', 'label', '', 'URL workflow'],
    // The ICU-quoted braces of a placeholder read back as braces.
    [
      'webhook:template',
      'help',
      '',
      'Kosong: payload JSON. Placeholder: {{event}}, {{title}}, {{summary}}, {{text}}, {{time}}, {{from}}, {{to}}…',
    ],
    ['apprise:configKey', 'help', '', '{KEY} dari konfigurasi yang disimpan di Apprise (POST /notify/{KEY}).'],
    // English and Indonesian alike quote the "<" of these (FormatJS reads it as a tag): it reads back.
    [
      'fleet.topicPrefix',
      'help',
      '',
      'Setiap lokasi memublikasikan di bawahnya: <prefiks>/<lokasi>/state dan <prefiks>/<lokasi>/event.',
    ],
    [
      'version',
      'help',
      '',
      'Diatur oleh IPWatch; file lama ditingkatkan sekali, teks lamanya disimpan sebagai settings.v<N>.json.',
    ],
  ])('%s %s %s reads %j', (path, kind, choice, want) => expect(wordsOf(path, kind, choice)).toBe(want));

  // Names, protocols and words Indonesian admins write in English: the same in both.
  const SAME_IN_BOTH = new Set([
    'Cloudflare',
    'DuckDNS',
    'deSEC',
    'HMAC-SHA256',
    'HTTP',
    'DNS',
    'STUN',
    'IPv4',
    'IPv6',
    'IPv4 (A)',
    'IPv6 (AAAA)',
    'IN (Internet)',
    'CH (Chaos)',
    'Server (host:port)',
    'Token (ipinfo.io)',
    'Client secret',
    'Info',
    'Router',
    'Heartbeat',
    'URL',
    'Port',
    'Tag',
    'User key',
    '0 (normal)',
    // Twilio's, Matrix's and signal-cli-rest-api's own names, and a word Indonesian shares.
    'Account SID',
    'Homeserver',
    'signal-cli-rest-api',
    'Server',
    'Standard Webhooks (webhook-signature)',
    // Each DNS provider's name, and a word Indonesian shares.
    ...DDNS_SPECS.map((s) => s.label),
    'Domain',
    // A language is named in its own words.
    'English',
    'Deutsch',
    'Bahasa Indonesia',
  ]);

  it('leaves no setting in English but names', () => {
    const left = Object.entries(english)
      .filter(([key, text]) => !SAME_IN_BOTH.has(text) && indonesian.t(key as MessageId) === text)
      .map(([, text]) => text);
    expect(left).toEqual([]);
  });

  // English's term (what is not that term taken out first) -> the glossary's Indonesian, suffixes
  // such as -nya allowed.
  const GLOSSARY: [RegExp, RegExp][] = [
    [/\baddress(es)?\b/i, /\balamat/i],
    [/\bsources?\b/i, /\bsumber/i],
    [/\bchannels?\b/i, /\bkanal/i],
    [/\bsites?\b/i, /\blokasi/i],
    [/\brecords?\b/i, /\brecord/i],
    [/\bnotifications?\b|\bnotices?\b/i, /\bnotifikasi/i],
    [/\bhistory\b/i, /\briwayat/i],
    [/\bdashboard\b/i, /\bdasbor/i],
    [/\bmachines?\b/i, /\bkomputer/i],
    [/\bproviders?\b/i, /\bpenyedia/i],
    [/\bfleet\b/i, /\b(multi-lokasi|semua lokasi|lokasi lain|antara lokasi)/i],
    [/\bset.aside\b/i, /\bdikesampingkan/i],
    [/\bspeed tests?\b/i, /\btes kecepatan/i],
  ];
  const NOT_THE_TERM = [/address family/gi, /docs\/fleet\.md/g, /notices when/g];

  it("keeps the glossary's terms, and says Anda", () => {
    const off: string[] = [];
    for (const [key, text] of Object.entries(english)) {
      const said = indonesian.t(key as MessageId);
      const source = NOT_THE_TERM.reduce<string>((t, re) => t.replace(re, ''), text);
      for (const [term, word] of GLOSSARY) if (term.test(source) && !word.test(said)) off.push(`${said} (${word})`);
      if (/\b(kamu|kau|engkau)\b/i.test(said)) off.push(`${said} (Anda)`);
    }
    expect(off).toEqual([]);
  });
});
