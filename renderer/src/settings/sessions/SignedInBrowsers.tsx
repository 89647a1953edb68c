/**
 * Settings, Web dashboard and API: the browsers signed in to this dashboard (issue 50), for an
 * admin, one row each (who, role, how, which browser on which system, from where, last seen; "this browser" for the page's own)
 * with Revoke. Revoking one's own session asks first, then this page signs out. A viewer gets one
 * line saying only an admin sees sign-ins, and the list is not asked for (the API would refuse it).
 * The app's own window gets the engine's sentence that no browser signs in to the app, said in the
 * page's language: the engine's English (the API is sent no language) is read back to its message.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';

import type { BrowserSession } from '../../../../shared/contract/sessions';
import type { Catalogue } from '../../../../shared/i18n/catalogues/en';
import { signIn } from '../../../../shared/i18n/catalogues/en/sign-in';
import { createTranslator, type MessageId, type Translator } from '../../../../shared/i18n/translator';
import { viewersCannotSeeSignIns } from '../../../../shared/words/roles';
import { noBrowserSessions, revokedSession } from '../../../../shared/words/sessions';
import { apiErrorWords } from '../../api/api-error-words';
import { useEngine } from '../../api/engine';
import { useWhoAmI } from '../../api/who-am-i';
import { ColumnHeads } from '../../components/ColumnHeads';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { TableWrap } from '../../components/TableWrap';
import { useTranslator } from '../../i18n/I18n';
import { useNow } from '../../use-now';
import { sessionWords } from './session-words';

const HEADING = 'signed-in-browsers';
const COLUMNS: MessageId[] = [
  'settings.sessions.who',
  'settings.sessions.role',
  'settings.sessions.how',
  'settings.sessions.browser',
  'settings.sessions.from',
  'settings.sessions.lastSeen',
];

// Only the sessions' ids are asked of it: the engine's English, to read its answer back.
const engineEnglish = createTranslator('en', signIn as Partial<Catalogue> as Catalogue);

/** Why the list is empty, in the page's language when it is the engine's known reason; else as the engine said it. */
const unavailableWords = (said: string, words: Translator): string =>
  said === noBrowserSessions(engineEnglish) ? noBrowserSessions(words) : said;

export function SignedInBrowsers() {
  const { http } = useEngine();
  const who = useWhoAmI(http);
  const viewer = who !== null && who.role !== 'admin';
  const words = useTranslator();
  const t = useIntl().formatMessage;
  return (
    <section className="signed-in-browsers" aria-labelledby={HEADING}>
      <h3 id={HEADING}>{t({ id: 'settings.sessions.title' })}</h3>
      {viewer ? <p className="muted small">{viewersCannotSeeSignIns(words)}</p> : <SessionList />}
    </section>
  );
}

function SessionList() {
  const { client, http } = useEngine();
  const queries = useQueryClient();
  const now = useNow(10_000);
  const words = useTranslator();
  const t = (id: MessageId) => words.t(id);
  const list = useQuery({ queryKey: ['sessions'], queryFn: () => client.listSessions() });
  const revoke = useMutation({
    mutationFn: (sid: string) => client.revokeSession({ sid }),
    onSuccess: (r) => (r.own ? void http?.signOut() : queries.invalidateQueries({ queryKey: ['sessions'] })),
  });
  const ask = (s: BrowserSession) => {
    if (s.current && !window.confirm(t('settings.sessions.revokeOwn'))) return;
    revoke.mutate(s.sid);
  };
  return (
    <QueryState
      query={list}
      what={t('settings.sessions.what')}
      isEmpty={(d) => d.sessions.length === 0}
      empty={
        <p>{list.data?.unavailable ? unavailableWords(list.data.unavailable, words) : t('settings.sessions.none')}</p>
      }
    >
      {(d) => (
        <>
          {/* Stacked on a narrow window (a row a block, each cell labelled), so Revoke stays in view at 360 px. */}
          <TableWrap label={t('settings.sessions.scroll')} stack>
            <table aria-label={t('settings.sessions.title')}>
              <ColumnHeads columns={COLUMNS.map(t)} actions />
              <tbody>
                {d.sessions.map((s) => {
                  const w = sessionWords(s, now, words);
                  return (
                    <tr key={s.sid} data-testid={`session-${s.sid}`} data-current={s.current || undefined}>
                      <th scope="row">{w.who}</th>
                      <td data-label={t('settings.sessions.role')}>{w.role}</td>
                      <td data-label={t('settings.sessions.how')}>{w.how}</td>
                      <td data-label={t('settings.sessions.browser')}>{w.browser}</td>
                      <td data-label={t('settings.sessions.from')}>{w.where}</td>
                      <td data-label={t('settings.sessions.lastSeen')}>{w.lastSeen}</td>
                      <td>
                        <button type="button" className="secondary" disabled={revoke.isPending} onClick={() => ask(s)}>
                          {t('settings.sessions.revoke')}
                          <span className="sr-only"> {w.who}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          <p aria-live="polite" className="small">
            {revoke.data && !revoke.data.own && revokedSession(revoke.data.revoked.name, words)}
            {revoke.error && (
              <>
                {t('settings.sessions.notRevoked')} <ErrorText raw={apiErrorWords(revoke.error, words)} />
              </>
            )}
          </p>
        </>
      )}
    </QueryState>
  );
}
