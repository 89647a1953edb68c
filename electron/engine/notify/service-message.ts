/**
 * A service monitor's notice in words (message.ts renders the rest). The monitor is named, never
 * its target, so no address reaches a channel whatever its mask.
 */
import { formatDuration } from '../../../shared/words/duration';
import type { Message, ServiceNotice } from './types';

export function serviceBody(n: ServiceNotice): Pick<Message, 'title' | 'summary' | 'fields' | 'tone'> {
  const fields = [{ name: 'Monitor', value: n.name }];
  if (n.kind === 'service-down') {
    const when = n.afterChange ? ' after the address change' : '';
    if (n.why) fields.push({ name: 'Why', value: n.why });
    return {
      title: `${n.name} is down${when}`,
      summary: `${n.name} stopped answering${when}${n.why ? `: ${n.why}` : '.'}`,
      fields,
      tone: 'bad',
    };
  }
  if (n.downForMs !== null) fields.push({ name: 'Was down for', value: formatDuration(n.downForMs) });
  return {
    title: `${n.name} is back up`,
    summary: `${n.name} answers again${n.downForMs !== null ? ` after ${formatDuration(n.downForMs)} down` : ''}.`,
    fields,
    tone: 'good',
  };
}
