/**
 * Audit details an engine before reasons-14 wrote as English sentences around values, read back
 * into their values and said in the reader's language (issue 62), as a settings reload's detail
 * is (audit-words.ts): a sign-out everywhere's count (discord-sign-in/routes.ts), a revoked
 * session's whose and a revoke refused (session-admin.ts), a restore's and an import's file
 * (service-files.ts), a channel's options written (electron/host/settings-write.ts), a settings
 * file upgraded (electron/host/settings-upgrade.ts) and a token made, rotated or revoked
 * (electron/engine/api/tokens/tokens.ts). The engine
 * now keeps these as codes (`reason.audit.*`, reasons-14) but a refused revoke, so this reads rows
 * stored before, and a refused revoke's. A detail in none of these shapes (an error's text) is
 * shown as stored. Each English equals the detail it reads (tests/renderer/audit-details.test.ts). Pure.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { errorInWords } from '../../../shared/words/error';
import { noBrowserSessions, noSuchSession } from '../../../shared/words/sessions';

type Reader = (detail: string, words: Translator) => string | null;

/** "upload" is what the engine names a file sent without a name. */
const file = (name: string) => ({ upload: name === 'upload' ? 'yes' : 'no', name });

const READERS: Record<string, { result: string; read: Reader }> = {
  'session.sign-out-everywhere': {
    result: 'ok',
    read: (d, words) => {
      const m = /^(\d+) sessions ended$/.exec(d);
      return m && words.t('reason.audit.signedOutEverywhere', { count: Number(m[1]) });
    },
  },
  'session.revoke': {
    result: 'ok',
    read: (d, words) => {
      const m = /^(.+) \((admin|viewer|metrics), (Discord|token), (\S+)\)(: their own session)?$/.exec(d);
      if (!m) return null;
      const via = m[3] === 'Discord' ? 'discord' : 'token';
      const own = m[5] ? 'yes' : 'no';
      return words.t('reason.audit.revoked', { name: m[1]!, role: m[2]!, via, sid: m[4]!, own });
    },
  },
  'history.restore': {
    result: 'applied',
    read: (d, words) => {
      const m = /^(.*); previous kept as (.*)$/.exec(d);
      return m && words.t('reason.audit.restored', { ...file(m[1]!), kept: m[2]! });
    },
  },
  'history.import': {
    result: 'applied',
    read: (d, words) => {
      const m = /^(.*) \(([^()]+)\): (\d+) runs added$/.exec(d);
      return m && words.t('reason.audit.imported', { ...file(m[1]!), format: m[2]!, count: Number(m[3]) });
    },
  },
  // The engine's own English of these two (shared/words/sessions.ts), said in the reader's language.
  revokeSession: {
    result: 'refused',
    read: (d, words) => {
      if (d.startsWith('No browser can sign in to the desktop app:')) return noBrowserSessions(words);
      const m = /^no signed-in browser has the id (\S+): it has already ended \(signed out, revoked or expired\)$/.exec(
        d,
      );
      return m && noSuchSession(m[1]!, words);
    },
  },
  // Before issue 75 an upgrade's row held only its English (electron/host/settings-upgrade.ts).
  'settings.upgrade': {
    result: 'applied',
    read: (d, words) => {
      const m = /^settings\.json upgraded from version (\d+) to (\d+); the old file is kept as (.+)$/.exec(d);
      return m && words.t('reason.audit.settingsUpgraded', { from: Number(m[1]), to: Number(m[2]), copy: m[3]! });
    },
  },
  // Before issue 75 a token's row held only its English (electron/engine/api/tokens/tokens.ts tokenReason).
  ...Object.fromEntries(
    ['token.create', 'token.rotate', 'token.revoke'].map((action) => [
      action,
      {
        result: 'applied',
        read: (d: string, words: Translator) => {
          const m = /^(.+) \((admin|viewer|metrics), (\S+)\)$/.exec(d);
          return m && words.t('reason.audit.token', { name: m[1]!, role: m[2]!, id: m[3]! });
        },
      },
    ]),
  ),
  'settings.write': {
    result: 'applied',
    read: (d, words) => (d.startsWith('set ') ? words.t('reason.audit.channelSet', { keys: d.slice(4) }) : null),
  },
};

/** The row's detail in `words`' language when it is one of the shapes above; else null. */
export function detailRead(action: string, result: string, detail: string, words: Translator): string | null {
  const reader = READERS[action];
  return reader && reader.result === result ? reader.read(detail, words) : null;
}

/**
 * A bot row's result other than a plain one (electron/engine/bot/interactions.ts), in `words`'
 * language: an unknown command or button, a rate limit's wait, an option refused (its error as
 * the member read it) and a failure (a Node error's text in words); else null. Messages `audit.bot.*`.
 */
export function botResultRead(result: string, words: Translator): string | null {
  if (result === 'unknown command') return words.t('audit.bot.unknownCommand');
  if (result === 'unknown button') return words.t('audit.bot.unknownButton');
  const limited = /^rate limited \((\d+) s\)$/.exec(result);
  if (limited) return words.t('audit.bot.rateLimited', { seconds: Number(limited[1]) });
  if (result.startsWith('invalid: ')) return words.t('audit.bot.invalid', { error: result.slice('invalid: '.length) });
  if (result.startsWith('error: ')) {
    // A Node error's text in words; a reader whose words say the row as stored (English) keeps
    // the stored bytes, the API's, which errorInWords would rewrite ("boom" is "Boom.").
    const raw = result.slice('error: '.length);
    if (words.t('audit.bot.error', { error: raw }) === result) return result;
    return words.t('audit.bot.error', { error: errorInWords(raw, words) });
  }
  return null;
}
