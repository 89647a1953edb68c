/**
 * The Settings page's speed test section: on or off and the schedule in view; the server, the
 * family, the limits and the metered rule folded; and what the system says of metering now.
 */
import { sayReason } from '../../../../shared/words/reason';
import { useStatus } from '../../api/queries';
import { useTranslator } from '../../i18n/I18n';
import { Fields, Folded, group } from '../field-groups';
import type { FormCtx } from '../fields';

export const SPEED_FOLDED = ['server', 'family', 'maxMegabytes', 'maxSeconds', 'skipMetered'];

export function SpeedSection({ ctx }: { ctx: FormCtx }) {
  const metered = useStatus().data?.speedTest?.metered;
  const words = useTranslator();
  return (
    <>
      <Fields schema={group('speedTest')} path={['speedTest']} ctx={ctx} skip={SPEED_FOLDED} />
      <Folded summary={words.t('settings.fold.speed')} leaves={SPEED_FOLDED.map((k) => ['speedTest', k])} ctx={ctx} />
      <p className="muted small">
        {words.t('settings.speed.moves')}
        {metered &&
          words.t('settings.speed.metered', {
            state: metered.state,
            detail: sayReason(metered.reason, metered.detail, words),
          })}
      </p>
    </>
  );
}
