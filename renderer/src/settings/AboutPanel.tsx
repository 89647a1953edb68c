/**
 * Settings' About page: the version running (the app's own in the desktop app; in a browser,
 * the one the engine gives on /healthz), the licence of IPWatch, and the data IPWatch ships for
 * the network identity with the credit its licences ask for (DataCredits, also under Network
 * identity, where those databases are set up).
 */
import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';

import type { ShellClient } from '../../../shared/contract/bridge';
import { DataCredits } from './DataCredits';

/** The engine's version from its liveness answer, or null when it cannot be read. */
async function engineVersion(): Promise<string | null> {
  const res = await fetch('/healthz', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!res.ok) return null;
  const body = (await res.json()) as { version?: unknown };
  return typeof body.version === 'string' ? body.version : null;
}

function Version({ shell }: { shell: ShellClient | null }) {
  const app = shell ? (window.ipwatch?.version ?? null) : null;
  const engine = useQuery({
    queryKey: ['about-version'],
    queryFn: engineVersion,
    enabled: !shell,
    staleTime: Infinity,
  });
  const t = useIntl().formatMessage;
  const version = shell ? app : engine.data;
  const words = version
    ? t({ id: 'settings.about.version' }, { version })
    : t({ id: engine.isPending && !shell ? 'settings.about.reading' : 'settings.about.unknown' });
  return <p className="about-version">{words}</p>;
}

export function AboutPanel({ shell }: { shell: ShellClient | null }) {
  const t = useIntl().formatMessage;
  return (
    <div className="about">
      <Version shell={shell} />
      <p>{t({ id: 'settings.about.licence' })}</p>
      <h3>{t({ id: 'settings.about.data' })}</h3>
      <DataCredits />
    </div>
  );
}
