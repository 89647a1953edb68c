/**
 * The truth table of electron/engine/ddns/state-events.ts: which changes of a record's state are
 * events, and which are worth a notice (once per change, never per attempt).
 */
import { describe, expect, it } from 'vitest';

import {
  DDNS_STATE_MEMORY_START,
  ddnsStateStep,
  type DdnsStateMemory,
  type RecordSeen,
  STATE_CLASS,
} from '../../../../electron/engine/ddns/state-events';
import { DDNS_STATES } from '../../../../shared/contract/ddns';

const seen = (state: string, more: Partial<RecordSeen> = {}): RecordSeen => ({
  id: 'home',
  name: 'home.example.org',
  type: 'A',
  provider: 'dyndns2',
  state,
  why: null,
  address: '198.51.100.7',
  ...more,
});

/** Feeds the states one look each, a minute apart; the events as "from>to" plus "!notice" when worth one. */
function run(states: (string | null)[]): string[] {
  let memory: DdnsStateMemory = DDNS_STATE_MEMORY_START;
  const out: string[] = [];
  states.forEach((state, i) => {
    const step = ddnsStateStep(memory, state === null ? [] : [seen(state, { why: `look ${i}` })], i * 60_000);
    memory = step.memory;
    for (const e of step.events) out.push(`${e.from}>${e.to}${e.notice ? `!${e.notice}` : ''}`);
  });
  return out;
}

describe('ddnsStateStep: events and notices', () => {
  it.each<[string, (string | null)[], string[]]>([
    ['a record first seen is learning, whatever its state', ['stopped'], []],
    ['first seen in step', ['in-step'], []],
    [
      'our own update after an address change: events, no notice',
      ['in-step', 'updating', 'propagating', 'in-step'],
      ['in-step>updating', 'updating>propagating', 'propagating>in-step'],
    ],
    ['the same state again (a new why): nothing', ['in-step', 'in-step', 'in-step'], []],
    [
      'a 503 run: one waiting notice, the attempts between say nothing, one recovery',
      [
        'in-step',
        'updating',
        'waiting',
        'updating',
        'waiting',
        'updating',
        'waiting',
        'updating',
        'propagating',
        'in-step',
      ],
      ['in-step>updating', 'updating>waiting!waiting', 'waiting>in-step!in-step'],
    ],
    [
      'credentials refused: stopped',
      ['in-step', 'updating', 'stopped'],
      ['in-step>updating', 'updating>stopped!stopped'],
    ],
    [
      'waiting, then stopped: each told once',
      ['updating', 'waiting', 'updating', 'stopped'],
      ['updating>waiting!waiting', 'waiting>stopped!stopped'],
    ],
    [
      'a stopped record seen at a restart, edited, back in step: only the recovery',
      ['stopped', 'updating', 'propagating', 'in-step'],
      ['stopped>in-step!in-step'],
    ],
    [
      'not in step after the deadline, then in step',
      ['in-step', 'updating', 'propagating', 'failed', 'failed', 'in-step'],
      ['in-step>updating', 'updating>propagating', 'propagating>failed!failed', 'failed>in-step!in-step'],
    ],
    [
      'failed, then its drift sent again and waiting: told as waiting',
      ['failed', 'updating', 'waiting'],
      ['failed>waiting!waiting'],
    ],
    [
      'switched off while waiting: an event, no notice; on again and in step: no recovery',
      ['waiting', 'off', 'updating', 'in-step'],
      ['waiting>off', 'off>updating', 'updating>in-step'],
    ],
    ['a state the table does not know counts as failed', ['in-step', 'broken'], ['in-step>broken!failed']],
    [
      'failed, then a state the table does not know: still the trouble told, nothing',
      ['in-step', 'failed', 'broken'],
      ['in-step>failed!failed'],
    ],
    ['removed and added again: learning again', ['waiting', null, 'in-step', 'updating'], ['in-step>updating']],
  ])('%s', (_name, states, events) => {
    expect(run(states)).toEqual(events);
  });

  it('says how long the trouble lasted on recovery, and the record, why and next attempt with each event', () => {
    let memory = DDNS_STATE_MEMORY_START;
    const look = (r: RecordSeen, at: number) => {
      const step = ddnsStateStep(memory, [r], at);
      memory = step.memory;
      return step.events;
    };
    look(seen('updating'), 0);
    const [waiting] = look(seen('waiting', { why: 'the provider has a problem (911)', nextAttemptAt: 90_000 }), 1000);
    expect(waiting).toEqual({
      type: 'ddns-state',
      at: 1000,
      record: 'home',
      name: 'home.example.org',
      recordType: 'A',
      provider: 'dyndns2',
      from: 'updating',
      to: 'waiting',
      why: 'the provider has a problem (911)',
      address: '198.51.100.7',
      notice: 'waiting',
      troubleMs: null,
      nextAttemptAt: 90_000,
    });
    look(seen('updating'), 90_000);
    const [back] = look(seen('in-step'), 241_000);
    expect(back).toMatchObject({ from: 'waiting', to: 'in-step', notice: 'in-step', troubleMs: 240_000 });
  });

  it('says how long the trouble lasted only on recovery: not when one trouble gives way to another, nor when switched off', () => {
    let memory = DDNS_STATE_MEMORY_START;
    const look = (state: string, at: number) => {
      const step = ddnsStateStep(memory, [seen(state)], at);
      memory = step.memory;
      return step.events;
    };
    look('updating', 0);
    look('waiting', 1000);
    expect(look('stopped', 5000)).toMatchObject([{ from: 'waiting', to: 'stopped', troubleMs: null }]);
    expect(look('off', 9000)).toMatchObject([{ from: 'stopped', to: 'off', notice: null, troubleMs: null }]);
  });

  it('classifies every state the contract has', () => {
    const classes = ['good', 'busy', 'off', 'waiting', 'stopped', 'failed'];
    for (const state of DDNS_STATES) expect(classes, state).toContain(STATE_CLASS[state]);
  });
});
