/**
 * The Settings page's speed test section: on or off and the schedule in view; the server, the
 * family, the limits and the metered rule folded; and what the system says of metering now.
 */
import { useStatus } from '../../api/queries';
import { Fields, Folded, group } from '../field-groups';
import type { FormCtx } from '../fields';

export const SPEED_FOLDED = ['server', 'family', 'maxMegabytes', 'maxSeconds', 'skipMetered'];

export function SpeedSection({ ctx }: { ctx: FormCtx }) {
  const metered = useStatus().data?.speedTest?.metered;
  return (
    <>
      <Fields schema={group('speedTest')} path={['speedTest']} ctx={ctx} skip={SPEED_FOLDED} />
      <Folded
        summary="Server, address family, data and time per test, metered connections"
        leaves={SPEED_FOLDED.map((k) => ['speedTest', k])}
        ctx={ctx}
      />
      <p className="muted small">
        Each test moves up to the data limit to Cloudflare (or the server set) and back.
        {metered &&
          ` Last asked, the connection was ${metered.state === 'unknown' ? 'of unknown cost' : metered.state}: ${metered.detail}.`}
      </p>
    </>
  );
}
