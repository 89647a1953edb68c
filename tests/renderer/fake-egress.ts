/**
 * The egress report for the renderer's fake engine (fake-engine.tsx), as a runner at default
 * settings gives it: the real inventory for those settings (electron/engine/egress/inventory.ts)
 * and a few minutes of contacts: echo sources answering, a STUN server timing out, a DNS source
 * refusing, the system's resolver, and one undeclared destination (refused when `enforce`).
 */
import { declaredDestinations } from '../../electron/engine/egress/inventory';
import type { EgressContact, EgressReport } from '../../shared/contract/egress';
import { defaultSettings } from '../../shared/settings';

/** The undeclared destination the fake contacted. */
export const UNDECLARED_HOST = 'collector.example.net';

export function fakeEgress(now: number, o: { enforce?: boolean } = {}): EgressReport {
  const enforce = o.enforce ?? false;
  const declared = declaredDestinations(defaultSettings(), { dnsServers: ['127.0.0.53'], proxies: [] });
  const since = now - 5 * 60_000;
  const contact = (id: string, over: Partial<EgressContact>): EgressContact => {
    const d = declared.find((x) => x.id === id)!;
    return {
      host: d.host!,
      port: d.port!,
      protocol: d.protocol,
      declared: [d.id],
      purposes: [d.purpose],
      count: 5,
      lastAt: now - 20_000,
      lastResult: 'ok',
      lookup: /^[\d.:]+$/.test(d.host!) ? 'none' : 'system',
      ...over,
    };
  };
  const contacted: EgressContact[] = [
    contact('source:ipify-v4', {}),
    contact('source:icanhazip-v4', { count: 4 }),
    contact('source:google-stun-v4', { lastResult: 'failed', lastError: 'timeout', count: 3 }),
    contact('source:opendns-dns-v4', { lastResult: 'failed', lastError: 'ECONNREFUSED' }),
    contact('system-dns:1', { count: 41 }),
    {
      host: UNDECLARED_HOST,
      port: 443,
      protocol: 'tcp',
      declared: [],
      purposes: [],
      count: 1,
      lastAt: now - 60_000,
      lastResult: enforce ? 'refused' : 'ok',
      lookup: 'system',
    },
  ];
  const lookups = ['api.ipify.org', 'ipv4.icanhazip.com', 'stun.l.google.com', UNDECLARED_HOST].map((name, i) => ({
    name,
    via: 'system' as const,
    count: 5 - i,
    lastAt: now - 20_000 - i * 1000,
  }));
  return { at: now, since, enforce, declared, contacted, lookups };
}

/** What a page shows of the report as data, not words: hosts, setting names, names looked up. */
export const egressData = (r: EgressReport): string[] =>
  [
    // The setting's name; not the inventory's English where it names none (the page words those).
    ...r.declared.flatMap((d) => [d.host, d.purpose === 'systemDns' || d.purpose === 'proxy' ? null : d.setting]),
    ...r.contacted.map((c) => c.host),
    ...r.lookups.map((l) => l.name),
  ].filter((v): v is string => typeof v === 'string');
