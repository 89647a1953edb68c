/**
 * The process guard's decisions in this process, beside the two real-process runs of
 * process-guard.test.ts: what it does before and after it is armed, when reporting itself fails
 * or throws again, and that dispose leaves the process as it found it. The process is a plain
 * EventEmitter with a `stderr.write`: the two events and the one method guardProcess uses of
 * NodeJS.Process (Node's docs, process events 'unhandledRejection' and 'uncaughtException').
 * Emitting them on this worker's own process would hand them to vitest's handlers.
 */
import { EventEmitter } from 'node:events';

import { describe, expect, it } from 'vitest';

import { fatalLine, guardProcess } from '../../../electron/host/process-guard';

function fakeProcess() {
  const written: string[] = [];
  const proc = Object.assign(new EventEmitter(), { stderr: { write: (t: string) => written.push(t) } });
  return { proc: proc as unknown as NodeJS.Process, emitter: proc, written };
}

describe('guardProcess', () => {
  it('before it is armed, hands a rejection and an exception to onFatal', () => {
    const { proc, emitter } = fakeProcess();
    const fatal: unknown[] = [];
    const guard = guardProcess({ onFatal: (e) => fatal.push(e), proc });
    emitter.emit('unhandledRejection', 'settings unreadable');
    emitter.emit('uncaughtException', new Error('lock taken'));
    expect(fatal).toEqual(['settings unreadable', new Error('lock taken')]);
    guard.dispose();
  });

  it('once armed, reports each error and never calls onFatal', () => {
    const { proc, emitter, written } = fakeProcess();
    const fatal: unknown[] = [];
    const reported: unknown[] = [];
    const guard = guardProcess({ onFatal: (e) => fatal.push(e), proc });
    guard.arm((e) => reported.push(e));
    emitter.emit('unhandledRejection', new Error('ddns keeper busy'));
    emitter.emit('uncaughtException', new RangeError('Maximum call stack size exceeded'));
    expect(reported.map(String)).toEqual(['Error: ddns keeper busy', 'RangeError: Maximum call stack size exceeded']);
    expect(fatal).toEqual([]);
    expect(written).toEqual([]);
    guard.dispose();
  });

  it('says in words on stderr when reporting fails, and goes on reporting the next one', () => {
    const { proc, emitter, written } = fakeProcess();
    const reported: unknown[] = [];
    const guard = guardProcess({ onFatal: () => undefined, proc });
    guard.arm((e) => {
      if (e === 'first') throw new Error('log sink closed');
      reported.push(e);
    });
    emitter.emit('unhandledRejection', 'first');
    emitter.emit('unhandledRejection', 'second');
    expect(written).toEqual(['ipwatch: internal error (first); reporting it failed: Error: log sink closed\n']);
    expect(reported).toEqual(['second']);
    guard.dispose();
  });

  it('writes an error raised while reporting to stderr once, never reporting it again (no loop)', () => {
    const written: string[] = [];
    const { proc, emitter } = fakeProcess();
    const reported: unknown[] = [];
    const guard = guardProcess({ onFatal: () => undefined, proc, stderr: (t) => written.push(t) });
    guard.arm((e) => {
      reported.push(e);
      // The sink's own failure surfaces as another uncaught error while this report runs.
      if (e === 'outer') emitter.emit('uncaughtException', new Error('sink threw'));
    });
    emitter.emit('unhandledRejection', 'outer');
    expect(reported).toEqual(['outer']);
    expect(written).toEqual(['ipwatch: an error while reporting an internal error: Error: sink threw\n']);
    guard.dispose();
  });

  it('dispose removes both listeners and only its own', () => {
    const { proc, emitter } = fakeProcess();
    const other = () => undefined;
    emitter.on('uncaughtException', other);
    const guard = guardProcess({ onFatal: () => undefined, proc });
    expect(emitter.listenerCount('unhandledRejection')).toBe(1);
    expect(emitter.listenerCount('uncaughtException')).toBe(2);
    guard.dispose();
    expect(emitter.listenerCount('unhandledRejection')).toBe(0);
    expect(emitter.listeners('uncaughtException')).toEqual([other]);
  });
});

describe('fatalLine', () => {
  it.each<[string, unknown, string]>([
    ['an error with a message', new Error('the settings could not be read'), 'the settings could not be read'],
    ['an error without a message names its kind', new TypeError(''), 'TypeError'],
    ['a bare string', 'EACCES on the data folder', 'EACCES on the data folder'],
    ['anything else, as text', 42, '42'],
  ])('%s', (_name, err, words) => {
    expect(fatalLine(err)).toBe(`ipwatch: internal error before monitoring started: ${words}`);
  });
});
