/**
 * Connections (issue 63): every destination IPWatch may contact for the current settings (the
 * inventory), what it contacted since it started and the names it looked up, as GET /api/v1/egress
 * answers; and whether undeclared connections are refused (egress.enforce), with the way to
 * Settings › Connections. Read again every 30 s, as the status is: no event says a connection was
 * made, and the page should not miss one for longer than a person waits. Who may see it: whoever
 * may read the status, as the API's `read` access says (guards.ts); a metrics token, which may
 * not, cannot sign in to the dashboard at all (auth-hook.ts), so the menu shows it to everyone.
 */
import { useQuery } from '@tanstack/react-query';

import type { EgressReport } from '../../../shared/contract/egress';
import { useEngine } from '../api/engine';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { settingsHash } from '../settings/section-pages';
import { ContactedTable, DeclaredTable, LookupsTable } from './ConnectionsTables';

/** As often as the status is read again (api/queries.ts statusQuery). */
export const EGRESS_REFRESH_MS = 30_000;

function useEgress() {
  const { client } = useEngine();
  return useQuery({ queryKey: ['egress'], queryFn: () => client.getEgress(), refetchInterval: EGRESS_REFRESH_MS });
}

function EnforceLine({ enforce }: { enforce: boolean }) {
  const { t } = useTranslator();
  return (
    <p className={enforce ? undefined : 'muted'} data-testid="egress-enforce">
      {t('web.connections.enforce', { enforce: String(enforce) })}{' '}
      <a href={settingsHash('egress')}>{t('web.connections.enforceLink')}</a>
    </p>
  );
}

function Report({ report }: { report: EgressReport }) {
  return (
    <>
      <EnforceLine enforce={report.enforce} />
      <DeclaredTable declared={report.declared} />
      <ContactedTable since={report.since} contacted={report.contacted} />
      <LookupsTable lookups={report.lookups} />
    </>
  );
}

export function Connections() {
  const words = useTranslator();
  const egress = useEgress();
  return (
    <>
      <header className="page-head">
        <h1>{words.t('web.page.connections')}</h1>
      </header>
      <p className="muted">{words.t('web.connections.intro')}</p>
      <QueryState query={egress} what={words.t('web.connections.what')}>
        {(report) => <Report report={report} />}
      </QueryState>
    </>
  );
}
