/**
 * The baseline the requests and CPU sections compare against: a naive monitor that asks
 * every source of the family on every check and takes the majority answer. Built from the
 * same buildSources() and clients as the engine lane, so only the strategy differs.
 */
import { buildSources } from '../../electron/engine/sources/registry';
import type { IpSource } from '../../electron/engine/sources/types';
import { addressKey, validateAnswer } from '../../shared/ip';
import type { Family } from '../../shared/types';
import type { Lane } from './lane';

export interface NaiveMonitor {
  sources: { v4: number; v6: number };
  /** One check of both families; null where no source answered. */
  check(): Promise<{ v4: string | null; v6: string | null }>;
}

export function naiveMonitor(lane: Lane): NaiveMonitor {
  const { monitor } = lane.settings;
  const { sources, warnings } = buildSources(lane.settings.sources, {
    net: lane.net,
    timeoutMs: monitor.timeoutMs,
    userAgent: 'IPWatch/bench-naive',
    now: Date.now,
  });
  if (warnings.length) throw new Error(warnings.join('; '));
  const checkFamily = async (family: Family, list: IpSource[]): Promise<string | null> => {
    const answers = await Promise.all(
      list.map((s) =>
        // A signal per request, as the engine's flights have: one shared by every source's
        // request would carry more abort listeners than Node's warning limit.
        s.query(new AbortController().signal).then(
          (raw) => validateAnswer(raw, family),
          () => null,
        ),
      ),
    );
    const votes = new Map<string, { ip: string; n: number }>();
    for (const a of answers) {
      if (!a?.ok) continue;
      const key = addressKey(a.ip, family, monitor.ipv6Compare);
      const v = votes.get(key) ?? { ip: a.ip, n: 0 };
      v.n += 1;
      votes.set(key, v);
    }
    return [...votes.values()].sort((a, b) => b.n - a.n)[0]?.ip ?? null;
  };
  const v4 = sources.filter((s) => s.family === 4);
  const v6 = sources.filter((s) => s.family === 6);
  return {
    sources: { v4: v4.length, v6: v6.length },
    check: async () => {
      const [a4, a6] = await Promise.all([checkFamily(4, v4), checkFamily(6, v6)]);
      return { v4: a4, v6: a6 };
    },
  };
}
