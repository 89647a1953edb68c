/**
 * A V8 heap snapshot (the .heapsnapshot JSON that DevTools reads: `snapshot.meta` names the
 * fields of the flat `nodes` array) summed by constructor, as DevTools' Summary view groups it,
 * and two such summaries compared. Pure, so it is table-tested (tests/bench/heap-summary.test.ts).
 */

export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
  strings: string[];
}

export interface ClassTotal {
  count: number;
  selfBytes: number;
}

export type HeapSummary = Map<string, ClassTotal>;

/** The group a node is counted in: an object's constructor name, else its kind in brackets. */
export function groupOf(type: string, name: string): string {
  switch (type) {
    case 'object':
    case 'native':
      return name || `(${type})`;
    case 'array':
      // "(object properties)", "(object elements)", "(internal array)": few distinct names.
      return name.startsWith('(') ? `(array) ${name}` : '(array)';
    case 'string':
    case 'concatenated string':
    case 'sliced string':
      return '(string)';
    default:
      return `(${type})`;
  }
}

export function summarize(snap: HeapSnapshotJson): HeapSummary {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0] as string[];
  const stride = fields.length;
  const at = (f: string) => {
    const i = fields.indexOf(f);
    if (i < 0) throw new Error(`heap snapshot without the node field "${f}"`);
    return i;
  };
  const [typeAt, nameAt, sizeAt] = [at('type'), at('name'), at('self_size')];
  const out: HeapSummary = new Map();
  const { nodes, strings } = snap;
  for (let i = 0; i < nodes.length; i += stride) {
    const key = groupOf(types[nodes[i + typeAt]!] ?? 'unknown', strings[nodes[i + nameAt]!] ?? '');
    const t = out.get(key) ?? { count: 0, selfBytes: 0 };
    t.count++;
    t.selfBytes += nodes[i + sizeAt]!;
    out.set(key, t);
  }
  return out;
}

export interface ClassDelta {
  group: string;
  countBefore: number;
  countAfter: number;
  countDelta: number;
  selfBytesBefore: number;
  selfBytesAfter: number;
  selfBytesDelta: number;
}

/** Every group's change from `before` to `after`, the largest growth in bytes first, then in count. */
export function diffSummaries(before: HeapSummary, after: HeapSummary): ClassDelta[] {
  const groups = new Set([...before.keys(), ...after.keys()]);
  const zero: ClassTotal = { count: 0, selfBytes: 0 };
  return [...groups]
    .map((group) => {
      const a = before.get(group) ?? zero;
      const b = after.get(group) ?? zero;
      return {
        group,
        countBefore: a.count,
        countAfter: b.count,
        countDelta: b.count - a.count,
        selfBytesBefore: a.selfBytes,
        selfBytesAfter: b.selfBytes,
        selfBytesDelta: b.selfBytes - a.selfBytes,
      };
    })
    .sort((x, y) => y.selfBytesDelta - x.selfBytesDelta || y.countDelta - x.countDelta);
}

export const totalBytes = (s: HeapSummary): number => [...s.values()].reduce((a, t) => a + t.selfBytes, 0);
