/**
 * The router's XML reader against hostile documents (tests/fakes/hostile-upnp-xml.ts), each at the
 * largest size a caller reads (a device description: 256 KB), parsed by readXml in this process,
 * a refusal included: a few runs to warm the JIT, then timed runs, the median of each document's
 * runs its figure. The target is on the slowest document: the longest the event loop is held by
 * what a device on the LAN sends. Beside it, with no target: the 256 KB description of a thousand
 * WAN services read whole (wanConnectionServices: the parse, then each service's URLs resolved).
 * The test beside the router's (tests/electron/engine/router/upnp-xml.test.ts) shows the time
 * grows in proportion to the length; this says how long the longest takes.
 */
import { performance } from 'node:perf_hooks';

import { wanConnectionServices } from '../electron/engine/router/upnp-description';
import { MAX_XML_CHARS, readXml } from '../electron/engine/router/upnp-xml';
import { HOSTILE_XML } from '../tests/fakes/hostile-upnp-xml';
import { type Check, atMost } from './check';

const CFG = { warmRuns: 5, runs: Number(process.env.BENCH_XML_RUNS ?? 21) };
const TARGETS = { slowestDocumentMs: 20 };

const GATEWAY = '192.168.77.1';
const LOCATION = `http://${GATEWAY}:5000/rootDesc.xml`;
const DESCRIPTION = 'a 256 KB description, many services';

/** What became of a document: read, or refused (UpnpError 'malformed') and why. */
function parse(xml: string): string {
  try {
    return `read, ${readXml(xml, 'the document').children.length} root element`;
  } catch (err) {
    return `refused: ${(err as Error).message.slice(0, 80)}`;
  }
}

/** The median and the longest of `runs` timed calls, after `warmRuns` untimed ones. */
async function timeRuns(run: () => unknown): Promise<{ medianMs: number; maxMs: number }> {
  for (let i = 0; i < CFG.warmRuns; i++) run();
  const times: number[] = [];
  for (let i = 0; i < CFG.runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    // Let timers and I/O run between readings, as the engine's event loop would.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { medianMs: round(median(times)), maxMs: round(Math.max(...times)) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export default async function upnpXmlBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  const documents: Record<string, { outcome: string; medianMs: number; maxMs: number }> = {};
  for (const [name, build] of Object.entries(HOSTILE_XML)) {
    const xml = build(MAX_XML_CHARS);
    documents[name] = { outcome: parse(xml), ...(await timeRuns(() => parse(xml))) };
  }
  const description = (HOSTILE_XML[DESCRIPTION] as (size: number) => string)(MAX_XML_CHARS);
  const descriptionRead = {
    services: wanConnectionServices(description, LOCATION, GATEWAY).length,
    ...(await timeRuns(() => wanConnectionServices(description, LOCATION, GATEWAY))),
  };
  const [slowest, figures] = Object.entries(documents).reduce((a, b) => (b[1].medianMs > a[1].medianMs ? b : a));
  const checks: Check[] = [
    atMost(
      `the largest hostile UPnP document parsed (${MAX_XML_CHARS / 1024} KB, slowest: ${slowest})`,
      figures.medianMs,
      TARGETS.slowestDocumentMs,
      'ms',
    ),
  ];
  return { chars: MAX_XML_CHARS, runs: CFG.runs, documents, descriptionRead, checks };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
