/**
 * An AAAA record's `address` refusals for another device's host part (shared/ipv6-host.ts: a MAC,
 * a prefix length, a named prefix), read back from the schema's real refusal to the catalogue's
 * message (renderer/src/settings/author-words.ts) and said in English, German, Indonesian and the
 * pseudo-language: none of them reaches a German page in English.
 */
import { describe, expect, it } from 'vitest';

import { messageWords } from '../../renderer/src/settings/issue-words';
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translators';
import { parseSettings } from '../../shared/settings';
import { asSentence } from '../../shared/words/error';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

/** The engine's refusal of an AAAA record with this `address`, as Settings gets it. */
function refusal(address: string): string {
  const settings = {
    ddns: {
      records: [
        {
          id: 'r',
          provider: 'cloudflare',
          zone: 'example.org',
          name: 'nas.example.org',
          token: 't',
          type: 'AAAA',
          address,
        },
      ],
    },
  };
  const r = parseSettings(settings);
  const path = 'ddns.records.0.address';
  const line = r.ok ? undefined : r.errors.find((e) => e.startsWith(`${path}: `));
  if (!line) throw new Error(`no refusal at ${path}: ${JSON.stringify(r)}`);
  return line.slice(path.length + 2);
}

// [what, the address, the schema's English, German, Indonesian]
const CASES: [string, string, string, string, string][] = [
  [
    'neither a word, a suffix nor a MAC',
    'static',
    'expected stable, observed, an IPv6 suffix such as ::1:2:3:4 or a MAC such as mac:00:11:22:33:44:55, not "static"',
    'Erwartet wird stable, observed, ein IPv6-Suffix wie ::1:2:3:4 oder eine MAC wie mac:00:11:22:33:44:55, nicht „static“.',
    'Harus stable, observed, sufiks IPv6 seperti ::1:2:3:4, atau MAC seperti mac:00:11:22:33:44:55, bukan “static”.',
  ],
  [
    'a host part that does not fit the host bits',
    '::100:0:0:0:5/56',
    "::100:0:0:0:5 does not fit behind a /56: it sets bits of the prefix, and only the last 72 bits are the host's",
    '::100:0:0:0:5 passt nicht hinter ein /56: Es setzt Bits des Präfixes, und nur die letzten 72 Bit gehören dem Gerät.',
    '::100:0:0:0:5 tidak muat di belakang /56: ia menetapkan bit prefiks, dan hanya 72 bit terakhir milik perangkat.',
  ],
  [
    'a prefix length outside /48 to /64',
    '::5/40',
    "the prefix length /40 is not one of /48 to /64: give your prefix's, such as /56",
    'Die Präfixlänge /40 liegt nicht zwischen /48 und /64: Geben Sie die Ihres Präfixes an, z. B. /56.',
    'Panjang prefiks /40 tidak di antara /48 dan /64: isi panjang prefiks Anda, seperti /56.',
  ],
  [
    'a MAC cut short',
    'mac:00:11:22:33:44',
    '"mac:00:11:22:33:44" is not a MAC address such as mac:00:11:22:33:44:55',
    '„mac:00:11:22:33:44“ ist keine MAC-Adresse wie mac:00:11:22:33:44:55.',
    '“mac:00:11:22:33:44” bukan alamat MAC seperti mac:00:11:22:33:44:55.',
  ],
  [
    'a MAC behind a /56',
    'mac:00:11:22:33:44:55/56',
    'a MAC gives only the last 64 bits, so it needs a /64: on a /56, give the subnet with it as a suffix, such as ::211:22ff:fe33:4455/56',
    'Eine MAC gibt nur die letzten 64 Bit, sie braucht also ein /64: Geben Sie bei einem /56 das Subnetz mit ihr als Suffix an, z. B. ::211:22ff:fe33:4455/56.',
    'MAC hanya memberi 64 bit terakhir, jadi perlu /64: pada /56, isi subnet bersamanya sebagai sufiks, seperti ::211:22ff:fe33:4455/56.',
  ],
  [
    'a prefix named by neither an interface nor a range',
    '::5@eth1;rm',
    '"eth1;rm" is neither an interface name nor an IPv6 range such as 2001:db8::/32',
    '„eth1;rm“ ist weder ein Schnittstellenname noch ein IPv6-Bereich wie 2001:db8::/32.',
    '“eth1;rm” bukan nama antarmuka maupun rentang IPv6 seperti 2001:db8::/32.',
  ],
  [
    'observed on another prefix',
    'observed@eth1',
    'observed is the address the sources saw: it cannot be put on another prefix (observed@eth1)',
    'Observed ist die Adresse, die die Quellen sahen: Sie kann nicht auf ein anderes Präfix gesetzt werden (observed@eth1).',
    'Observed adalah alamat yang dilihat sumber: ia tidak bisa dipasang pada prefiks lain (observed@eth1).',
  ],
];

const said = (message: string, language: Language) => messageWords(message, {}, translator(language));

describe("another device's host part, as Settings says the schema's refusal", () => {
  it.each(CASES)('%s', (_, address, english, german, indonesian) => {
    expect(refusal(address)).toBe(english);
    expect(said(english, 'en')).toBe(asSentence(english));
    expect(said(english, 'de')).toBe(german);
    expect(said(english, 'id')).toBe(indonesian);
    const pseudo = messageWords(english, {}, pseudoTranslator());
    expect(pseudo).toMatch(/⟦/);
    expect(unmarkedText(pseudo)).toEqual([]);
  });
});
