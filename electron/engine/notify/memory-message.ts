/**
 * The memory notice in words (message.ts renders the rest): the figures, the bound and where it
 * came from (shared/words/memory.ts, as the dashboard's chart says it), and what grew most since
 * IPWatch started or since the last memory notice, and in the app its other processes' memory. No
 * address: nothing to mask.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import { bytesText } from '../../../shared/process-memory';
import { appProcessesText, memoryBoundText, memoryPartText } from '../../../shared/words/memory';
import type { MemoryNotice, Message } from './types';

export function memoryBody(
  n: MemoryNotice,
  w: Translator = english,
): Pick<Message, 'title' | 'summary' | 'fields' | 'tone'> {
  const size = (b: number) => bytesText(b, w.language);
  const bound = memoryBoundText({ bytes: n.boundBytes, source: n.boundSource, fromBytes: n.boundFromBytes }, w);
  const grew =
    n.grew !== null && n.grewBytes !== null
      ? w.t('notice.memory.grew', { part: memoryPartText(n.grew, w), grew: size(n.grewBytes), since: n.since })
      : w.t('notice.memory.grewNone', { since: n.since });
  const field = (name: Parameters<Translator['t']>[0], value: string) => ({ name: w.t(name), value });
  return {
    title: w.t('notice.memory.title'),
    summary: `${w.t('notice.memory.summary', { rss: size(n.rssBytes), bound: size(n.boundBytes) })} ${grew}`,
    fields: [
      field('notice.field.rss', size(n.rssBytes)),
      field('notice.field.bound', bound),
      field(
        'notice.field.heap',
        w.t('notice.memory.heapOf', { used: size(n.heapUsedBytes), total: size(n.heapTotalBytes) }),
      ),
      field('notice.field.native', size(n.nativeBytes)),
      field('notice.field.wasm', size(n.wasmBytes)),
      // Where Electron tells of the app's other processes; headless there are none, and no field.
      ...(n.app ? [field('notice.field.app', appProcessesText(n.app, w))] : []),
      field('notice.field.grewMost', grew),
    ],
    tone: 'warn',
  };
}
