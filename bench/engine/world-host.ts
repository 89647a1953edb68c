/** Child side of remote-world.ts: hosts local worlds (tests/helpers/world.ts), driven over IPC. */
import { startWorld, type World } from '../../tests/helpers/world';
import type { HostReply, HostRequest } from './remote-world';

const worlds = new Map<number, World>();
let nextId = 1;

function get(id: number): World {
  const w = worlds.get(id);
  if (!w) throw new Error(`no world ${id}`);
  return w;
}

async function handle(req: HostRequest): Promise<unknown> {
  switch (req.op) {
    case 'create': {
      const world = await startWorld(undefined, undefined, req.opts);
      const id = nextId++;
      worlds.set(id, world);
      return { id, sources: world.sources };
    }
    case 'setIp':
      get(req.world).setIp(req.v4, req.v6);
      return null;
    case 'requests':
      return get(req.world).requests(req.family);
    case 'reset':
      get(req.world).resetCounts();
      return null;
    case 'close':
      await Promise.all([...worlds.values()].map((w) => w.close()));
      worlds.clear();
      return null;
  }
}

const reply = (r: HostReply) => process.send?.(r);

process.on('message', (msg: HostRequest) => {
  handle(msg).then(
    (result) => reply({ id: msg.id, ok: true, result }),
    (err: unknown) => reply({ id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));
reply({ ready: true });
