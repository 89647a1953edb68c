/**
 * How the dashboard words the way the monitor learns of a network change (the status's
 * `interfaces`): from the OS at once, or by polling, and then why. Pure.
 */
import type { InterfaceWatchStatus } from '../../../shared/types';

export function networkWatchText(i: InterfaceWatchStatus): string {
  switch (i.watch) {
    case 'netlink':
      return 'seen at once (Linux netlink events)';
    case 'route-socket':
      return 'seen at once (macOS routing socket)';
    case 'poll':
      return i.reason ? `polled, since ${i.reason}` : 'polled (no event source on this system)';
    case 'off':
      return 'not watched: only the regular checks see them';
  }
}
