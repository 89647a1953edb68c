/**
 * Said once per section of Settings: which of its settings apply only after a restart, by name.
 * In the desktop app, a button restarts IPWatch (the shell's restartApp: the engine stops
 * cleanly and the app opens again); in a browser, the page cannot restart the process serving it,
 * so it says how to.
 */
import { useMutation } from '@tanstack/react-query';

import { shellOf } from '../api/shell';
import { restartText } from './form-notes';

export function RestartNote({ paths }: { paths: string[] }) {
  const shell = shellOf();
  const restart = useMutation({ mutationFn: () => shell!.restartApp() });
  return (
    <div className="restart-note">
      <p>{restartText(paths)}</p>
      {shell ? (
        <p className="restart-action">
          <button type="button" className="secondary" disabled={restart.isPending} onClick={() => restart.mutate()}>
            {restart.isPending ? 'Restarting…' : 'Restart IPWatch'}
          </button>{' '}
          <span role="status" className="small">
            {restart.data?.ok === false && 'IPWatch could not restart itself: quit it from the tray and open it again.'}
            {restart.error && `Could not restart: ${restart.error.message}`}
          </span>
        </p>
      ) : (
        <p className="small muted">
          To apply a change to them, restart IPWatch where it runs: quit and open the app again, or restart the{' '}
          <code>ipwatch</code> service (<code>docker restart ipwatch</code>, or stop and start <code>ipwatch</code>).
        </p>
      )}
    </div>
  );
}
