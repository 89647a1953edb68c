/**
 * What a row of the Settings lists says of its item, from the engine's status: a source, a
 * notification channel, a Discord server. One word or two a person understands; the reason goes
 * in `detail` when it is in words already, an error as the engine gave it in `error` (said in
 * words, its code under Details), shown only in the item's open form. An item not saved yet is "not
 * saved yet", never red: it has not run, so nothing about it has failed. Pure.
 */
import type { BotGuildStatus } from '../../../shared/bot-types';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import type { ChannelStatus } from '../../../shared/notify-types';
import { sourceState, sourceWordText } from '../../../shared/source-state';
import type { SourceHealth } from '../../../shared/types';
import { sayReason } from '../../../shared/words/reason';
import { isRawSourceError, sourceErrorLine } from '../../../shared/words/source-error';
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

const notSaved = (words: Translator): ItemState => ({ word: words.t('settings.state.notSaved'), tone: 'neutral' });
/** A word of the catalogue, with its tone and reasons. */
const said = (
  words: Translator,
  id: MessageId,
  tone: Tone,
  more: Omit<ItemState, 'word' | 'tone'> = {},
): ItemState => ({
  word: words.t(id),
  tone,
  ...more,
});

/**
 * A custom source: the word shared/source-state.ts gives it (answering, slow, failing, resting
 * after failures, not asked yet), the same as the Sources page says; its reason only when there
 * is something to explain. `saved` says whether the engine runs it as the page shows it.
 */
export function sourceRowState(health: SourceHealth | undefined, saved: boolean, words: Translator): ItemState {
  if (!saved) return notSaved(words);
  if (!health)
    return said(words, 'settings.state.notInUse', 'neutral', { detail: words.t('settings.state.notInUseWhy') });
  const state = sourceState(health, undefined, words);
  const { tone, reason } = state;
  const word = sourceWordText(state.word, words);
  if (tone !== 'warn' && tone !== 'bad') return { word, tone };
  // "slow" gives its usual answer time in words; the others the error the source last met (an
  // answer not taken, said from its code; a request's raw error, worded with Details).
  // The word is shared/source-state.ts's, as the Sources page says it.
  if (state.word === 'slow') return { word, tone, detail: reason };
  if (reason !== null && !isRawSourceError(state.reasonCode))
    return { word, tone, detail: sourceErrorLine(reason, state.reasonCode, words) };
  return { word, tone, error: reason };
}

/** A notification channel: working, retrying, failing, off... as its delivery state says. */
export function channelRowState(
  status: ChannelStatus | undefined,
  saved: boolean,
  enabled: boolean,
  words: Translator,
): ItemState {
  if (!saved) return notSaved(words);
  if (!enabled) return said(words, 'settings.state.off', 'neutral');
  if (!status) return said(words, 'settings.state.starting', 'neutral');
  // The last error in words when the engine gave its code (a plugin's failure), else as it gave it.
  const failed: Omit<ItemState, 'word' | 'tone'> =
    status.lastError !== null && status.lastErrorCode
      ? { detail: sayReason(status.lastErrorCode, status.lastError, words) }
      : { error: status.lastError ?? status.reason };
  // The engine's own reason (an unknown type, a repeated id) in this page's language.
  const reason = status.reason === null ? null : sayReason(status.reasonCode, status.reason, words);
  switch (status.state) {
    case 'ok':
      return status.lastSentAt === null
        ? said(words, 'settings.state.nothingSent', 'neutral')
        : said(words, 'settings.state.working', 'good');
    case 'retrying':
      return said(words, 'settings.state.retrying', 'warn', failed);
    case 'failing':
      return said(words, 'settings.state.failing', 'bad', failed);
    case 'invalid':
      return said(words, 'settings.state.cannotRun', 'bad', { detail: reason });
    case 'disabled':
      return said(words, 'settings.state.off', 'neutral', { detail: reason });
    case 'paused':
      return said(words, 'settings.state.paused', 'neutral', { detail: reason });
    case 'removed':
      return said(words, 'settings.state.removed', 'neutral');
  }
}

/** A Discord server: the bot is in it (and can post), not yet, or something stops its posts. */
export function guildRowState(
  status: BotGuildStatus | undefined,
  saved: boolean,
  botOn: boolean,
  words: Translator,
): ItemState {
  if (!saved) return notSaved(words);
  if (!botOn) return said(words, 'settings.state.botOff', 'neutral');
  if (!status?.name)
    return said(words, 'settings.state.notJoined', 'warn', { detail: words.t('settings.state.invite') });
  if (status.problem) return said(words, 'settings.state.cannotPost', 'bad', { detail: status.problem });
  return said(words, 'settings.state.joined', 'good');
}
