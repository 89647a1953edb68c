/**
 * What only the desktop app has: start at login, the keychain vault (names and "set", never a
 * value; without a keyring, the advice to use env or file references), the log file and a
 * downloaded update. The Settings page shows it when the shell's operations are there.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import type { ShellClient } from '../../../shared/contract/bridge';
import { useAppPrefs, useShellAnswers, useVault } from '../api/shell';
import { ColumnHeads } from '../components/ColumnHeads';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function Vault({ shell }: { shell: ShellClient }) {
  const vault = useVault(shell);
  const answers = useShellAnswers();
  const clear = useMutation({ mutationFn: (name: string) => shell.clearSecret({ name }), onSuccess: answers.secrets });
  const v = vault.data;
  if (vault.error) return <p role="alert">Cannot read the keychain: {message(vault.error)}</p>;
  if (!v) return <p className="state loading">Loading the keychain…</p>;
  return (
    <>
      <p>
        Secrets you type into the settings are encrypted with the system keychain ({v.backend}); settings.json only
        names them.
      </p>
      {v.weak && (
        <p role="alert" className="warning">
          {v.advice}
        </p>
      )}
      {v.secrets.length === 0 ? (
        <p>No secrets stored.</p>
      ) : (
        <table aria-label="Stored secrets">
          <ColumnHeads columns={['Secret', 'Referenced as']} actions />
          <tbody>
            {v.secrets.map((s) => (
              <tr key={s.name}>
                <td>{s.name} (set)</td>
                <td className="mono">{JSON.stringify(s.reference)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={clear.isPending}
                    onClick={() => clear.mutate(s.name)}
                  >
                    Remove {s.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clear.error && <p role="alert">Not removed: {message(clear.error)}</p>}
    </>
  );
}

export function AppPanel({ shell }: { shell: ShellClient }) {
  const prefs = useAppPrefs(shell);
  const answers = useShellAnswers();
  const [note, setNote] = useState<string | null>(null);
  const login = useMutation({
    mutationFn: (enabled: boolean) => shell.setStartAtLogin({ enabled }),
    onSuccess: answers.prefs,
  });
  const p = prefs.data;
  if (!p) return <p className="state loading">Loading…</p>;
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={p.startAtLogin}
          disabled={login.isPending}
          onChange={(e) => login.mutate(e.target.checked)}
        />{' '}
        Start IPWatch when I log in
      </label>
      {login.error && <p role="alert">Not changed: {message(login.error)}</p>}
      <h3>Keychain</h3>
      <Vault shell={shell} />
      <h3>Log file</h3>
      <p className="mono">{p.logFile}</p>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void shell.openLogFolder().then(
            (r) => setNote(r.ok ? null : `Cannot open the folder: ${r.error ?? 'unknown reason'}`),
            (err: unknown) => setNote(`Cannot open the folder: ${message(err)}`),
          )
        }
      >
        Open the log folder
      </button>
      {note && <p role="alert">{note}</p>}
      {p.updateReady && (
        <p>
          IPWatch {p.updateReady} is downloaded.{' '}
          <button type="button" onClick={() => void shell.restartToUpdate()}>
            Restart to update
          </button>
        </p>
      )}
    </>
  );
}
