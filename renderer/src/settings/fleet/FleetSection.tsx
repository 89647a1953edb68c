/**
 * The Settings page's fleet section (issue 51): publish and watch, the site, the broker and its
 * user in view; the certificate files, the prefix, the keep-alive and forgetAfterDays folded; the broker link as the
 * status says it; and a Test that connects with the settings as shown (saved or not) and says what
 * the broker lets this runner publish and read (docs/fleet.md).
 */
import type { FleetStatus } from '../../../../shared/contract/fleet';
import type { Translator } from '../../../../shared/i18n/translator';
import { sayReason } from '../../../../shared/words/reason';
import { useEngine } from '../../api/engine';
import { useStatus } from '../../api/queries';
import { useTranslator } from '../../i18n/I18n';
import { Fields, Folded, group } from '../field-groups';
import type { FormCtx } from '../fields';
import { TestButton } from '../watcher/WatcherSections';

export const FLEET_FOLDED = [
  'clientCertFile',
  'clientKeyFile',
  'caFile',
  'topicPrefix',
  'keepAliveSec',
  'forgetAfterDays',
];

/** The broker link in one line, or null while the fleet is off. */
export function linkWords(
  link: FleetStatus['link'] | undefined,
  words: Translator,
): { text: string; ok: boolean } | null {
  // The engine's code in the page's language; its English `error` from an engine before codes.
  const said = !link || link.error === null ? null : sayReason(link.reason, link.error, words);
  if (!link || link.state === 'off')
    return said ? { text: words.t('settings.fleet.notStarted', { error: said }), ok: false } : null;
  if (link.state === 'connecting') return { text: words.t('settings.fleet.connecting'), ok: true };
  if (link.state === 'failing') {
    const error = said ?? words.t('settings.fleet.noReason');
    return { text: words.t('settings.fleet.failing', { error }), ok: false };
  }
  return said !== null
    ? { text: words.t('settings.fleet.connectedBut', { error: said }), ok: false }
    : { text: words.t('settings.fleet.connected'), ok: true };
}

export function FleetSection({ ctx }: { ctx: FormCtx }) {
  const { client } = useEngine();
  const t = useTranslator();
  const words = linkWords(useStatus().data?.fleet?.link, t);
  return (
    <>
      <Fields schema={group('fleet')} path={['fleet']} ctx={ctx} skip={FLEET_FOLDED} />
      <Folded summary={t.t('settings.fold.fleet')} leaves={FLEET_FOLDED.map((k) => ['fleet', k])} ctx={ctx} />
      {words && <p className={`small${words.ok ? '' : ' error-text'}`}>{words.text}</p>}
      {/* The fleet as shown, saved or not: a password kept as stored goes as its marker (contract/fleet.ts). */}
      <TestButton
        label={t.t('settings.fleet.test')}
        run={() => client.testFleet({ fleet: (ctx.draft as { fleet?: Record<string, unknown> }).fleet ?? {} })}
      />
    </>
  );
}
