/**
 * Settings, Web dashboard and API: the browsers signed in to this dashboard (issue 50), for an
 * admin, one row each (who, role, how, from where, last seen; "this browser" for the page's own)
 * with Revoke. Revoking one's own session asks first, then this page signs out. A viewer gets one
 * line saying only an admin sees sign-ins, and the list is not asked for (the API would refuse it).
 * The app's own window gets the engine's sentence that no browser signs in to the app.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { BrowserSession } from '../../../../shared/contract/sessions';
import { VIEWERS_CANNOT_SEE_SIGN_INS } from '../../../../shared/words/roles';
import { useEngine } from '../../api/engine';
import { useWhoAmI } from '../../api/who-am-i';
import { ColumnHeads } from '../../components/ColumnHeads';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { TableWrap } from '../../components/TableWrap';
import { useNow } from '../../use-now';
import { REVOKE_OWN_CONFIRM, sessionWords } from './session-words';

const HEADING = 'signed-in-browsers';

export function SignedInBrowsers() {
  const { http } = useEngine();
  const who = useWhoAmI(http);
  const viewer = who !== null && who.role !== 'admin';
  return (
    <section className="signed-in-browsers" aria-labelledby={HEADING}>
      <h3 id={HEADING}>Signed-in browsers</h3>
      {viewer ? <p className="muted small">{VIEWERS_CANNOT_SEE_SIGN_INS}</p> : <SessionList />}
    </section>
  );
}

function SessionList() {
  const { client, http } = useEngine();
  const queries = useQueryClient();
  const now = useNow(10_000);
  const list = useQuery({ queryKey: ['sessions'], queryFn: () => client.listSessions() });
  const revoke = useMutation({
    mutationFn: (sid: string) => client.revokeSession({ sid }),
    onSuccess: (r) => (r.own ? void http?.signOut() : queries.invalidateQueries({ queryKey: ['sessions'] })),
  });
  const ask = (s: BrowserSession) => {
    if (s.current && !window.confirm(REVOKE_OWN_CONFIRM)) return;
    revoke.mutate(s.sid);
  };
  return (
    <QueryState
      query={list}
      what="the signed-in browsers"
      isEmpty={(d) => d.sessions.length === 0}
      empty={<p>{list.data?.unavailable ?? 'No browser is signed in.'}</p>}
    >
      {(d) => (
        <>
          {/* Stacked on a narrow window (a row a block, each cell labelled), so Revoke stays in view at 360 px. */}
          <TableWrap label="Signed-in browsers, scrollable" stack>
            <table aria-label="Signed-in browsers">
              <ColumnHeads columns={['Who', 'Role', 'Signed in with', 'From', 'Last seen']} actions />
              <tbody>
                {d.sessions.map((s) => {
                  const w = sessionWords(s, now);
                  return (
                    <tr key={s.sid} data-testid={`session-${s.sid}`}>
                      <th scope="row">{w.who}</th>
                      <td data-label="Role">{w.role}</td>
                      <td data-label="Signed in with">{w.how}</td>
                      <td data-label="From">{w.where}</td>
                      <td data-label="Last seen">{w.lastSeen}</td>
                      <td>
                        <button type="button" className="secondary" disabled={revoke.isPending} onClick={() => ask(s)}>
                          Revoke<span className="sr-only"> {w.who}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          <p aria-live="polite" className="small">
            {revoke.data && !revoke.data.own && revoke.data.message}
            {revoke.error && (
              <>
                Not revoked: <ErrorText raw={revoke.error.message} />
              </>
            )}
          </p>
        </>
      )}
    </QueryState>
  );
}
