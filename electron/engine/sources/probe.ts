/**
 * Asks one source once and judges its answer as a check would ("test this source" in the
 * settings): the address it gave, or why it is not usable. Never throws.
 */
import { validateAnswer } from '../../../shared/ip';
import type { SourceSpec } from './builtins';
import { createSource } from './registry';
import type { SourceDeps } from './types';

export type ProbeResult = { ok: true; ip: string; ms: number } | { ok: false; error: string; ms: number };

export async function probeSource(spec: SourceSpec, deps: SourceDeps): Promise<ProbeResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const source = createSource(spec, deps);
    const raw = await source.query(AbortSignal.timeout(deps.timeoutMs));
    const v = validateAnswer(raw, spec.family);
    return v.ok ? { ok: true, ip: v.ip, ms: ms() } : { ok: false, error: v.detail, ms: ms() };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), ms: ms() };
  }
}
