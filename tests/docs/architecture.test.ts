/**
 * docs/architecture.md's table of the engine's rooms stays true: every folder and top-level file
 * of electron/engine has its row, the imports a row names are the room's own (type-only imports
 * included), and each lies in a row above it, as the page says of the stack.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { relativeImportsOf, sourcesOf } from '../helpers/import-graph';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENGINE = path.join(ROOT, 'electron/engine');

/** The room a path of the engine belongs to (`monitor`, `clock`), `shared`, or the path itself. */
function roomOf(file: string): string {
  const rel = path.relative(ENGINE, file);
  if (!rel.startsWith('..')) return rel.split(path.sep)[0]!.replace(/\.ts$/, '');
  const fromRoot = path.relative(ROOT, file);
  return fromRoot.startsWith(`shared${path.sep}`) ? 'shared' : fromRoot;
}

/** Each room of the engine with the other rooms (and shared) its files import. */
function actualImports(): Map<string, Set<string>> {
  const rooms = new Map<string, Set<string>>();
  for (const file of sourcesOf(ENGINE)) {
    const room = roomOf(file);
    const to = rooms.get(room) ?? new Set<string>();
    rooms.set(room, to);
    for (const spec of relativeImportsOf(file)) {
      const target = roomOf(path.resolve(path.dirname(file), spec));
      if (target !== room) to.add(target);
    }
  }
  return rooms;
}

/** The rows of the page's engine table, in order: the room and the imports it names. */
function documentedRooms(): { room: string; imports: string[] }[] {
  const page = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
  const section = page.split('### electron/engine/')[1]!.split('\n###')[0]!;
  return [...section.matchAll(/^\| `([^`]+)`\s*\|[^|]*\|([^|]*)\|$/gm)].map(([, name, imports]) => ({
    room: name!.replace(/\/$|\.ts$/g, ''),
    imports:
      imports!.trim() === 'nothing'
        ? []
        : imports!
            .split(',')
            .map((s) => s.replace(/\(.*\)/, '').trim())
            .filter(Boolean),
  }));
}

describe('docs/architecture.md, the rooms of electron/engine', () => {
  const actual = actualImports();
  const rows = documentedRooms();

  it('has a row for every folder and top-level file of the engine, and none for another', () => {
    expect(rows.map((r) => r.room).sort()).toEqual([...actual.keys()].sort());
  });

  it.each(rows.map((r, i) => [r.room, r.imports, i] as const))(
    '%s: the imports named are its own, all in rows above',
    (room, imports, index) => {
      expect([...imports].sort()).toEqual([...(actual.get(room) ?? [])].sort());
      const above = new Set(['shared', ...rows.slice(0, index).map((r) => r.room)]);
      expect(imports.filter((i) => !above.has(i))).toEqual([]);
    },
  );
});
