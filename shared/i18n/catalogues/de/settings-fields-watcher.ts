/** German: the settings' words from shared/settings/watcher.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsWatcher as source } from '../en/settings-fields-watcher';

export const settingsFieldsWatcher = {
  'setting.help.off-no-ping-is-c5ee58': 'Aus: Kein Ping wird gesendet, und der Dienst meldet IPWatch als ausgefallen.',
  'setting.label.service-b643c7': 'Dienst',
  'setting.help.who-receives-the-pings-9c512d': 'Wer die Pings empfängt.',
  'setting.choice.healthchecks-io-or-your-f16af8': 'Healthchecks.io (oder Ihr eigener Healthchecks-Server)',
  'setting.choice.an-uptime-kuma-push-6d7daa': 'Ein Push-Monitor von Uptime Kuma',
  'setting.label.ping-url-5af5fa': 'Ping-URL',
  'setting.help.the-check-s-url-a78fe0':
    'Die URL des Checks, wie der Dienst sie anzeigt; sie enthält dessen Schlüssel und wird daher geheim gehalten.',
  'setting.label.at-most-every-seconds-ade2cd': 'Höchstens alle (Sekunden)',
  'setting.help.one-ping-per-this-bded59':
    'Ein Ping je Zeitraum nach erfolgreichen Prüfungen; ein Fehler wird sofort gesendet.',
  'setting.label.run-a-program-on-6dbf37': 'Bei Änderung ein Programm starten',
  'setting.help.off-nothing-is-run-b443bd':
    'Aus: Nichts wird gestartet. Das Programm muss existieren und ausführbar sein.',
  'setting.label.program-to-run-7946c5': 'Zu startendes Programm',
  'setting.help.its-full-path-e-380451':
    'Sein vollständiger Pfad, z. B. /usr/local/bin/on-ip-change. Direkt gestartet, nie über eine Shell.',
  'setting.label.arguments-a33c19': 'Argumente',
  'setting.help.passed-as-they-are-aa8d54': 'Unverändert übergeben, eins je Eintrag; keine Shell erweitert sie.',
  'setting.label.run-on-6c33f4': 'Starten bei',
  'setting.help.the-events-that-run-fb135a': 'Die Ereignisse, die das Programm starten.',
  'setting.choice.a-confirmed-address-change-412619': 'Bestätigte Adressänderung',
  'setting.choice.the-machine-went-offline-5ed5f1': 'Der Rechner ist offline',
  'setting.choice.the-machine-is-back-d14db0': 'Der Rechner ist wieder online',
  'setting.choice.the-nat-in-front-837703': 'Das NAT vor dem Anschluss hat sich geändert',
  'setting.choice.a-shared-cgnat-address-7646ef': 'Eine geteilte Adresse (CGNAT) wurde erkannt',
  'setting.help.a-run-still-going-6057eb':
    'Ein Lauf, der danach noch läuft, wird mit allem, was er gestartet hat, beendet.',
} satisfies Area<typeof source>;
