/** Says so when the engine cannot be reached; goes away by itself once it answers again. */
import { useConnectionState } from '../api/engine';

export function ConnectionBanner() {
  const state = useConnectionState();
  if (state !== 'disconnected') return null;
  return (
    <div className="banner" role="alert">
      Disconnected from the engine. Reconnecting…
    </div>
  );
}
