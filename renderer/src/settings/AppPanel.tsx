/**
 * What only the desktop app has: start at login, the keychain vault (names and "set", never a
 * value; without a keyring, the advice to use env or file references), the log file and a
 * downloaded update. The Settings page shows it when the shell's operations are there.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { ShellClient } from '../../../shared/contract/bridge';
import { sayReason } from '../../../shared/words/reason';
import { useAppPrefs, useShellAnswers, useVault } from '../api/shell';
import { ColumnHeads } from '../components/ColumnHeads';
import { useTranslator } from '../i18n/I18n';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function Vault({ shell }: { shell: ShellClient }) {
  const vault = useVault(shell);
  const answers = useShellAnswers();
  const clear = useMutation({ mutationFn: (name: string) => shell.clearSecret({ name }), onSuccess: answers.secrets });
  const t = useIntl().formatMessage;
  const words = useTranslator();
  const v = vault.data;
  if (vault.error)
    return <p role="alert">{t({ id: 'settings.app.keychainUnreadable' }, { error: message(vault.error) })}</p>;
  if (!v) return <p className="state loading">{t({ id: 'settings.app.keychainLoading' })}</p>;
  return (
    <>
      <p>{t({ id: 'settings.app.keychainSays' }, { backend: v.backend })}</p>
      {v.weak && (
        <p role="alert" className="warning">
          {sayReason(v.adviceReason, v.advice ?? '', words)}
        </p>
      )}
      {v.secrets.length === 0 ? (
        <p>{t({ id: 'settings.app.noSecrets' })}</p>
      ) : (
        <table aria-label={t({ id: 'settings.app.storedSecrets' })}>
          <ColumnHeads columns={[t({ id: 'settings.app.secret' }), t({ id: 'settings.app.referencedAs' })]} actions />
          <tbody>
            {v.secrets.map((s) => (
              <tr key={s.name}>
                <td>{t({ id: 'settings.app.secretSet' }, { name: s.name })}</td>
                <td className="mono">{JSON.stringify(s.reference)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={clear.isPending}
                    onClick={() => clear.mutate(s.name)}
                  >
                    {t({ id: 'settings.app.removeSecret' }, { name: s.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clear.error && <p role="alert">{t({ id: 'settings.app.notRemoved' }, { error: message(clear.error) })}</p>}
    </>
  );
}

export function AppPanel({ shell }: { shell: ShellClient }) {
  const prefs = useAppPrefs(shell);
  const answers = useShellAnswers();
  const [note, setNote] = useState<string | null>(null);
  const t = useIntl().formatMessage;
  const cannotOpen = (error: string) => t({ id: 'settings.app.cannotOpen' }, { error });
  const login = useMutation({
    mutationFn: (enabled: boolean) => shell.setStartAtLogin({ enabled }),
    onSuccess: answers.prefs,
  });
  const p = prefs.data;
  if (!p) return <p className="state loading">{t({ id: 'settings.app.loading' })}</p>;
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={p.startAtLogin}
          disabled={login.isPending}
          onChange={(e) => login.mutate(e.target.checked)}
        />{' '}
        {t({ id: 'settings.app.startAtLogin' })}
      </label>
      {login.error && <p role="alert">{t({ id: 'settings.app.notChanged' }, { error: message(login.error) })}</p>}
      <h3>{t({ id: 'settings.app.keychain' })}</h3>
      <Vault shell={shell} />
      <h3>{t({ id: 'settings.app.logFile' })}</h3>
      <p className="mono">{p.logFile}</p>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void shell.openLogFolder().then(
            (r) => setNote(r.ok ? null : cannotOpen(r.error ?? t({ id: 'settings.app.unknownReason' }))),
            (err: unknown) => setNote(cannotOpen(message(err))),
          )
        }
      >
        {t({ id: 'settings.app.openLogs' })}
      </button>
      {note && <p role="alert">{note}</p>}
      {p.updateReady && (
        <p>
          {t({ id: 'settings.app.updateReady' }, { version: p.updateReady })}{' '}
          <button type="button" onClick={() => void shell.restartToUpdate()}>
            {t({ id: 'settings.app.restartToUpdate' })}
          </button>
        </p>
      )}
    </>
  );
}
