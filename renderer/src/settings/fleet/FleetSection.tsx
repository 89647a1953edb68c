/**
 * The Settings page's fleet section (issue 51): publish and watch, the site, the broker and its
 * user in view; the certificate files, the prefix, the keep-alive and forgetAfterDays folded; the broker link as the
 * status says it; and a Test that connects with the settings as shown (saved or not) and says what
 * the broker lets this runner publish and read (docs/fleet.md).
 */
import type { FleetStatus } from '../../../../shared/contract/fleet';
import { useEngine } from '../../api/engine';
import { useStatus } from '../../api/queries';
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
export function linkWords(link: FleetStatus['link'] | undefined): { text: string; ok: boolean } | null {
  if (!link || link.state === 'off') return link?.error ? { text: `Not started: ${link.error}.`, ok: false } : null;
  if (link.state === 'connecting') return { text: 'Connecting to the broker…', ok: true };
  if (link.state === 'failing')
    return { text: `Not reaching the broker: ${link.error ?? 'no reason given'}.`, ok: false };
  return link.error
    ? { text: `Connected, but: ${link.error}.`, ok: false }
    : { text: 'Connected to the broker.', ok: true };
}

export function FleetSection({ ctx }: { ctx: FormCtx }) {
  const { client } = useEngine();
  const words = linkWords(useStatus().data?.fleet?.link);
  return (
    <>
      <Fields schema={group('fleet')} path={['fleet']} ctx={ctx} skip={FLEET_FOLDED} />
      <Folded
        summary="Client certificate, the broker's CA, topic prefix, keep-alive and forgetting sites"
        leaves={FLEET_FOLDED.map((k) => ['fleet', k])}
        ctx={ctx}
      />
      {words && <p className={`small${words.ok ? '' : ' error-text'}`}>{words.text}</p>}
      {/* The fleet as shown, saved or not: a password kept as stored goes as its marker (contract/fleet.ts). */}
      <TestButton
        label="Test the broker"
        run={() => client.testFleet({ fleet: (ctx.draft as { fleet?: Record<string, unknown> }).fleet ?? {} })}
      />
    </>
  );
}
