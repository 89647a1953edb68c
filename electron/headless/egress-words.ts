/**
 * `ipwatch egress` in words (issue 63): what may be contacted for the current settings, one line
 * each (host or role, protocol and port, purpose, the setting that turns it on, how often at
 * most), then what the running runner contacted since it started (count, last time, last result,
 * and "undeclared" where no entry matched). Pure over a Translator.
 */
import type { DeclaredDestination, EgressContact, EgressRole } from '../../shared/contract/egress';
import { formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import type { MessageId, Translator } from '../../shared/i18n/translator';
import { formatDuration } from '../../shared/words/duration';

export interface EgressView {
  enforce: boolean;
  declared: readonly DeclaredDestination[];
  /** What the runner said it contacted, or why it could not be asked. */
  contacted: { since: number; list: readonly EgressContact[] } | { notAsked: string };
}

const ROLE_WORDS: Record<Exclude<EgressRole, 'host' | 'entered'>, MessageId> = {
  gateway: 'egress.role.gateway',
  'system-dns': 'egress.role.systemDns',
  'zone-servers': 'egress.role.zoneServers',
  'local-router': 'egress.role.localRouter',
};

function where(d: DeclaredDestination, t: Translator): string {
  const host =
    d.host ?? (d.role === 'host' || d.role === 'entered' ? t.t('egress.role.entered') : t.t(ROLE_WORDS[d.role]));
  return `${host}  ${d.protocol}${d.port === null ? '' : `/${d.port}`}`;
}

function declaredLine(d: DeclaredDestination, t: Translator): string {
  const pace =
    d.everySec === null
      ? t.t('egress.cli.onEvent')
      : t.t('egress.cli.every', { interval: formatDuration(d.everySec * 1000, 2, t) });
  return `  ${where(d, t)}  ${t.t(`egress.purpose.${d.purpose}`)}  [${d.setting}]  ${pace}`;
}

function contactLine(c: EgressContact, t: Translator, language: Language, timeZone: string): string {
  const times = t.t('egress.cli.times', {
    count: c.count,
    at: formatDateTime(c.lastAt, language, timeZone),
    result: t.t(`egress.result.${c.lastResult}`) + (c.lastError ? ` (${c.lastError})` : ''),
  });
  const mark = c.declared.length === 0 ? `  (${t.t('egress.cli.undeclaredMark')})` : '';
  return `  ${c.host}  ${c.protocol}/${c.port}  ${times}${mark}`;
}

/** The lines `ipwatch egress` prints. */
export function egressLines(view: EgressView, t: Translator, language: Language, timeZone: string): string[] {
  const lines = [t.t('egress.cli.enforce', { enforce: String(view.enforce) })];
  lines.push(t.t('egress.cli.declared', { count: view.declared.length }));
  lines.push(...view.declared.map((d) => declaredLine(d, t)));
  if ('notAsked' in view.contacted) {
    lines.push(t.t('egress.cli.notAsked', { reason: view.contacted.notAsked }));
    return lines;
  }
  const { since, list } = view.contacted;
  lines.push(t.t('egress.cli.contacted', { since: formatDateTime(since, language, timeZone), count: list.length }));
  if (list.length === 0) lines.push(`  ${t.t('egress.cli.none')}`);
  lines.push(...list.map((c) => contactLine(c, t, language, timeZone)));
  return lines;
}
