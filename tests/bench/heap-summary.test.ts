/**
 * The heap diagnosis's pure parts (bench/runner/heap-summary.ts, proc-memory.ts, plot.ts): a
 * snapshot summed by constructor as DevTools groups it, two summaries compared, /proc's status
 * read, and the RSS plot drawn. The snapshot below is the format node writes (meta names the
 * fields of the flat nodes array), made by hand so each sum is known.
 */
import { describe, expect, it } from 'vitest';

import { type FullSnapshotJson, maxNodeId, newObjectsByHolder } from '../../bench/runner/heap-retainers';
import { diffSummaries, groupOf, type HeapSnapshotJson, summarize, totalBytes } from '../../bench/runner/heap-summary';
import { rssPlotSvg } from '../../bench/runner/plot';
import { parseProcStatus } from '../../bench/runner/proc-memory';

const TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native'];

function snapshot(nodes: [type: string, name: string, size: number][]): HeapSnapshotJson {
  const strings: string[] = [];
  const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
        node_types: [TYPES, 'string', 'number'],
      },
    },
    nodes: nodes.flatMap(([t, n, size], i) => [TYPES.indexOf(t), str(n), i * 2 + 1, size, 0, 0, 0]),
    strings,
  };
}

describe('groupOf', () => {
  it.each([
    ['object', 'Timeout', 'Timeout'],
    ['native', 'system / Context', 'system / Context'],
    ['object', '', '(object)'],
    ['array', '(object elements)', '(array) (object elements)'],
    ['array', 'someName', '(array)'],
    ['string', 'hello', '(string)'],
    ['concatenated string', 'ab', '(string)'],
    ['closure', 'onData', '(closure)'],
    ['code', 'lazy', '(code)'],
  ])('%s "%s" is counted as %s', (type, name, group) => expect(groupOf(type, name)).toBe(group));
});

describe('summarize and diffSummaries', () => {
  const before = summarize(
    snapshot([
      ['object', 'Timeout', 100],
      ['string', 'a', 20],
      ['string', 'b', 30],
      ['closure', 'f', 32],
    ]),
  );
  const after = summarize(
    snapshot([
      ['object', 'Timeout', 100],
      ['object', 'Timeout', 100],
      ['object', 'Timeout', 100],
      ['string', 'a', 20],
      ['object', 'ServerResponse', 400],
    ]),
  );

  it('sums count and self size per group', () => {
    expect(before.get('Timeout')).toEqual({ count: 1, selfBytes: 100 });
    expect(before.get('(string)')).toEqual({ count: 2, selfBytes: 50 });
    expect(totalBytes(before)).toBe(182);
    expect(totalBytes(after)).toBe(720);
  });

  it('lists the largest growth first, groups that appeared or went included', () => {
    const diff = diffSummaries(before, after);
    expect(diff.map((d) => [d.group, d.countDelta, d.selfBytesDelta])).toEqual([
      ['ServerResponse', 1, 400],
      ['Timeout', 2, 200],
      ['(string)', -1, -30],
      ['(closure)', -1, -32],
    ]);
  });

  it('refuses a snapshot without the fields it reads', () => {
    const bad = snapshot([['object', 'X', 1]]);
    bad.snapshot.meta.node_fields = ['type', 'name'];
    expect(() => summarize(bad)).toThrow(/self_size/);
  });
});

describe('newObjectsByHolder', () => {
  // Nodes: [type, name, id, self size, edges as [edge type, name, to-node index]].
  type N = [string, string, number, number, [string, string, number][]];
  function full(nodes: N[]): FullSnapshotJson {
    const strings: string[] = [];
    const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
    const NF = 7;
    const ETYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];
    return {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
          node_types: [TYPES],
          edge_fields: ['type', 'name_or_index', 'to_node'],
          edge_types: [ETYPES],
        },
      },
      nodes: nodes.flatMap(([t, n, id, size, edges]) => [TYPES.indexOf(t), str(n), id, size, edges.length, 0, 0]),
      edges: nodes.flatMap(([, , , , edges]) =>
        edges.flatMap(([t, name, to]) => [ETYPES.indexOf(t), t === 'element' ? 0 : str(name), to * NF]),
      ),
      strings,
    };
  }

  it('groups what was allocated after the first snapshot by the old object holding it', () => {
    const snap = full([
      ['object', 'Feed', 1, 40, [['property', 'items', 1]]],
      [
        'array',
        '',
        17,
        16,
        [
          ['element', '', 2],
          ['element', '', 3],
        ],
      ],
      ['object', 'Event', 11, 64, []],
      ['object', 'Event', 13, 64, [['weak', 'self', 3]]],
      ['object', 'Timer', 15, 32, [['property', 'owner', 0]]],
      // node's own (embedder) nodes: even ids made from addresses, neither newest nor new.
      ['native', 'Node / Wrap', 4_000_000_000, 8, [['internal', 'self', 0]]],
    ]);
    expect(maxNodeId(snap)).toBe(17);
    expect(newObjectsByHolder(snap, 10)).toEqual([
      { heldBy: 'Feed .items.[]', count: 2, selfBytes: 128 },
      { heldBy: '(new roots) .', count: 1, selfBytes: 32 },
      { heldBy: 'Feed .items', count: 1, selfBytes: 16 },
    ]);
  });
});

describe('parseProcStatus', () => {
  it('reads VmRSS, RssAnon, RssFile and VmHWM in MB', () => {
    const status =
      'Name:\tnode\nVmHWM:\t  163840 kB\nVmRSS:\t  102400 kB\nRssAnon:\t   51200 kB\nRssFile:\t   50176 kB\n';
    expect(parseProcStatus(status)).toEqual({ rssMB: 100, anonMB: 50, fileMB: 49, hwmMB: 160 });
  });
  it('gives NaN for a field the kernel did not write', () => {
    expect(parseProcStatus('VmRSS:\t1024 kB\n').anonMB).toBeNaN();
  });
});

describe('rssPlotSvg', () => {
  it('draws one line and one target per configuration, named, the target inside the scale', () => {
    const svg = rssPlotSvg([
      {
        name: 'busy',
        samples: [
          [0.1, 80],
          [60, 88],
          [180, 89],
        ],
        targetMB: 90,
      },
      {
        name: 'lean <x>',
        samples: [
          [0.1, 60],
          [180, 70],
        ],
        targetMB: 75,
      },
    ]);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('busy (target 90)');
    expect(svg).toContain('lean &lt;x> (target 75)');
    const ys = [...svg.matchAll(/stroke-dasharray="6 4"/g)];
    expect(ys).toHaveLength(2);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 800 400"/);
  });
});
