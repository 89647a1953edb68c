/** The path in words (shared/words/path.ts), as the page, the bot's /path and `ipwatch path` say it: its table. */
import { describe, expect, it } from 'vitest';

import type { PathRecord, PathRunAnswer } from '../../../shared/contract/path';
import { english, translator } from '../../../shared/i18n/translators';
import { pathRefusedText, pathReport } from '../../../shared/words/path';

const last: PathRecord = {
  id: 1,
  at: 1_790_000_000_000,
  trigger: 'change',
  tool: 'tracepath',
  target: '9.9.9.9',
  reached: true,
  hops: [
    { ttl: 1, address: '79.192.0.1', rttMs: 0.1, asn: 3320 },
    { ttl: 2, address: null, rttMs: null, asn: null },
    { ttl: 3, address: '9.9.9.9', rttMs: 0.2, asn: 19281 },
  ],
  diff: { kind: 'same', hops: 3 },
  said: [],
};
const when = (at: number) => `@${at}`;
const refused = (why: Extract<PathRunAnswer, { ran: false }>['why'], said = ''): PathRunAnswer => ({
  ran: false,
  why,
  said,
});

describe('pathReport', () => {
  it.each<[string, Parameters<typeof pathReport>[0], string[], boolean]>([
    ['off, none kept', { enabled: false, last: null }, ['Path tracing is off (Settings: path.enabled).'], false],
    [
      'off, one kept: said, and the last shown',
      { enabled: false, last },
      ['Path tracing is off (Settings: path.enabled).'],
      true,
    ],
    [
      'off, asked to trace: said once',
      { enabled: false, last: null, run: refused('off') },
      ['Path tracing is off (Settings: path.enabled).'],
      false,
    ],
    [
      'on, none yet',
      { enabled: true, last: null },
      ['No path traced yet: one is traced at the next confirmed address change, or when asked.'],
      false,
    ],
    ['on, the last', { enabled: true, last }, [], true],
    ['on, traced now', { enabled: true, last: null, run: { ran: true, path: last } }, [], true],
    ['no tool: why, then the last', { enabled: true, last, run: refused('no-tool') }, [english.t('path.noTool')], true],
  ])('%s', (_name, input, notes, shown) => {
    const r = pathReport(input, english, when);
    expect(r.notes).toEqual(notes);
    expect(r.path !== null).toBe(shown);
  });

  it('lays a path out: when and how, whether it reached, its hops, what changed; addresses as shown', () => {
    const r = pathReport({ enabled: true, last }, english, when, (ip) => `[${ip}]`);
    expect(r.path).toEqual({
      heading: '@1790000000000, after a change, with tracepath',
      reached: '9.9.9.9 answered after 3 hops',
      hops: '[79.192.0.1] (AS3320) → no reply → [9.9.9.9] (AS19281)',
      changed: ['Same path as before (3 hops)'],
    });
    const lost = pathReport({ enabled: true, last: { ...last, reached: false } }, english, when);
    expect(lost.path?.reached).toBe('9.9.9.9 did not answer within 3 hops');
  });
});

describe('pathRefusedText', () => {
  it('says why in the reader’s language, a failed trace’s own detail kept', () => {
    const failed = {
      ...refused('failed', english.t('path.failed', { why: 'tracepath exited (code 2)' })),
      detail: 'tracepath exited (code 2)',
    };
    expect(pathRefusedText(failed as never, english)).toBe('The path could not be traced: tracepath exited (code 2)');
    const de = translator('de');
    expect(pathRefusedText(failed as never, de)).toBe(de.t('path.failed', { why: 'tracepath exited (code 2)' }));
    expect(pathRefusedText(refused('off') as never, de)).toBe(de.t('path.off'));
    expect(pathRefusedText(refused('busy', 'busy now') as never, de)).toBe('busy now');
  });
});
