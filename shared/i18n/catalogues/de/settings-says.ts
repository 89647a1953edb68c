/**
 * German (en/settings-says.ts). The settings schema's messages and the words they name.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsSays as source } from '../en/settings-says';

export const settingsSays = {
  'settings.saysWord.holder.record': 'des DNS-Eintrags',
  'settings.saysWord.holder.channel': 'des Kanals',
  'settings.saysWord.holder.heartbeat': 'des Heartbeats',
  'settings.saysWord.holder.discord': 'des Discord-Bots',
  'settings.saysWord.holder.sign-in': 'der Discord-Anmeldung',
  'settings.saysWord.holder.identity': 'des Identitätsdienstes',
  'settings.saysWord.holder.fleet': 'des Verbunds',
  'settings.saysWord.destination.server': 'der Server',
  'settings.saysWord.destination.apiAddress': 'die API-Adresse',
  'settings.saysWord.destination.updateServer': 'der Update-Server',
  'settings.saysWord.destination.restApiAddress': 'die REST-API-Adresse',
  'settings.saysWord.destination.webhookUrl': 'die Webhook-URL',
  'settings.saysWord.destination.workflowUrl': 'die Workflow-URL',
  'settings.saysWord.destination.botApiServer': 'der Bot-API-Server',
  'settings.saysWord.destination.url': 'die URL',
  'settings.saysWord.destination.smtpServer': 'der SMTP-Server',
  'settings.saysWord.destination.broker': 'der Broker',
  'settings.saysWord.destination.apiServer': 'der API-Server',
  'settings.saysWord.destination.appriseServer': 'der Apprise-API-Server',
  'settings.saysWord.destination.homeserver': 'der Homeserver',
  'settings.saysWord.destination.signalApi': 'der signal-cli-rest-api-Server',
  'settings.saysWord.destination.pingUrl': 'die Ping-URL',
  'settings.saysWord.destination.discordApiAddress': 'die Discord-API-Adresse',
  'settings.saysWord.destination.address': 'die Adresse',
  'settings.saysWord.destination.brokerAddress': 'die Broker-Adresse',

  'settings.schemaSays.suffixNot': '„{text}“ ist kein IPv6-Suffix wie ::1:2:3:4',
  'settings.schemaSays.suffixPrefix':
    '{text} enthält auch das Präfix: Ein Suffix gibt nur die letzten 64 Bit an, z. B. ::1:2:3:4',
  'settings.schemaSays.suffixZeros':
    'das Suffix :: besteht nur aus Nullen: Geben Sie das Suffix des Geräts an, z. B. ::1:2:3:4',
  'settings.schemaSays.suffixNoFit':
    '{text} passt nicht hinter ein /{len}: Es setzt Bits des Präfixes, und nur die letzten {bits} Bit gehören dem Gerät',
  'settings.schemaSays.prefixLength':
    'die Präfixlänge /{len} liegt nicht zwischen /48 und /64: Geben Sie die Ihres Präfixes an, z. B. /56',
  'settings.schemaSays.macNot': '„{text}“ ist keine MAC-Adresse wie mac:00:11:22:33:44:55',
  'settings.schemaSays.macNeeds64':
    'eine MAC gibt nur die letzten 64 Bit, sie braucht also ein /64: Geben Sie bei einem /{len} das Subnetz mit ihr als Suffix an, z. B. {example}',
  'settings.schemaSays.prefixFromNot':
    '„{text}“ ist weder ein Schnittstellenname noch ein IPv6-Bereich wie 2001:db8::/32',
  'settings.schemaSays.observedNoPrefix':
    'observed ist die Adresse, die die Quellen sahen: Sie kann nicht auf ein anderes Präfix gesetzt werden ({text})',
  'settings.schemaSays.healthchecksUrl':
    "erwartet wird https://hc-ping.com/'<uuid>' (beim eigenen Server https://host/ping/'<uuid>')",
  'settings.schemaSays.kumaUrl': "erwartet wird https://kuma.example.org/api/push/'<token>'",
  'settings.schemaSays.ipv4Only': 'dieser Anbieter pflegt nur IPv4-Einträge (A): wählen Sie A',
  'settings.schemaSays.duckdnsSubName': 'nur die Subdomain, z. B. myhome für myhome.duckdns.org',
  'settings.schemaSays.zoneOrId': 'geben Sie die Zone oder ihre ID an',
  'settings.schemaSays.aaaaOnly':
    'nur ein AAAA-Eintrag wählt seine Adresse: Ein A-Eintrag enthält die beobachtete IPv4-Adresse',
  'settings.schemaSays.rangeNoPrefix': '„{text}“ hat keine Präfixlänge: schreiben Sie {one} für eine einzelne Adresse',
  'settings.schemaSays.rangeNotCidr': '„{text}“ ist kein Bereich in CIDR-Schreibweise',
  'settings.schemaSays.rangeFamily': '„{text}“ ist ein IPv{got}-Bereich, kein IPv{family}-Bereich',
  'settings.schemaSays.fromFamily': '„{text}“ ist eine IPv{got}-Adresse, keine IPv{family}-Adresse',
  'settings.schemaSays.fromNeither': '„{text}“ ist weder ein Schnittstellenname noch eine Adresse',
  'settings.schemaSays.program': 'geben Sie das auszuführende Programm mit vollständigem Pfad an',
  'settings.schemaSays.duplicateId': 'die ID {id} gibt es schon',
  'settings.schemaSays.duplicateSourceId': 'die Quellen-ID „{id}“ gibt es schon',
  'settings.schemaSays.duplicateChannelId': 'die Kanal-ID „{id}“ gibt es schon',
  'settings.schemaSays.duplicateGuild': 'den Server „{id}“ gibt es schon',
  'settings.schemaSays.duplicateBotId': 'doppelte Bot-ID "{id}"',
  'settings.schemaSays.botId':
    'eine Bot-ID besteht aus 1 bis 32 Kleinbuchstaben, Ziffern und Bindestrichen und beginnt mit einem Buchstaben oder einer Ziffer',
  'settings.schemaSays.tooManyBots': 'höchstens 10 Bots in einem IPWatch: der erste und 9 weitere',
  'settings.schemaSays.notInZone': '{name} liegt nicht in der Zone {zone}',
  'settings.schemaSays.atLeast': 'darf nicht kleiner sein als „{field}“',
  'settings.schemaSays.unknownChannelType': 'unbekannter Kanaltyp „{type}“',
  'settings.schemaSays.enterAgain':
    'Geben Sie „{secret}“ erneut ein: {destination} {holder} hat sich geändert (vorher {was}, jetzt {now})',
  'settings.schemaSays.required': 'Bitte „{what}“ angeben',
  'settings.schemaSays.pushoverKey': '„{what}“ besteht aus 30 Buchstaben und Ziffern',
  'settings.schemaSays.siteName': 'Geben Sie diesem Standort einen Namen, z. B. home oder office',
  'settings.schemaSays.atMostChars': 'höchstens {max} Zeichen',
  'settings.schemaSays.siteLevel': 'Ein Standortname ist eine Topic-Ebene: {inner}',
  'settings.schemaSays.siteBytes':
    'höchstens {max} Bytes in UTF-8 (dieser hat {bytes}): Verwenden Sie weniger nicht-lateinische Zeichen',
  'settings.schemaSays.topicPrefix': 'Geben Sie ein Topic-Präfix an, z. B. ipwatch/fleet',
  'settings.schemaSays.emptyLevel': 'Ebenen durch einzelne Schrägstriche getrennt, keine leer',
  'settings.schemaSays.prefixLevel': 'Jede Ebene ist eine Topic-Ebene: {inner}',
  'settings.schemaSays.wildcard': 'enthält / + oder #, die MQTT als Ebenen und Platzhalter liest',
  'settings.schemaSays.dollar': 'beginnt mit $, das Broker für sich selbst reservieren',
  'settings.schemaSays.topicChar': '{inner}, das MQTT 5 und der Broker in einem Topic ablehnen',
  'settings.schemaSays.controlChar': '{code} ist ein Steuerzeichen',
  'settings.schemaSays.surrogate': '{code} ist ein halbes Zeichen (ein einzelnes Surrogat)',
  'settings.schemaSays.nonCharacter': '{code} ist ein Unicode-Nichtzeichen',
  'settings.schemaSays.brokerUrl': 'Geben Sie die URL des Brokers an, z. B. mqtts://broker.example.org:8883',
  'settings.schemaSays.brokerUserinfo': 'Benutzername und Passwort gehören in ihre eigenen Felder, nicht in die URL',
  'settings.schemaSays.brokerScheme': 'erwartet wird mqtt://host:port oder mqtts://host:port (ohne Pfad)',
  'settings.schemaSays.certAndKey': 'Geben Sie das Zertifikat und seinen Schlüssel an',
  'settings.schemaSays.certTls': 'Ein Client-Zertifikat braucht TLS: Verwenden Sie eine mqtts://-URL',
  'settings.schemaSays.caTls': 'Eine CA-Datei braucht TLS: Verwenden Sie eine mqtts://-URL',
  'settings.schemaSays.noScheme': 'Die Adresse muss mit ihrem Schema und // beginnen, z. B. https://',
  'settings.schemaSays.backslash':
    'Ein Backslash ist in einer Adresse nicht erlaubt (Parser lesen ihn unterschiedlich)',
  'settings.schemaSays.spaces':
    'Leerzeichen, Tabs, Zeilenumbrüche und Steuerzeichen sind in einer Adresse nicht erlaubt',
  'settings.schemaSays.notAnAddress': 'keine gültige Adresse (prüfen Sie Host und Port)',
  'settings.schemaSays.noHost': 'Die Adresse hat keinen Host',
  'settings.schemaSays.percentHost': 'Schreiben Sie den Host ohne %-Kodierung',
  'settings.schemaSays.readOtherwise':
    'Schreiben Sie die Adresse als {address} (andere Programme könnten „{written}“ anders lesen)',
  'settings.schemaSays.hostOtherwise':
    'Schreiben Sie den Host als {host} (andere Programme könnten „{written}“ anders lesen)',
  'settings.schemaSays.userinfo': 'Benutzername und Passwort gehören in ihre eigenen Felder, nicht in die Adresse',
  'settings.schemaSays.baseQuery': 'Eine Basisadresse hat keine ?-Abfrage und kein #-Fragment',
  'settings.schemaSays.originOnly': 'nur Schema, Host und Port, z. B. {origin}',
  'settings.schemaSays.hostOnly': 'nur ein Hostname oder eine Adresse (der Port hat ein eigenes Feld)',
  'settings.schemaSays.idChars': 'Verwenden Sie Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich',
  'settings.schemaSays.cron': 'kein Cron-Muster (erwartet z. B. 0 3 * * * für täglich 03:00 Uhr)',
  'settings.schemaSays.timeZone': 'unbekannte Zeitzone (erwartet z. B. Europe/Berlin)',
  'settings.schemaSays.pathTarget': 'keine öffentliche IP-Adresse (erwartet z. B. 9.9.9.9 oder 2620:fe::fe)',
  'settings.schemaSays.botToken': 'erwartet wird ein Bot-Token wie 123456:ABC-DEF...',
  'settings.schemaSays.ntfyTopic': 'Buchstaben, Ziffern, - und _, höchstens 64',
  'settings.schemaSays.ampersand': 'Die URL enthält „&amp;“ (von einer Webseite kopiert): Schreiben Sie stattdessen &',
  'settings.schemaSays.fullPath': 'Geben Sie den vollständigen Pfad an, z. B. /usr/local/bin/on-change',
  'settings.schemaSays.pingUrl': 'Geben Sie die Ping-URL an',
  'settings.schemaSays.recordAddressMac':
    'erwartet wird stable, observed, ein IPv6-Suffix wie ::1:2:3:4 oder eine MAC wie mac:00:11:22:33:44:55, nicht „{value}“',
  'settings.schemaSays.notEmpty': 'darf nicht leer sein',
  'settings.schemaSays.atMostCharsMust': 'höchstens {max} Zeichen',
  'settings.schemaSays.webhookName': 'Discord lehnt Webhook-Namen ab, die „{bad}“ enthalten (in jeder Schreibweise)',
  'settings.schemaSays.soundName': 'ein Tonname wie pushover, siren oder none',
  'settings.schemaSays.pluginName':
    '1 bis 40 Kleinbuchstaben, Ziffern und -, beginnend mit einem Buchstaben oder einer Ziffer',
  'settings.schemaSays.appriseKey': '1 bis 64 Buchstaben, Ziffern, _ und -',
  'settings.schemaSays.appriseBoth': 'Geben Sie einen Konfigurationsschlüssel oder Apprise-URLs an, nicht beides',
  'settings.schemaSays.appriseTag':
    'Ein Tag wählt Dienste einer gespeicherten Konfiguration: Er braucht einen Konfigurationsschlüssel',
  'settings.schemaSays.phoneNumber': 'Bitte eine Telefonnummer mit Ländervorwahl angeben, z. B. +4915112345678',
  'settings.schemaSays.twilioSid': 'Bitte eine Account SID angeben: AC und 32 Buchstaben und Ziffern',
  'settings.schemaSays.twilioToken': 'Bitte ein Auth-Token angeben: 32 Buchstaben und Ziffern',
  'settings.schemaSays.twilioFrom':
    'Bitte eine Telefonnummer (+14155552671), eine Absenderkennung aus 1 bis 11 Buchstaben und Ziffern oder eine Messaging-Service-SID (MG…) angeben',
  'settings.schemaSays.matrixRoom':
    'Bitte eine Raum-ID (!abc:example.org) oder einen Raum-Alias (#home:example.org) angeben',
  'settings.schemaSays.accessToken': 'Bitte das Zugriffstoken angeben',
  'settings.schemaSays.signalRecipient':
    'Bitte eine Telefonnummer mit Ländervorwahl oder eine Gruppen-ID (group.…) angeben',
  'settings.schemaSays.signalRecipients': 'Bitte mindestens einen Empfänger angeben',
  'settings.schemaSays.signalMixed':
    'Nummern und eine Gruppe können nicht zusammen beschickt werden: Legen Sie für die Gruppe einen zweiten Kanal an',
  'settings.schemaSays.signalOneGroup': 'Eine Gruppe je Kanal: Legen Sie für jede Gruppe einen Kanal an',
  'settings.schemaSays.barkKey': 'Bitte den Geräteschlüssel angeben: 8 bis 64 Buchstaben und Ziffern',
  'settings.schemaSays.email': 'erwartet wird eine E-Mail-Adresse',
  'settings.schemaSays.topicPart': 'keine Leerzeichen, # oder + in einem Topic',
  'settings.schemaSays.headerName': 'kein gültiger Header-Name',
  'settings.schemaSays.emailTo': 'Bitte einen Empfänger angeben: eine Adresse oder eine Liste von Adressen',
  'settings.schemaSays.zoneId': 'erwartet werden die 32 Hex-Ziffern, die Cloudflare als Zone ID zeigt',
  'settings.schemaSays.dnsName': 'erwartet wird ein DNS-Name wie home.example.org',
  'settings.schemaSays.snowflake': 'erwartet wird eine Discord-ID (17 bis 20 Ziffern)',
  'settings.schemaSays.envName': 'erwartet wird der Name einer Umgebungsvariable',
  'settings.schemaSays.monitorHost':
    'erwartet wird ein Hostname oder eine Adresse, z. B. 192.168.1.10 oder home.example.org',
} as const satisfies Area<typeof source>;
