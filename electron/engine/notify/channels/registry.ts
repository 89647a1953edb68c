/**
 * Every channel type, one file each, behind one registry. A channel type exists when it is
 * listed here; the settings' CHANNEL_TYPES and this record must name the same set.
 */
import type { ChannelType } from '../../../../shared/notify-types';
import { apprise } from './apprise';
import { bark } from './bark';
import type { ChannelProvider } from './define';
import { desktop } from './desktop';
import { discord } from './discord';
import { discordBot } from './discord-bot';
import { email } from './email';
import { gotify } from './gotify';
import { matrix } from './matrix';
import { mqtt } from './mqtt';
import { ntfy } from './ntfy';
import { plugin } from './plugin';
import { pushover } from './pushover';
import { signal } from './signal';
import { slack } from './slack';
import { teams } from './teams';
import { telegram } from './telegram';
import { twilio } from './twilio';
import { webhook } from './webhook';

export const CHANNELS = {
  desktop,
  'discord-webhook': discord,
  'discord-bot': discordBot,
  slack,
  telegram,
  ntfy,
  gotify,
  webhook,
  email,
  mqtt,
  teams,
  pushover,
  apprise,
  twilio,
  matrix,
  signal,
  bark,
  plugin,
} satisfies Record<ChannelType, ChannelProvider>;

export function channelProvider(type: string): ChannelProvider | null {
  return Object.hasOwn(CHANNELS, type) ? CHANNELS[type as ChannelType] : null;
}
