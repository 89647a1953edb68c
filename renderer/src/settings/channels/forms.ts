/**
 * One form per channel type, in the order of the type picker: what the type does and how each
 * of its options is edited. Labels and help are the options' own (shared/settings/channel-options.ts).
 */
import type { ChannelType } from '../../../../shared/notify-types';
import { chatIdOf, type ChannelForm } from './spec';

export const CHANNEL_FORMS: Record<ChannelType, ChannelForm> = {
  'discord-webhook': {
    label: 'Discord webhook',
    blurb: 'Posts an embed to one Discord channel. In Discord: channel settings, Integrations, Webhooks, New Webhook.',
    fields: [
      { path: ['url'], kind: 'secret', placeholder: 'https://discord.com/api/webhooks/123…/abc…' },
      { path: ['username'], kind: 'text', placeholder: 'IPWatch' },
      { path: ['avatarUrl'], kind: 'text', placeholder: 'https://example.org/ipwatch.png' },
    ],
    advanced: ['avatarUrl'],
  },
  telegram: {
    label: 'Telegram',
    blurb: 'Sends a message from your Telegram bot to a chat, group or channel. Create the bot with @BotFather.',
    fields: [
      { path: ['token'], kind: 'secret', placeholder: '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11' },
      { path: ['chatId'], kind: 'text', placeholder: '-1001234567890 or @mychannel', parse: chatIdOf },
      { path: ['silent'], kind: 'checkbox' },
      { path: ['apiBase'], kind: 'text' },
    ],
    advanced: ['apiBase'],
  },
  slack: {
    label: 'Slack',
    blurb: 'Posts to one Slack channel through an incoming webhook (your Slack app, Incoming Webhooks).',
    fields: [{ path: ['url'], kind: 'secret', placeholder: 'https://hooks.slack.com/services/T000/B000/XXXX' }],
  },
  ntfy: {
    label: 'ntfy',
    blurb: 'Publishes to an ntfy topic; subscribe to it in the ntfy app.',
    fields: [
      { path: ['topic'], kind: 'text', placeholder: 'home-ip-4f9c2a' },
      { path: ['server'], kind: 'text' },
      { path: ['token'], kind: 'secret', placeholder: 'tk_…' },
      { path: ['priority'], kind: 'select', unsetLabel: 'Automatic (high for bad news)' },
    ],
    advanced: ['priority'],
  },
  gotify: {
    label: 'Gotify',
    blurb: 'Pushes to your Gotify server.',
    fields: [
      { path: ['url'], kind: 'text', placeholder: 'https://push.example.org' },
      { path: ['token'], kind: 'secret', placeholder: 'AbCdEf123456' },
      { path: ['priority'], kind: 'number' },
    ],
    advanced: ['priority'],
  },
  email: {
    label: 'Email (SMTP)',
    blurb: 'Sends a plain-text mail through your SMTP server.',
    fields: [
      { path: ['host'], kind: 'text', placeholder: 'smtp.example.org' },
      { path: ['secure'], kind: 'select' },
      { path: ['port'], kind: 'number' },
      { path: ['auth', 'user'], kind: 'text' },
      { path: ['auth', 'pass'], kind: 'secret' },
      { path: ['from'], kind: 'text', placeholder: 'IPWatch <ipwatch@example.org>' },
      { path: ['to'], kind: 'list', placeholder: 'me@example.org, you@example.org' },
      { path: ['subjectPrefix'], kind: 'text' },
      {
        path: ['requireTLS'],
        kind: 'select',
        unsetLabel: 'When there is a password (recommended)',
        shownWhen: (o) => o.secure !== true,
      },
      { path: ['rejectUnauthorized'], kind: 'checkbox' },
    ],
    advanced: ['subjectPrefix', 'requireTLS', 'rejectUnauthorized'],
  },
  webhook: {
    label: 'Webhook',
    blurb:
      'Sends each notice to your own URL as JSON (or your template), signed if you give a secret: ' +
      'as Standard Webhooks do (a receiver checks it with the standardwebhooks package), or as GitHub does ' +
      '(X-Hub-Signature-256). The notice, its event included, is in the signed body.',
    fields: [
      { path: ['url'], kind: 'text', placeholder: 'https://example.org/ipwatch' },
      { path: ['urlIsPublic'], kind: 'checkbox' },
      { path: ['method'], kind: 'select' },
      { path: ['headers'], kind: 'headers' },
      { path: ['secret'], kind: 'secret', placeholder: 'whsec_…' },
      { path: ['signature'], kind: 'select', shownWhen: (o) => o.secret !== undefined },
      { path: ['template'], kind: 'textarea', placeholder: '{"text": "{{title}}: {{summary}}"}' },
      { path: ['contentType'], kind: 'text' },
    ],
    advanced: ['urlIsPublic', 'headers', 'template', 'contentType'],
  },
  mqtt: {
    label: 'MQTT / Home Assistant',
    blurb:
      'Keeps the addresses and the connection state in retained topics and sends every notice as an event; ' +
      'with discovery, Home Assistant shows them as sensors of one device.',
    fields: [
      { path: ['url'], kind: 'text', placeholder: 'mqtt://broker.lan:1883' },
      { path: ['username'], kind: 'text' },
      { path: ['password'], kind: 'secret' },
      { path: ['node'], kind: 'text', placeholder: 'den' },
      { path: ['baseTopic'], kind: 'text' },
      { path: ['discovery'], kind: 'checkbox' },
      { path: ['discoveryPrefix'], kind: 'text', shownWhen: (o) => o.discovery !== false },
      { path: ['qos'], kind: 'select' },
      { path: ['clientId'], kind: 'text' },
    ],
    advanced: ['baseTopic', 'discoveryPrefix', 'qos', 'clientId'],
  },
  teams: {
    label: 'Microsoft Teams',
    blurb:
      "Posts a card to a Teams channel through a Workflows webhook. In Teams: the channel's … menu, Workflows, " +
      '"Send webhook alerts to a channel".',
    fields: [
      {
        path: ['url'],
        kind: 'secret',
        placeholder: 'https://….logic.azure.com:443/workflows/…/triggers/manual/paths/invoke?api-version=…&sig=…',
      },
    ],
  },
  pushover: {
    label: 'Pushover',
    blurb:
      'Pushes to the Pushover app. Create an application on pushover.net for its token; your user key is on the dashboard.',
    fields: [
      { path: ['token'], kind: 'secret', placeholder: 'azGDORePK8gMaC0QOYAMyEEuzJnyUi' },
      { path: ['userKey'], kind: 'secret', placeholder: 'uQiRzpo4DXghDmr9QzzfQu27cmVRsG' },
      { path: ['priority'], kind: 'select', unsetLabel: 'Automatic (high for bad news)' },
      { path: ['device'], kind: 'text', placeholder: 'phone,tablet' },
      { path: ['sound'], kind: 'text', placeholder: 'pushover' },
      { path: ['url'], kind: 'text', placeholder: 'http://ipwatch.lan:8080' },
      { path: ['apiBase'], kind: 'text' },
    ],
    advanced: ['device', 'sound', 'url', 'apiBase'],
  },
  apprise: {
    label: 'Apprise',
    blurb:
      'Sends through your Apprise API server to any service Apprise knows: a configuration saved under a key, ' +
      'or the Apprise URLs given here.',
    fields: [
      { path: ['url'], kind: 'text', placeholder: 'http://apprise.lan:8000' },
      { path: ['configKey'], kind: 'text', placeholder: 'home', shownWhen: (o) => o.appriseUrls === undefined },
      {
        path: ['appriseUrls'],
        kind: 'secret',
        placeholder: 'tgram://bottoken/ChatID, mailto://user:pass@example.org',
        shownWhen: (o) => o.configKey === undefined,
      },
      { path: ['tag'], kind: 'text', placeholder: 'devops', shownWhen: (o) => o.configKey !== undefined },
    ],
    advanced: ['tag'],
  },
  desktop: {
    label: 'Desktop notification',
    blurb:
      "A notification on this computer's desktop; a server without a desktop session switches it off and says why.",
    fields: [],
  },
  'discord-bot': {
    label: 'Discord bot',
    blurb:
      "Posts through the Discord bot to each server's channel (see Discord). It is there by itself once the bot " +
      'has a token; add it here only to switch its posts off, pick its events or mask them.',
    fields: [],
  },
};
