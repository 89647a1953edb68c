/** German: the settings' words from shared/settings/channel-options.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsChannelOptions as source } from '../en/settings-fields-channel-options';

export const settingsFieldsChannelOptions = {
  'setting.label.webhook-url-42dade': 'Webhook-URL',
  'setting.help.the-url-discord-shows-c707fb':
    'Die URL, die Discord mit „Webhook-URL kopieren“ anzeigt. Ihr Ende ist geheim: Wer es kennt, kann posten.',
  'setting.label.display-name-4e167b': 'Anzeigename',
  'setting.help.shown-instead-of-the-798d9c':
    'Erscheint statt des Webhook-Namens; Discord lehnt Namen mit „discord“ oder „clyde“ ab.',
  'setting.label.avatar-url-f776bd': 'Avatar-URL',
  'setting.help.an-image-shown-instead-ec5d45': 'Ein Bild, das statt des Webhook-Avatars erscheint.',
  'setting.label.bot-d9cb85': 'Bot',
  'setting.help.which-bot-posts-main-104054':
    'Welcher Bot postet: main (der erste) oder die ID eines der weiteren Bots; leer: der erste.',
  'setting.help.the-incoming-webhook-url-6b5871':
    'Die URL des eingehenden Webhooks. Ihr letzter Teil ist geheim: Wer ihn kennt, kann posten.',
  'setting.help.botfather-gives-it-when-399519':
    '@BotFather nennt es beim Anlegen des Bots (/newbot) oder erneut mit /token.',
  'setting.label.chat-id-e6f407': 'Chat-ID',
  'setting.help.a-user-s-or-17ea16':
    "Die ID eines Benutzers oder einer Gruppe (die einer Gruppe beginnt mit -100) oder der @Name eines öffentlichen Kanals. Schicken Sie dem Bot eine Nachricht und öffnen Sie dann https://api.telegram.org/bot'<'token>/getUpdates, um sie zu finden.",
  'setting.label.bot-api-server-9c6ee3': 'Bot-API-Server',
  'setting.help.telegram-itself-unless-you-0a2a04':
    'Telegram selbst, sofern Sie keinen lokalen Bot-API-Server betreiben.',
  'setting.label.send-silently-049c61': 'Lautlos senden',
  'setting.help.the-message-arrives-without-d9b4f2': 'Die Nachricht kommt ohne Ton an.',
  'setting.label.topic-68501b': 'Topic',
  'setting.help.letters-digits-and-anyone-b5d722':
    'Buchstaben, Ziffern, - und _. Wer ein Topic auf ntfy.sh kennt, kann es lesen: Wählen Sie eines, das niemand errät.',
  'setting.label.server-url-74398d': 'Server-URL',
  'setting.help.ntfy-sh-or-your-bb6b2a': 'ntfy.sh oder Ihr eigener Server.',
  'setting.help.only-for-a-protected-b417e7':
    'Nur für ein geschütztes Topic (ntfy-Kontoeinstellungen, Zugriffstokens).',
  'setting.help.how-insistently-the-ntfy-6d51c1':
    'Wie nachdrücklich die ntfy-App alarmiert; standardmäßig hoch bei schlechten Nachrichten, sonst normal.',
  'setting.choice.1-min-64e8e6': '1 (minimal)',
  'setting.choice.2-low-dd0a76': '2 (niedrig)',
  'setting.choice.3-default-b575fc': '3 (normal)',
  'setting.choice.4-high-068d8e': '4 (hoch)',
  'setting.choice.5-urgent-c78935': '5 (dringend)',
  'setting.help.the-address-you-open-0e6e35': 'Die Adresse, unter der Sie Gotify öffnen.',
  'setting.help.in-gotify-apps-create-93526b':
    'In Gotify: Apps, Create Application, dann deren Token (nicht das eines Clients).',
  'setting.help.0-to-10-the-6a0a94': '0 bis 10; die Gotify-App spielt ab 4 einen Ton und zeigt ab 8 ein Pop-up.',
  'setting.label.url-756963': 'URL',
  'setting.help.where-each-notice-is-36b3b0':
    'Wohin jede Benachrichtigung geht. Ein Token in der Abfrage (?token=…) wird geheim gehalten.',
  'setting.label.the-url-holds-no-2d650c': 'Die URL enthält kein Geheimnis',
  'setting.help.off-viewers-and-the-446d65':
    "Aus: Betrachter und das Protokoll sehen nur Schema und Host (https://host/…), da ein Pfad wie /api/webhook/'<'id> von Home Assistant ein Passwort ist. An: Sie sehen sie ganz.",
  'setting.label.method-98a2c7': 'Methode',
  'setting.help.the-http-method-of-ac06d4': 'Die HTTP-Methode jeder Anfrage.',
  'setting.label.headers-334f59': 'Header',
  'setting.help.sent-with-every-request-207012':
    'Mit jeder Anfrage gesendet, z. B. Authorization. Ihre Werte werden geheim gehalten.',
  'setting.label.signing-secret-e2e103': 'Signaturschlüssel',
  'setting.help.signs-every-request-standard-74e49a':
    'Signiert jede Anfrage. Standard Webhooks verlangt whsec_ und Base64: „Erzeugen“ (in den Einstellungen) erstellt eines, ebenso „ipwatch webhook-secret“.',
  'setting.label.signature-c04905': 'Signatur',
  'setting.help.how-a-secret-signs-13e029': 'Wie ein Geheimnis jede Anfrage signiert.',
  'setting.choice.standard-webhooks-webhook-signature-b80e51': 'Standard Webhooks (webhook-signature)',
  'setting.choice.github-style-x-hub-d212b3': 'Wie GitHub (X-Hub-Signature-256)',
  'setting.label.body-template-f561a1': 'Vorlage für den Inhalt',
  'setting.help.empty-the-json-payload-f994e3':
    "Leer: die JSON-Nutzdaten. Platzhalter: '{{'event'}}', '{{'title'}}', '{{'summary'}}', '{{'text'}}', '{{'time'}}', '{{'from'}}', '{{'to'}}' …",
  'setting.label.content-type-15676e': 'Inhaltstyp',
  'setting.help.placeholders-are-escaped-for-5e531a':
    'Platzhalter werden dafür maskiert: JSON-maskiert für JSON, URL-kodiert für ein Formular.',
  'setting.label.smtp-server-1fa226': 'SMTP-Server',
  'setting.help.your-provider-names-it-f65545': 'Ihr Anbieter nennt ihn mit Port und Verschlüsselung.',
  'setting.label.security-c2fe21': 'Verschlüsselung',
  'setting.help.how-the-connection-is-acfe94': 'Wie die Verbindung verschlüsselt wird.',
  'setting.choice.starttls-usually-port-587-9aa299': 'STARTTLS (meist Port 587)',
  'setting.choice.tls-from-the-start-fa430a': 'TLS von Anfang an (meist Port 465)',
  'setting.label.port-e2c53c': 'Port',
  'setting.help.587-for-starttls-465-299748': '587 für STARTTLS, 465 für TLS.',
  'setting.label.username-1c08d4': 'Benutzername',
  'setting.help.with-a-password-or-fe4d15': 'Mit einem Passwort, oder beide leer für ein Relay ohne Anmeldung.',
  'setting.label.password-2cc308': 'Passwort',
  'setting.help.often-an-app-password-9d79b2': 'Oft ein App-Passwort statt Ihres eigenen.',
  'setting.help.the-sender-e-g-c0464f': "Der Absender, z. B. IPWatch '<'ipwatch@example.org>.",
  'setting.help.one-address-or-several-7164a8': 'Eine Adresse oder mehrere, durch Kommas getrennt.',
  'setting.label.subject-prefix-4daa86': 'Betreff-Präfix',
  'setting.help.put-before-every-subject-0730fe': 'Steht vor jedem Betreff.',
  'setting.label.require-starttls-4bf761': 'STARTTLS verlangen',
  'setting.help.without-it-a-password-97c5f0':
    'Ohne diese Option könnte ein Passwort unverschlüsselt an einen Server ohne STARTTLS gehen.',
  'setting.choice.always-ad4bbd': 'Immer',
  'setting.choice.never-the-password-may-ad8db3': 'Nie (das Passwort kann unverschlüsselt gehen)',
  'setting.label.check-the-server-s-6bf963': 'Zertifikat des Servers prüfen',
  'setting.help.turn-off-only-for-75544a': 'Nur für einen Server mit selbst signiertem Zertifikat abschalten.',
  'setting.label.broker-url-999a67': 'Broker-URL',
  'setting.help.mqtt-mqtts-tls-ws-d75a5c':
    'mqtt://, mqtts:// (TLS), ws:// oder wss://; Benutzer und Passwort haben eigene Felder.',
  'setting.help.empty-for-a-broker-9d0051': 'Leer für einen Broker ohne Anmeldung.',
  'setting.help.the-broker-user-s-4a2c25': 'Das Passwort des Broker-Benutzers.',
  'setting.label.node-name-c427b5': 'Knotenname',
  'setting.help.names-this-machine-in-fc5d59':
    "Benennt diesen Rechner in den Topics ('<'base topic>/'<'node>/ipv4); leer: der Hostname.",
  'setting.label.base-topic-ad8b05': 'Basis-Topic',
  'setting.help.every-topic-starts-with-9b1c6b': 'Jedes Topic beginnt damit.',
  'setting.label.home-assistant-discovery-4f3975': 'Home Assistant Discovery',
  'setting.help.announce-the-addresses-as-2bc158': 'Die Adressen als Sensoren eines Home-Assistant-Geräts ankündigen.',
  'setting.label.discovery-prefix-bf96ea': 'Discovery-Präfix',
  'setting.help.home-assistant-s-mqtt-5f5f4b': 'Das MQTT-Discovery-Präfix von Home Assistant.',
  'setting.label.quality-of-service-cacf6f': 'Quality of Service',
  'setting.help.what-the-broker-promises-3ec3da': 'Was der Broker für jede Nachricht zusichert.',
  'setting.choice.0-at-most-once-19f050': '0: höchstens einmal',
  'setting.choice.1-at-least-once-c1af3b': '1: mindestens einmal',
  'setting.choice.2-exactly-once-014d71': '2: genau einmal',
  'setting.label.client-id-96a121': 'Client-ID',
  'setting.help.empty-one-made-from-dd5351':
    'Leer: eine aus dem Knotennamen gebildete (höchstens 23 Zeichen, wie MQTT 3.1.1 zusichert).',
  'setting.label.plugin-038fdf': 'Plugin',
  'setting.help.the-name-of-a-5bdfac':
    'Der Name eines Kanal-Plugins im Plugin-Ordner, wie sein Manifest ihn nennt (docs/plugins.md).',
} satisfies Area<typeof source>;
