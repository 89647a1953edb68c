/**
 * The runtime's part for the network identity (issue 41): composes the identity room's service
 * (given by the host, which also stamps the history's runs with it) with the online enricher. Each
 * check that confirms an address offers it to the enricher; the settings' `identity` switch the
 * enrichment on or off and name the service and its token (a secret, resolved as a channel's and
 * masked in the logs). An answer restamps the address's runs in the history. Without a service
 * (tests of other parts) it does nothing.
 */
import type { Settings } from '../../../shared/settings';
import { createEnricher } from '../identity/enrich';
import { resolveSecretRefs } from '../secrets/resolve';
import type { FeatureContext, FeaturePart } from './feature-types';

const CONFIRMED = new Set(['confirmed', 'changed', 'unchanged']);

export function identityPart(ctx: FeatureContext): FeaturePart {
  const service = ctx.identity;
  if (!service) return { name: 'identity', handlers: {} };
  const enricher = createEnricher({
    service,
    http: ctx.net.http,
    logger: ctx.logger,
    now: () => ctx.clock.now(),
    monotonic: () => ctx.clock.monotonic(),
    userAgent: `IPWatch/${ctx.version}`,
    // The runs already kept for the address get the answer too: the history shows what the status shows.
    onLearned: (ip) => {
      try {
        ctx.store.restampIdentity?.(ip);
      } catch (err) {
        ctx.logger.warn('cannot stamp the history with the identity answer', { ip, error: String(err) });
      }
    },
  });
  let off: (() => void) | null = null;

  const apply = (settings: Settings) => {
    const s = settings.identity;
    const resolved = resolveSecretRefs(s.token === undefined ? {} : { token: s.token }, ctx.secrets);
    if (!resolved.ok) ctx.logger.warn('identity token not found; asking without it', { reason: resolved.reason });
    else ctx.redactor.add(resolved.secrets);
    const token = resolved.ok ? (resolved.value.token as string | undefined) : undefined;
    service.useOnline(s.provider !== 'off', s.ask === 'always' ? 'online' : 'offline');
    enricher.configure(s, token);
  };
  // Questions go out over IPv4 while this machine has an IPv4 address (not every service answers
  // over IPv6), else over IPv6.
  const via = () => (ctx.engine.getStatus().families.v4.ip ? 4 : 6);
  // The addresses held now: offered at start and when the enrichment is switched on.
  const offerCurrent = () => {
    const { v4, v6 } = ctx.engine.getStatus().families;
    if (v4.ip) enricher.consider(v4.ip, 4);
    if (v6.ip) enricher.consider(v6.ip, via());
  };

  return {
    name: 'identity',
    handlers: {},
    start() {
      const problem = service.cache.loadProblem;
      if (problem) ctx.logger.warn('the saved identity answers cannot be read; starting without them', { problem });
      // Said once at start, not at some lookup: the part of each answer the file held stays empty.
      for (const p of service.problems())
        ctx.logger.warn('an identity database cannot be read; addresses are shown without what it holds', {
          problem: p,
        });
      apply(ctx.settings);
      off = ctx.engine.on((e) => {
        if (e.type === 'check' && e.ip && CONFIRMED.has(e.result)) enricher.consider(e.ip, e.family === 4 ? 4 : via());
      });
      offerCurrent();
    },
    update(settings) {
      apply(settings);
      offerCurrent();
    },
    async close() {
      off?.();
      enricher.close();
      await service.cache.flush();
    },
  };
}
