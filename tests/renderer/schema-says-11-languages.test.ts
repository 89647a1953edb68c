/**
 * The last settings schema messages (issue 62, area reasons-11) as the Settings page says them:
 * an IPv6 suffix's three errors (shared/ipv6-suffix.ts, behind a record's `address`) and a
 * heartbeat URL's expected shape per service (shared/settings/watcher.ts), read back from the
 * schema's real refusal to the catalogue's message and said in English as before, German,
 * Indonesian and the pseudo-language.
 */
import { describe, expect, it } from 'vitest';

import { messageWords } from '../../renderer/src/settings/issue-words';
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translators';
import { parseSettings } from '../../shared/settings';
import { asSentence } from '../../shared/words/error';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

/** The engine's refusal of `settings`, as Settings gets it: the message at `path`. */
function refusal(settings: unknown, path: string): string {
  const r = parseSettings(settings);
  const line = r.ok ? undefined : r.errors.find((e) => e.startsWith(`${path}: `));
  if (!line) throw new Error(`no refusal at ${path}: ${JSON.stringify(r)}`);
  return line.slice(path.length + 2);
}

const aaaa = (address: string) => ({
  ddns: {
    records: [
      {
        id: 'r',
        provider: 'cloudflare',
        zone: 'example.org',
        name: 'home.example.org',
        token: 't',
        type: 'AAAA',
        address,
      },
    ],
  },
});
const heartbeat = (provider: string, url: string) => ({ heartbeat: { enabled: true, provider, url } });

// [what, the schema's English, German, Indonesian]
const CASES: [string, () => string, string, string, string][] = [
  [
    'not an IPv6 suffix',
    () => refusal(aaaa('::1:2:3:4/x'), 'ddns.records.0.address'),
    '"::1:2:3:4/x" is not an IPv6 suffix such as ::1:2:3:4',
    '„::1:2:3:4/x“ ist kein IPv6-Suffix wie ::1:2:3:4.',
    '“::1:2:3:4/x” bukan sufiks IPv6 seperti ::1:2:3:4.',
  ],
  [
    'a suffix that sets the prefix',
    () => refusal(aaaa('2001:db8::1'), 'ddns.records.0.address'),
    '2001:db8::1 sets the prefix too: a suffix gives only the last 64 bits, such as ::1:2:3:4',
    '2001:db8::1 enthält auch das Präfix: Ein Suffix gibt nur die letzten 64 Bit an, z. B. ::1:2:3:4.',
    '2001:db8::1 ikut menetapkan prefiks: sufiks hanya memberi 64 bit terakhir, seperti ::1:2:3:4.',
  ],
  [
    'a suffix of zeros',
    () => refusal(aaaa('::'), 'ddns.records.0.address'),
    "the suffix :: is all zeros: give the device's own, such as ::1:2:3:4",
    'Das Suffix :: besteht nur aus Nullen: Geben Sie das Suffix des Geräts an, z. B. ::1:2:3:4.',
    'Sufiks :: semuanya nol: isi sufiks milik perangkat itu, seperti ::1:2:3:4.',
  ],
  [
    "a Healthchecks URL's shape",
    () => refusal(heartbeat('healthchecks', 'https://example.org/x'), 'heartbeat.url'),
    'expected https://hc-ping.com/<uuid> (or your server’s https://host/ping/<uuid>)',
    'Erwartet wird https://hc-ping.com/<uuid> (beim eigenen Server https://host/ping/<uuid>).',
    'Harus berupa https://hc-ping.com/<uuid> (atau https://host/ping/<uuid> di server Anda sendiri).',
  ],
  [
    "an Uptime Kuma URL's shape",
    () => refusal(heartbeat('uptime-kuma', 'https://example.org/x'), 'heartbeat.url'),
    'expected https://kuma.example.org/api/push/<token>',
    'Erwartet wird https://kuma.example.org/api/push/<token>.',
    'Harus berupa https://kuma.example.org/api/push/<token>.',
  ],
];

const said = (message: string, language: Language) => messageWords(message, {}, translator(language));

describe('an IPv6 suffix and a heartbeat URL, as Settings says the schema', () => {
  it.each(CASES)('%s', (_, message, before, german, indonesian) => {
    const english = message();
    expect(english).toBe(before);
    expect(said(english, 'en')).toBe(asSentence(english));
    expect(said(english, 'de')).toBe(german);
    expect(said(english, 'id')).toBe(indonesian);
    const pseudo = messageWords(english, {}, pseudoTranslator());
    expect(pseudo).toMatch(/⟦/);
    expect(unmarkedText(pseudo)).toEqual([]);
  });
});
