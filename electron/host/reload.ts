/**
 * Applies settings.json edits to the running monitor, one at a time. The outcome (applied,
 * rejected, or failed while applying) is logged, printed and written to the audit log only
 * once it is known, with the fields that applied live and those that wait for a restart.
 */
import type { Settings } from '../../shared/settings';
import { settingsChanges } from '../../shared/settings/changes';
import type { LogConfig, Logger } from '../engine/logger';
import type { Runtime } from '../engine/runtime';
import type { Redactor } from '../engine/secrets/redact';
import type { HistoryStore } from '../engine/store';
import type { RunnerLine } from './runner-lines';
import { keepPrivate, parseInForce } from './settings-file';
import { fileSource, type SettingsSource } from './settings-source';

export interface ReloadDeps {
  file: string;
  /** The files in force (settings-source.ts); the lone `file` when not given. */
  source?: SettingsSource;
  env: NodeJS.ProcessEnv;
  runtime: Pick<Runtime, 'updateSettings'>;
  store: Pick<HistoryStore, 'audit'>;
  logger: Logger;
  logConfig: LogConfig;
  print: (line: RunnerLine) => void;
  redactor: Pick<Redactor, 'text'>;
  /** Called after an edit applied, e.g. to say which channels it switched off and why. */
  afterApply?: () => void;
}

/** How one edit went: applied (with the fields), unchanged (the text in force already), or refused. */
export type ReloadOutcome = { ok: true; live: string[]; restart: string[] } | { ok: false; errors: string[] };

export interface Reloader {
  /**
   * Applies a new settings text after the edits before it; never rejects. `actor` names who
   * made the edit in the audit log (settings.json by default: someone edited the file).
   */
  reload(text: string, actor?: string): Promise<ReloadOutcome>;
  /** Resolves once no edit is being applied, so a stop does not race one. */
  settled(): Promise<void>;
}

export function createReloader(deps: ReloadDeps, initial: Settings): Reloader {
  const { logger, redactor } = deps;
  const source = deps.source ?? fileSource(deps.file);
  let current = initial;
  /** The text of the settings in force, once an edit applied: the same text again changes nothing. */
  let currentText: string | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  const audit = (actor: string, result: string, detail: string | null) => {
    try {
      deps.store.audit({ actor, action: 'settings.reload', detail, result });
    } catch (err) {
      logger.error('cannot write the audit log', { error: String(err) });
    }
  };
  const reject = (actor: string, result: 'rejected' | 'failed', errors: string[]): ReloadOutcome => {
    const safe = errors.map((e) => redactor.text(e));
    logger.error(
      result === 'rejected'
        ? 'settings edit rejected; previous settings stay in force'
        : 'settings edit failed to apply; previous settings stay in force where they could be kept',
      { errors: safe },
    );
    audit(actor, result, safe.join('; '));
    deps.print({ type: 'settings-error', at: Date.now(), errors: safe });
    return { ok: false, errors: safe };
  };

  async function apply(text: string, actor: string): Promise<ReloadOutcome> {
    if (text === currentText) return { ok: true, live: [], restart: [] };
    for (const f of [deps.file, source.profile?.file]) {
      const warning = f ? await keepPrivate(f).catch(() => null) : null;
      if (warning) logger.warn(warning);
    }
    const next = parseInForce(source, text, deps.env);
    if (!next.ok) return reject(actor, 'rejected', next.errors);
    const changes = settingsChanges(current, next.settings);
    try {
      await deps.runtime.updateSettings(next.settings);
    } catch (err) {
      return reject(actor, 'failed', [`${deps.file}: ${err instanceof Error ? err.message : String(err)}`]);
    }
    deps.logConfig.level = next.settings.log.level;
    current = next.settings;
    currentText = text;
    logger.info('settings reloaded', { live: changes.live, afterRestart: changes.restart });
    audit(actor, 'applied', describeChanges(changes));
    deps.print({ type: 'settings-applied', at: Date.now(), live: changes.live, restart: changes.restart });
    // The edit is in force by now: a failing follow-up is logged, never answered as a failed edit.
    try {
      deps.afterApply?.();
    } catch (err) {
      logger.error('settings applied; what follows them failed', { error: String(err) });
    }
    return { ok: true, live: changes.live, restart: changes.restart };
  }

  return {
    reload(text, actor = 'settings.json') {
      const outcome = chain.then(() =>
        apply(text, actor).catch((err: unknown): ReloadOutcome => {
          logger.error('settings reload failed', { error: String(err) });
          return { ok: false, errors: [String(err)] };
        }),
      );
      chain = outcome;
      return outcome;
    },
    settled: () => chain.then(() => undefined),
  };
}

const describeChanges = (c: { live: string[]; restart: string[] }): string =>
  `live: ${c.live.join(', ') || '(none)'}; after restart: ${c.restart.join(', ') || '(none)'}`;
