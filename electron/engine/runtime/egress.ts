/**
 * The runtime's part for the egress inventory (issue 63): it gives the process's gate
 * (net/egress-gate.ts) the inventory for the current settings (egress/inventory.ts) and
 * egress.enforce, on construction (the router watch starts before the parts do) and on each
 * settings change, takes it back when it closes, and answers getEgress with the gate's record.
 * Refusals, undeclared connections and a public name answered with a local address (DNS
 * rebinding, refused with egress.enforce) are said in the log in words. An address given as a
 * secret reference is declared by its value, read from the runtime's secrets as the part that
 * sends to it reads it (configured.ts keeps only its host and port).
 */
import { english } from '../../../shared/i18n/translators';
import type { Settings } from '../../../shared/settings';
import { revealFrom, systemFacts } from '../egress/facts';
import { declaredDestinations, type EgressFacts } from '../egress/inventory';
import { type EgressGate, type EgressPolicy, processGate } from '../net/egress-gate';
import type { FeatureContext, FeaturePart } from './feature-types';

export function egressPart(
  ctx: FeatureContext,
  gate: EgressGate = processGate,
  facts: () => EgressFacts = systemFacts,
): FeaturePart {
  const policyFor = (settings: Settings): EgressPolicy => ({
    // The references are read from the runtime's own secrets, where its parts read them.
    declared: declaredDestinations(settings, {
      ...facts(),
      reveal: revealFrom(ctx.secrets),
      plugins: ctx.plugins?.().plugins ?? [],
    }),
    enforce: settings.egress.enforce,
    say: (kind, ask, address) => {
      if (kind === 'local') {
        const refused = settings.egress.enforce;
        const words = english.t(refused ? 'egress.refusedLocal' : 'egress.resolvedLocal', {
          host: ask.host,
          address: address ?? '',
        });
        if (refused) ctx.logger.warn(words, { host: ask.host, address });
        else ctx.logger.info(words, { host: ask.host, address });
        return;
      }
      const words = english.t(kind === 'refused' ? 'egress.refused' : 'egress.undeclared', { ...ask });
      if (kind === 'refused') ctx.logger.warn(words, { host: ask.host, port: ask.port });
      else ctx.logger.info(words, { host: ask.host, port: ask.port });
    },
  });
  gate.use(policyFor(ctx.settings));
  return {
    name: 'egress',
    handlers: { getEgress: async () => gate.report() },
    update(next) {
      gate.use(policyFor(next));
    },
    async close() {
      gate.use(null);
    },
  };
}
