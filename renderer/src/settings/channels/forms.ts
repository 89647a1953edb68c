/**
 * One form per channel type, in the order of the type picker: how each of its options is edited,
 * and the type's name and line in the catalogue (`editors.channelType.*`). Labels and help are the
 * options' own (shared/settings/channel-options.ts).
 */
import { channels } from '../../../../shared/i18n/catalogues/en/channels';
import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import type { ChannelType } from '../../../../shared/notify-types';
import { type ChannelForm, chatIdOf } from './spec';

const FORMS: Record<ChannelType, ChannelForm> = {
  'discord-webhook': {
    fields: [
      { path: ['url'], kind: 'secret', placeholder: 'https://discord.com/api/webhooks/123…/abc…' },
      { path: ['username'], kind: 'text', placeholder: 'IPWatch' },
      { path: ['avatarUrl'], kind: 'text', placeholder: 'https://example.org/ipwatch.png' },
    ],
    advanced: ['avatarUrl'],
  },
  telegram: {
    fields: [
      { path: ['token'], kind: 'secret', placeholder: '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11' },
      { path: ['chatId'], kind: 'text', parse: chatIdOf },
      { path: ['silent'], kind: 'checkbox' },
      { path: ['apiBase'], kind: 'text' },
    ],
    advanced: ['apiBase'],
    said: { chatId: { placeholder: 'editors.channelType.telegram.chatId' } },
  },
  slack: {
    fields: [{ path: ['url'], kind: 'secret', placeholder: 'https://hooks.slack.com/services/T000/B000/XXXX' }],
  },
  ntfy: {
    fields: [
      { path: ['topic'], kind: 'text', placeholder: 'home-ip-4f9c2a' },
      { path: ['server'], kind: 'text' },
      { path: ['token'], kind: 'secret', placeholder: 'tk_…' },
      { path: ['priority'], kind: 'select' },
    ],
    advanced: ['priority'],
    said: { priority: { unsetLabel: 'editors.channelType.priorityAuto' } },
  },
  gotify: {
    fields: [
      { path: ['url'], kind: 'text', placeholder: 'https://push.example.org' },
      { path: ['token'], kind: 'secret', placeholder: 'AbCdEf123456' },
      { path: ['priority'], kind: 'number' },
    ],
    advanced: ['priority'],
  },
  email: {
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
        shownWhen: (o) => o.secure !== true,
      },
      { path: ['rejectUnauthorized'], kind: 'checkbox' },
    ],
    advanced: ['subjectPrefix', 'requireTLS', 'rejectUnauthorized'],
    said: { requireTLS: { unsetLabel: 'editors.channelType.email.requireTls' } },
  },
  webhook: {
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
    fields: [
      {
        path: ['url'],
        kind: 'secret',
        placeholder: 'https://….logic.azure.com:443/workflows/…/triggers/manual/paths/invoke?api-version=…&sig=…',
      },
    ],
  },
  pushover: {
    fields: [
      { path: ['token'], kind: 'secret', placeholder: 'azGDORePK8gMaC0QOYAMyEEuzJnyUi' },
      { path: ['userKey'], kind: 'secret', placeholder: 'uQiRzpo4DXghDmr9QzzfQu27cmVRsG' },
      { path: ['priority'], kind: 'select' },
      { path: ['device'], kind: 'text', placeholder: 'phone,tablet' },
      { path: ['sound'], kind: 'text', placeholder: 'pushover' },
      { path: ['url'], kind: 'text', placeholder: 'http://ipwatch.lan:8080' },
      { path: ['apiBase'], kind: 'text' },
    ],
    advanced: ['device', 'sound', 'url', 'apiBase'],
    said: { priority: { unsetLabel: 'editors.channelType.priorityAuto' } },
  },
  apprise: {
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
  twilio: {
    fields: [
      { path: ['accountSid'], kind: 'text', placeholder: 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
      { path: ['authToken'], kind: 'secret' },
      { path: ['from'], kind: 'text', placeholder: '+14155552671' },
      { path: ['to'], kind: 'text', placeholder: '+4915112345678' },
      { path: ['apiBase'], kind: 'text' },
    ],
    advanced: ['apiBase'],
  },
  matrix: {
    fields: [
      { path: ['homeserver'], kind: 'text', placeholder: 'https://matrix.example.org' },
      { path: ['room'], kind: 'text', placeholder: '#home:example.org' },
      { path: ['accessToken'], kind: 'secret', placeholder: 'syt_…' },
      { path: ['notice'], kind: 'checkbox' },
    ],
    advanced: ['notice'],
  },
  signal: {
    fields: [
      { path: ['url'], kind: 'text', placeholder: 'http://signal-api.lan:8080' },
      { path: ['number'], kind: 'text', placeholder: '+4915112345678' },
      { path: ['recipients'], kind: 'list', placeholder: '+4915187654321, +4917612345678' },
    ],
  },
  bark: {
    fields: [
      { path: ['deviceKey'], kind: 'secret' },
      { path: ['server'], kind: 'text' },
      { path: ['level'], kind: 'select' },
      { path: ['group'], kind: 'text' },
    ],
    advanced: ['level', 'group'],
    said: { level: { unsetLabel: 'editors.channelType.bark.levelAuto' } },
  },
  plugin: {
    fields: [{ path: ['plugin'], kind: 'text', placeholder: 'example-channel' }],
  },
  desktop: {
    fields: [],
  },
  'discord-bot': {
    fields: [],
  },
};

const nameId = (type: ChannelType) => `editors.channelType.${type}` as const satisfies MessageId;
const blurbId = (type: ChannelType) => `editors.channelType.${type}.blurb` as const satisfies MessageId;

/** What the type is called, in the type picker and the card's title: "Desktop notification". */
export const channelTypeLabel = (type: ChannelType, words: Translator): string => words.t(nameId(type));

/** One line on what the type sends and where to get what it needs. */
export const channelTypeBlurb = (type: ChannelType, words: Translator): string => words.t(blurbId(type));

/**
 * The forms with each type's name and line in English (the catalogue's own, so they cannot drift),
 * for the callers that do not speak a language yet (ChannelsEditor.tsx, slice E1's); the editors
 * read channelTypeLabel() and channelTypeBlurb().
 */
export const CHANNEL_FORMS = Object.fromEntries(
  Object.entries<ChannelForm>(FORMS).map(([type, form]) => [
    type,
    {
      ...form,
      label: channels[nameId(type as ChannelType)],
      blurb: channels[blurbId(type as ChannelType)],
    },
  ]),
) as Record<ChannelType, ChannelForm & { label: string; blurb: string }>;
