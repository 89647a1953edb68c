/**
 * First-run wizard: what is monitored, desktop notifications (with a test), an optional
 * Discord bot token (kept in the OS keychain by the app, never shown again), an optional host
 * name kept pointing here (dynamic DNS records, saved to the engine's settings like the Settings
 * page saves them) and start at login. The rest goes through the shell's operations
 * (`window.ipwatch.shell`).
 */
import { useEffect, useState } from 'react';

import type { ShellClient } from '../../../shared/contract/bridge';
import type { AppPrefs, SecretsStatus } from '../../../shared/contract/shell';
import { sayReason } from '../../../shared/words/reason';
import { useTranslator } from '../i18n/I18n';
import { AppDdns, useAppDdns } from './AppDdns';
import { type FirstRunForm, firstRunInput, initialFirstRunForm } from './first-run-form';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The desktop notification's test: what it said, in words, and the call that sends one. */
function useDesktopTest(shell: ShellClient) {
  const [said, setSaid] = useState<string | null>(null);
  const { t } = useTranslator();
  async function send() {
    setSaid(t('web.firstRun.sending'));
    try {
      const r = await shell.testDesktopNotification();
      setSaid(
        r.ok
          ? t('web.firstRun.sent')
          : t('web.firstRun.notShown', { reason: r.error ?? t('web.firstRun.unknownReason') }),
      );
    } catch (err) {
      setSaid(t('web.firstRun.notShown', { reason: message(err) }));
    }
  }
  return { said, send };
}

export function FirstRun({ shell, onDone }: { shell: ShellClient; onDone: (prefs: AppPrefs) => void }) {
  const [form, setForm] = useState<FirstRunForm>(initialFirstRunForm);
  const [keyring, setKeyring] = useState<SecretsStatus | null>(null);
  const { said: test, send: sendTest } = useDesktopTest(shell);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const ddns = useAppDdns();
  const words = useTranslator();
  const { t } = words;

  useEffect(() => {
    shell.getSecrets().then(setKeyring, (err: unknown) => setErrors([message(err)]));
  }, [shell]);

  const set = <K extends keyof FirstRunForm>(key: K, value: FirstRunForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const check = (key: 'ipv4' | 'ipv6' | 'desktopNotifications' | 'startAtLogin', label: string) => (
    <label>
      <input type="checkbox" checked={form[key]} onChange={(e) => set(key, e.target.checked)} /> {label}
    </label>
  );

  async function finish() {
    const r = firstRunInput(form, words);
    if (!r.ok) return setErrors(r.errors);
    if (ddns.problems().length) return setErrors(ddns.problems());
    setBusy(true);
    try {
      // The records first: if the engine refuses them, nothing else has changed yet.
      const refused = await ddns.save();
      if (refused.length) return setErrors(refused);
      onDone(await shell.completeFirstRun(r.input));
    } catch (err) {
      setErrors([message(err)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      aria-label={t('web.firstRun.welcome')}
      onSubmit={(e) => {
        e.preventDefault();
        void finish();
      }}
    >
      <h1>{t('web.firstRun.welcome')}</h1>
      <fieldset>
        <legend>{t('web.firstRun.step.watch')}</legend>
        {check('ipv4', t('web.firstRun.familyAddress', { family: 4 }))}
        {check('ipv6', t('web.firstRun.familyAddress', { family: 6 }))}
      </fieldset>
      <fieldset>
        <legend>{t('web.firstRun.step.notify')}</legend>
        {check('desktopNotifications', t('web.firstRun.desktop'))}
        <button type="button" onClick={() => void sendTest()} disabled={!form.desktopNotifications}>
          {t('web.firstRun.sendTest')}
        </button>
        {test && <p role="status">{test}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('web.firstRun.discordOptional')}</legend>
        {keyring?.weak ? (
          <p role="note">{sayReason(keyring.adviceReason, keyring.advice ?? '', words)}</p>
        ) : (
          <label>
            {t('web.firstRun.botToken')}{' '}
            <input
              type="password"
              autoComplete="off"
              value={form.discordBotToken}
              onChange={(e) => set('discordBotToken', e.target.value)}
            />
          </label>
        )}
      </fieldset>
      <AppDdns {...ddns.props} />
      {check('startAtLogin', t('web.firstRun.startAtLogin'))}
      {errors.length > 0 && (
        <ul role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={busy}>
        {t('web.firstRun.start')}
      </button>
    </form>
  );
}
