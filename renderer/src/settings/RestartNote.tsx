/**
 * Said once per section of Settings: which of its settings apply only after a restart, by name.
 * In the desktop app, a button restarts IPWatch (the shell's restartApp: the engine stops
 * cleanly and the app opens again); in a browser, the page cannot restart the process serving it,
 * so it says how to.
 */
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import { apiErrorWords } from '../api/api-error-words';
import { shellOf } from '../api/shell';
import { useTranslator } from '../i18n/I18n';
import { restartText } from './form-notes';

const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

export function RestartNote({ paths }: { paths: string[] }) {
  const shell = shellOf();
  const restart = useMutation({ mutationFn: () => shell!.restartApp() });
  const words = useTranslator();
  const t = useIntl().formatMessage;
  return (
    <div className="restart-note">
      <p>{restartText(paths, words)}</p>
      {shell ? (
        <p className="restart-action">
          <button type="button" className="secondary" disabled={restart.isPending} onClick={() => restart.mutate()}>
            {t({ id: restart.isPending ? 'settings.restart.restarting' : 'settings.restart.restart' })}
          </button>{' '}
          <span role="status" className="small">
            {restart.data?.ok === false && t({ id: 'settings.restart.refused' })}
            {restart.error && t({ id: 'settings.restart.failed' }, { error: apiErrorWords(restart.error, words) })}
          </span>
        </p>
      ) : (
        <p className="small muted">
          <FormattedMessage id="settings.restart.how" values={{ code }} />
        </p>
      )}
    </div>
  );
}
