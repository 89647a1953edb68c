/**
 * The engine bench's local internet, run in a child process (world-host.ts) so the fakes'
 * CPU and event-loop time never count as the engine's. Each create() starts one
 * tests/helpers/world.ts world there; setIp/requests/resetCounts go over IPC.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import type { CustomSource } from '../../shared/settings';
import type { WorldOptions } from '../../tests/helpers/world';

export type HostCall =
  | { op: 'create'; opts?: WorldOptions }
  | { op: 'setIp'; world: number; v4: string; v6: string }
  | { op: 'requests'; world: number; family?: 4 | 6 }
  | { op: 'reset'; world: number }
  | { op: 'close' };
export type HostRequest = HostCall & { id: number };
export type HostReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string } | { ready: true };

export interface RemoteWorld {
  sources: CustomSource[];
  /** Resolves once every fake of both families answers the new addresses. */
  setIp(v4: string, v6: string): Promise<void>;
  /** Requests served since the last resetCounts(), counted at the fakes. */
  requests(family?: 4 | 6): Promise<number>;
  resetCounts(): Promise<void>;
}

export interface WorldHost {
  create(opts?: WorldOptions): Promise<RemoteWorld>;
  close(): Promise<void>;
}

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function startWorldHost(): Promise<WorldHost> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./world-host.ts', import.meta.url)), [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let seq = 0;
  let exited = false;
  const ready = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`world host exited early (${code})`)));
    child.on('message', (msg: HostReply) => {
      if ('ready' in msg) return resolve();
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(`world host: ${msg.error}`));
    });
  });
  child.on('exit', () => {
    exited = true;
    for (const p of pending.values()) p.reject(new Error('world host exited'));
    pending.clear();
  });
  await ready;

  const call = <T>(c: HostCall): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error('world host exited'));
      const id = ++seq;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...c, id } satisfies HostRequest);
    });

  return {
    async create(opts) {
      const { id, sources } = await call<{ id: number; sources: CustomSource[] }>({ op: 'create', opts });
      return {
        sources,
        setIp: (v4, v6) => call<void>({ op: 'setIp', world: id, v4, v6 }),
        requests: (family) => call<number>({ op: 'requests', world: id, family }),
        resetCounts: () => call<void>({ op: 'reset', world: id }),
      };
    },
    async close() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await call({ op: 'close' }).catch(() => undefined);
      child.disconnect();
      await gone;
    },
  };
}
