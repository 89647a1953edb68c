/**
 * Which changes of the dynamic DNS records' states are events, and which of those are worth a
 * notice: the records' statuses before and after a change of the keeper (runtime/ddns.ts feeds
 * every one) in, `ddns-state` events out. Pure, and generic over the state names: a state is
 * read through its class (STATE_CLASS), so a state the contract adds needs one line here.
 *
 *   class of a state | states                | what it means
 *   -----------------+-----------------------+---------------------------------------------------
 *   good             | in-step               | every server answers the address
 *   busy             | updating, propagating | on its way: an update sent or being sent, servers catching up
 *   off              | off                   | switched off by the user
 *   waiting          | waiting               | trouble that heals: tried again by itself
 *   stopped          | stopped               | trouble a person must fix (credentials refused...)
 *   failed           | failed, any other     | trouble: not in step after the deadline, no server answers
 *
 * For one record (`shown`: the state its last event showed; `told`: the trouble last noticed):
 *
 *   before       | now                        | event         | notice       | told after
 *   -------------+----------------------------+---------------+--------------+------------------
 *   (none)       | any                        | none: learning| none         | its trouble, if any
 *   shown S      | S (a new attempt, new why) | none          | none         | kept
 *   shown S      | busy, a trouble told       | none: a try   | none         | kept
 *   shown S      | busy, nothing told         | S -> busy     | none         | none
 *   shown S      | good, trouble T told       | S -> in-step  | in-step      | none (back after T)
 *   shown S      | good, nothing told         | S -> in-step  | none         | none
 *   shown S      | trouble T, T told          | none: still T | none         | T
 *   shown S      | trouble T, other or none   | S -> T        | T            | T
 *   shown S      | off                        | S -> off      | none         | none
 *   (removed)    |                            | none          | none         | forgotten
 *
 * So a run of 503s reads: in-step -> updating (event), -> waiting (event, notice), each next
 * attempt (updating, waiting again) nothing, -> propagating and -> in-step (event, notice
 * "in step again"). Our own update after an address change (in-step -> updating ->
 * propagating -> in-step) is three events and no notice. A record first seen in trouble (a
 * restart of a stopped record) was told when it stopped: only its recovery is told.
 */
import type { WireReason } from '../../../shared/contract/reason';
import type { DdnsNoticeWorth, DdnsStateEvent } from '../../../shared/types';

export type StateClass = 'good' | 'busy' | 'off' | 'waiting' | 'stopped' | 'failed';
type Trouble = Extract<StateClass, 'waiting' | 'stopped' | 'failed'>;

/** Every state of shared/contract/ddns.ts DDNS_STATES, and the ones the state model is taking on. */
export const STATE_CLASS: Readonly<Record<string, StateClass>> = {
  'in-step': 'good',
  updating: 'busy',
  propagating: 'busy',
  off: 'off',
  waiting: 'waiting',
  stopped: 'stopped',
  failed: 'failed',
};

/** A state this table does not know is not in step, and nobody said it heals: failed. */
export const stateClass = (state: string): StateClass => STATE_CLASS[state] ?? 'failed';

const isTrouble = (c: StateClass): c is Trouble => c === 'waiting' || c === 'stopped' || c === 'failed';

/** The part of a record's status (shared/contract/ddns.ts DdnsRecordStatus) the events follow. */
export interface RecordSeen {
  id: string;
  name: string;
  type: string;
  provider: string;
  state: string;
  why: string | null;
  /** `why` as a code (shared/contract/reason.ts), when it has one. */
  reason?: WireReason | undefined;
  address: string | null;
  /** While waiting to retry, when the next attempt is due (absent: the status does not say). */
  nextAttemptAt?: number | null;
  /** When the provider last accepted an update. */
  lastUpdateAt?: number | null;
}

interface Remembered {
  shown: string;
  told: Trouble | null;
  /** When the trouble told began. */
  toldAt: number | null;
}

export type DdnsStateMemory = ReadonlyMap<string, Remembered>;
export const DDNS_STATE_MEMORY_START: DdnsStateMemory = new Map();

/**
 * One look at every record's status at `at`: what to remember, and the events of the records
 * whose state changed.
 */
export function ddnsStateStep(
  memory: DdnsStateMemory,
  records: readonly RecordSeen[],
  at: number,
): { memory: DdnsStateMemory; events: DdnsStateEvent[] } {
  const next = new Map<string, Remembered>();
  const events: DdnsStateEvent[] = [];
  for (const r of records) {
    const step = recordStep(memory.get(r.id) ?? null, r, at);
    next.set(r.id, step.remembered);
    if (step.event) events.push(step.event);
  }
  return { memory: next, events };
}

type Told = Remembered;

function recordStep(was: Told | null, r: RecordSeen, at: number): { remembered: Told; event: DdnsStateEvent | null } {
  const cls = stateClass(r.state);
  if (!was) {
    const told = isTrouble(cls) ? cls : null;
    return { remembered: { shown: r.state, told, toldAt: told ? at : null }, event: null };
  }
  if (r.state === was.shown || (cls === 'busy' && was.told) || (isTrouble(cls) && was.told === cls))
    return { remembered: was, event: null };
  let notice: DdnsNoticeWorth | null = null;
  let remembered: Told = { shown: r.state, told: null, toldAt: null };
  if (cls === 'good' && was.told) notice = 'in-step';
  else if (isTrouble(cls)) {
    notice = cls;
    remembered = { shown: r.state, told: cls, toldAt: at };
  }
  const event: DdnsStateEvent = {
    type: 'ddns-state',
    at,
    record: r.id,
    name: r.name,
    recordType: r.type,
    provider: r.provider,
    from: was.shown,
    to: r.state,
    why: r.why,
    ...(r.why !== null && r.reason ? { reason: r.reason } : {}),
    address: r.address,
    notice,
    troubleMs: notice === 'in-step' && was.toldAt !== null ? at - was.toldAt : null,
    nextAttemptAt: r.nextAttemptAt ?? null,
  };
  return { remembered, event };
}
