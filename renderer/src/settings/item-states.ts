/**
 * What a row of the Settings lists says of its item, from the engine's status: a source, a
 * notification channel, a Discord server. One word or two a person understands; the reason goes
 * in `detail` when it is in words already, an error as the engine gave it in `error` (said in
 * words, its code under Details), shown only in the item's open form. An item not saved yet is "not
 * saved yet", never red: it has not run, so nothing about it has failed. Pure.
 */
import type { BotGuildStatus } from '../../../shared/bot-types';
import type { ChannelStatus } from '../../../shared/notify-types';
import { sourceState } from '../../../shared/source-state';
import type { SourceHealth } from '../../../shared/types';
import type { Tone } from '../components/tone';

/** What a row says of its item (ItemList.tsx shows it): one word or two a person understands, and its tone. */
export interface ItemState {
  word: string;
  tone: Tone;
  /** The reason behind the word in words, shown in the open form. */
  detail?: string | null;
  /**
   * An error behind the word as the engine gave it (codes and all), shown in the open form after
   * `detail` in words, its own text under Details (ErrorText).
   */
  error?: string | null;
}

const NOT_SAVED: ItemState = { word: 'not saved yet', tone: 'neutral' };

/**
 * A custom source: the word shared/source-state.ts gives it (answering, slow, failing, resting
 * after failures, not asked yet), the same as the Sources page says; its reason only when there
 * is something to explain. `saved` says whether the engine runs it as the page shows it.
 */
export function sourceRowState(health: SourceHealth | undefined, saved: boolean): ItemState {
  if (!saved) return NOT_SAVED;
  if (!health) return { word: 'not in use', tone: 'neutral', detail: 'The engine does not ask it: see the log.' };
  const { word, tone, reason } = sourceState(health);
  if (tone !== 'warn' && tone !== 'bad') return { word, tone };
  // "slow" gives its usual answer time in words; the others the error the source last met.
  return word === 'slow' ? { word, tone, detail: reason } : { word, tone, error: reason };
}

/** A notification channel: working, retrying, failing, off... as its delivery state says. */
export function channelRowState(status: ChannelStatus | undefined, saved: boolean, enabled: boolean): ItemState {
  if (!saved) return NOT_SAVED;
  if (!enabled) return { word: 'off', tone: 'neutral' };
  if (!status) return { word: 'starting', tone: 'neutral' };
  const why = status.lastError ?? status.reason;
  switch (status.state) {
    case 'ok':
      return status.lastSentAt === null
        ? { word: 'nothing sent yet', tone: 'neutral' }
        : { word: 'working', tone: 'good' };
    case 'retrying':
      return { word: 'retrying', tone: 'warn', error: why };
    case 'failing':
      return { word: 'failing', tone: 'bad', error: why };
    case 'invalid':
      return { word: 'cannot run', tone: 'bad', detail: status.reason };
    case 'disabled':
      return { word: 'off', tone: 'neutral', detail: status.reason };
    case 'paused':
      return { word: 'paused', tone: 'neutral', detail: status.reason };
    case 'removed':
      return { word: 'removed', tone: 'neutral' };
  }
}

/** A Discord server: the bot is in it (and can post), not yet, or something stops its posts. */
export function guildRowState(status: BotGuildStatus | undefined, saved: boolean, botOn: boolean): ItemState {
  if (!saved) return NOT_SAVED;
  if (!botOn) return { word: 'bot off', tone: 'neutral' };
  if (!status?.name) return { word: 'not joined yet', tone: 'warn', detail: 'Invite the bot with the link above.' };
  if (status.problem) return { word: 'cannot post', tone: 'bad', detail: status.problem };
  return { word: 'joined', tone: 'good' };
}
