/**
 * No new destination skips the inventory (issue 63): every module of electron/ that reaches a
 * network API (node:net, node:dgram, node:tls, node:http(s), node:dns, undici, mqtt, nodemailer,
 * discord.js, ws, the proxy agents, the global fetch) either passes the egress gate itself
 * (imports net/egress-gate.ts or net/broker.ts's connectThroughGate) or is named below with the
 * reason it opens no connection of its own. A module that imports only pure helpers (isIP,
 * STATUS_CODES) or only types reaches no network and is not counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..', '..');

const NETWORK_MODULES = new Set([
  'net',
  'node:net',
  'dgram',
  'node:dgram',
  'tls',
  'node:tls',
  'http',
  'node:http',
  'https',
  'node:https',
  'dns',
  'node:dns',
  'dns/promises',
  'node:dns/promises',
  'undici',
  'mqtt',
  'nodemailer',
  'discord.js',
  'ws',
  'http-proxy-agent',
  'https-proxy-agent',
  'electron-updater',
]);

/** Names that reach no network: address syntax, status words, a TLS context, types' companions. */
const PURE_NAMES = new Set(['isIP', 'isIPv4', 'isIPv6', 'STATUS_CODES']);

/** Modules that reach a network API but open no outgoing connection of their own, each with why. */
const NO_CONNECTION_OF_THEIR_OWN: Record<string, string> = {
  'electron/engine/net/route-to.ts': 'a UDP connect sends nothing: it asks the kernel for a route',
  'electron/engine/router/upnp-lan.ts': 'a UDP connect sends nothing: it asks the kernel for the LAN address',
  'electron/engine/router/announce.ts': "listens for the router's announcements; sends nothing",
  'electron/engine/router/gena-listener.ts': "a server for the router's UPnP events; connects nowhere",
  'electron/engine/api/index.ts': "the dashboard's server (its TLS options); connects nowhere",
  'electron/engine/api/listen.ts': "the dashboard's server: listens, connects nowhere",
  'electron/engine/tls/pair.ts': "a TLS context for the dashboard's certificate; connects nowhere",
  'electron/engine/egress/facts.ts': "reads the system's DNS servers (getServers); connects nowhere",
  'electron/headless/runner-link.ts': "the command line's connection to this data folder's runner on this machine",
  'electron/shell/updates.ts': "the app's updater, only where it runs and is on (docs/privacy.md)",
  'electron/shell/app-protocol.ts': "Electron's net.fetch of the app's own files (file://)",
};

const IMPORT = /\bimport\s+(type\s+)?([\w*\s{},$]*?)\s*from\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const GATED = /from\s+['"][./]*(?:net\/)?egress-gate['"]|\bconnectThroughGate\b/;

/** Whether an import's bindings reach the network: not `import type`, not only pure names or types. */
function reaches(typeOnly: boolean, bindings: string): boolean {
  if (typeOnly) return false;
  const braces = /\{([^}]*)\}/.exec(bindings);
  const outside = bindings
    .replace(/\{[^}]*\}/, '')
    .replace(/,/g, '')
    .trim();
  if (outside !== '') return true; // a default or namespace import
  const names = (braces?.[1] ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.startsWith('type '))
    .map((n) => n.split(/\s+as\s+/)[0]!);
  return names.some((n) => !PURE_NAMES.has(n));
}

/** The network APIs `source` reaches, by module name (and `fetch` for the global fetch). */
export function networkReach(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  for (const m of code.matchAll(IMPORT))
    if (NETWORK_MODULES.has(m[3]!) && reaches(m[1] !== undefined, m[2]!)) found.add(m[3]!);
  for (const m of code.matchAll(DYNAMIC)) if (NETWORK_MODULES.has(m[1]!)) found.add(m[1]!);
  if (/(^|[^\w.])fetch\(|\bnet\.fetch\(/.test(code)) found.add('fetch');
  return [...found].sort();
}

/** Whether `source` passes the egress gate itself. */
export const passesGate = (source: string): boolean => GATED.test(source);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, 'electron')).map((path) => ({
  file: relative(ROOT, path).split(sep).join('/'),
  source: readFileSync(path, 'utf8'),
}));

describe('every module that reaches the network passes the egress gate (issue 63)', () => {
  const reaching = files.filter((f) => networkReach(f.source).length > 0);

  it('finds the network in the modules known to open connections', () => {
    const names = reaching.map((f) => f.file);
    for (const known of [
      'electron/engine/net/client.ts',
      'electron/engine/net/udp.ts',
      'electron/engine/router/ssdp.ts',
    ])
      expect(names).toContain(known);
  });

  it('has no module that reaches it without the gate or a reason', () => {
    const ungated = reaching
      .filter((f) => !passesGate(f.source) && !(f.file in NO_CONNECTION_OF_THEIR_OWN))
      .map((f) => `${f.file}: ${networkReach(f.source).join(', ')}`);
    expect(ungated).toEqual([]);
  });

  it('names no module as without a connection of its own that no longer reaches the network, or now passes the gate', () => {
    const stale = Object.keys(NO_CONNECTION_OF_THEIR_OWN).filter((file) => {
      const f = files.find((x) => x.file === file);
      return !f || networkReach(f.source).length === 0 || passesGate(f.source);
    });
    expect(stale).toEqual([]);
  });
});

describe('how a module is read', () => {
  it.each([
    ["import { connect } from 'node:net';", ['node:net']],
    ["import http, { type IncomingMessage } from 'node:http';", ['node:http']],
    ["import {\n  createSocket,\n  type Socket,\n} from 'node:dgram';", ['node:dgram']],
    ["const undici = await import('undici');", ['undici']],
    ['const res = await fetch(url);', ['fetch']],
    ["import { isIP, isIPv4 } from 'node:net';", []],
    ["import { STATUS_CODES } from 'node:http';", []],
    ["import type { MqttClient } from 'mqtt';", []],
    ["import { type ConnectionOptions } from 'node:tls';", []],
    ["// import { connect } from 'node:net';", []],
    ['const x = prefetch(1); client.fetchAll();', []],
  ])('%s reaches %j', (source, expected) => {
    expect(networkReach(source)).toEqual(expected);
  });

  it('fails a new module that connects without the gate, and passes one that asks it', () => {
    const bare = "import { connect } from 'node:net';\nexport const open = () => connect(25, 'mail.example');";
    const gated = `import { processGate } from '../net/egress-gate';\n${bare}`;
    expect(networkReach(bare)).toEqual(['node:net']);
    expect(passesGate(bare)).toBe(false);
    expect(passesGate(gated)).toBe(true);
  });
});
