import type { Area } from '../area';
import type { reasons11 as source } from '../en/reasons-11';

export const reasons11 = {
  'reason.ddns.badSettings': 'die Einstellungen des Eintrags sind ungültig: {issues}',
  'reason.ddns.cannotRead':
    'Zugangsdaten lassen sich nur mit einem Update prüfen: Dieser Anbieter kann keinen DNS-Eintrag lesen',
  'reason.ddns.testNoAddress':
    'noch keine bestätigte IPv{family}-Adresse, mit der sich der {type}-Eintrag vergleichen lässt',
  'reason.ddns.testNoAnswer': 'keine Antwort innerhalb von {seconds} s',
  'reason.fleet.noStatus': 'diese Instanz liefert keinen Status zum Veröffentlichen',

  'settings.schemaSays.suffixNot': '„{text}“ ist kein IPv6-Suffix wie ::1:2:3:4',
  'settings.schemaSays.suffixPrefix':
    '{text} enthält auch das Präfix: Ein Suffix gibt nur die letzten 64 Bit an, z. B. ::1:2:3:4',
  'settings.schemaSays.suffixZeros':
    'das Suffix :: besteht nur aus Nullen: Geben Sie das Suffix des Geräts an, z. B. ::1:2:3:4',
  'settings.schemaSays.healthchecksUrl':
    "erwartet wird https://hc-ping.com/'<uuid>' (beim eigenen Server https://host/ping/'<uuid>')",
  'settings.schemaSays.kumaUrl': "erwartet wird https://kuma.example.org/api/push/'<token>'",
} as const satisfies Area<typeof source>;
