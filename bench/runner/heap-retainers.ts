/**
 * The objects of a later heap snapshot that were allocated after an earlier one was taken (their
 * id is above every id the earlier one holds: V8 numbers objects in order within one profiler
 * session) and are still alive, grouped by what holds them: the nearest object that was already
 * there, and the path of edges from it (its first four steps). What a leak adds shows as one
 * group that grows with time; what a workload allocates and lets go does not show at all. Only
 * odd ids count: V8 numbers its heap objects in steps of 2 from an odd start, while the nodes
 * of node's own (embedder) graph get even ids made from their address, in no order. Pure.
 */
import { groupOf, type HeapSnapshotJson } from './heap-summary';

export interface FullSnapshotJson extends HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[]; edge_fields: string[]; edge_types: unknown[] } };
  edges: number[];
}

export interface NewObjectGroup {
  /** "<holder's group> .edge.edge" */
  heldBy: string;
  count: number;
  selfBytes: number;
}

export function maxNodeId(snap: HeapSnapshotJson): number {
  const fields = snap.snapshot.meta.node_fields;
  const stride = fields.length;
  const idAt = fields.indexOf('id');
  let max = 0;
  for (let i = idAt; i < snap.nodes.length; i += stride)
    if (snap.nodes[i]! % 2 === 1) max = Math.max(max, snap.nodes[i]!);
  return max;
}

export function newObjectsByHolder(snap: FullSnapshotJson, aboveId: number, pathSteps = 4): NewObjectGroup[] {
  const { node_fields: nf, edge_fields: ef, node_types, edge_types } = snap.snapshot.meta;
  const [ns, es] = [nf.length, ef.length];
  const [typeAt, nameAt, idAt, sizeAt, countAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
    nf.indexOf(f),
  ) as [number, number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const types = node_types[0] as string[];
  const etypes = edge_types[0] as string[];
  const n = snap.nodes.length / ns;
  // One retainer per node (the first strong edge found from an old node, else from any node).
  const holder = new Int32Array(n).fill(-1);
  const via: string[] = new Array<string>(n);
  const isNew = (i: number) => snap.nodes[i * ns + idAt]! > aboveId && snap.nodes[i * ns + idAt]! % 2 === 1;
  for (let i = 0, e = 0; i < n; i++) {
    const end = e + snap.nodes[i * ns + countAt]! * es;
    for (; e < end; e += es) {
      const t = etypes[snap.edges[e + eType]!];
      if (t === 'weak' || t === 'shortcut') continue;
      const to = snap.edges[e + eTo]! / ns;
      if (holder[to] !== -1 && (!isNew(holder[to]!) || isNew(i))) continue;
      holder[to] = i;
      via[to] = t === 'element' || t === 'hidden' ? '[]' : (snap.strings[snap.edges[e + eName]!] ?? '?');
    }
  }
  const name = (i: number) =>
    groupOf(types[snap.nodes[i * ns + typeAt]!] ?? 'unknown', snap.strings[snap.nodes[i * ns + nameAt]!] ?? '');
  const groups = new Map<string, NewObjectGroup>();
  for (let i = 0; i < n; i++) {
    if (!isNew(i)) continue;
    const path: string[] = [];
    let cur = i;
    while (cur !== -1 && isNew(cur) && path.length < 64) {
      if (holder[cur] !== -1) path.push(via[cur] ?? '?');
      cur = holder[cur]!;
    }
    const heldBy = `${cur === -1 || isNew(cur) ? '(new roots)' : name(cur)} .${path.reverse().slice(0, pathSteps).join('.')}`;
    const g = groups.get(heldBy) ?? { heldBy, count: 0, selfBytes: 0 };
    g.count++;
    g.selfBytes += snap.nodes[i * ns + sizeAt]!;
    groups.set(heldBy, g);
  }
  return [...groups.values()].sort((a, b) => b.selfBytes - a.selfBytes || b.count - a.count);
}
