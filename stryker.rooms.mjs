/**
 * The pure rooms that decide, each with the files Stryker mutates and the table-driven tests
 * that judge them (docs/development.md, Mutation testing). One list: stryker.config.mjs mutates
 * these files, vitest.mutation.config.ts runs these tests and nothing else, so a mutation run
 * never starts a runner, knotd, mosquitto or chromium.
 *
 * A file:from-to entry mutates those lines only: recordState and its helpers live beside the
 * DNS looks that ask real servers, which no table test runs.
 */
export const ROOMS = {
  'health-uptime': {
    mutate: ['shared/health.ts', 'shared/uptime.ts'],
    tests: [
      'tests/shared/health.test.ts',
      'tests/shared/health-words.test.ts',
      'tests/shared/health-notes.test.ts',
      'tests/shared/uptime.test.ts',
    ],
  },
  quorum: {
    mutate: ['shared/quorum.ts', 'electron/engine/ip-monitor/consensus.ts'],
    tests: ['tests/electron/engine/ip-monitor/consensus.test.ts'],
  },
  nat: {
    mutate: ['shared/nat.ts'],
    tests: ['tests/shared/nat.test.ts'],
  },
  forecast: {
    mutate: ['shared/forecast.ts', 'shared/forecast-history.ts'],
    tests: ['tests/shared/forecast.test.ts'],
  },
  'ddns-plan': {
    mutate: ['electron/engine/ddns/plan.ts'],
    tests: ['tests/electron/engine/ddns/plan.test.ts'],
  },
  'record-state': {
    mutate: [
      'electron/engine/ddns/propagation.ts:108-112',
      'electron/engine/ddns/propagation.ts:159-217',
      'electron/engine/ddns/aaaa-target.ts',
      'electron/engine/ddns/state-events.ts',
    ],
    tests: [
      'tests/electron/engine/ddns/record-state.test.ts',
      'tests/electron/engine/ddns/aaaa-target.test.ts',
      'tests/electron/engine/ddns/state-events.test.ts',
    ],
  },
  etiquette: {
    mutate: ['electron/engine/net/etiquette.ts'],
    tests: ['tests/electron/engine/net/etiquette.test.ts'],
  },
  'sign-in': {
    mutate: ['electron/engine/api/discord-sign-in/roles.ts', 'shared/settings/sign-in-changes.ts'],
    tests: ['tests/electron/engine/api/discord-sign-in/roles.test.ts', 'tests/shared/settings/sign-in-changes.test.ts'],
  },
  destinations: {
    mutate: ['shared/settings/destinations.ts', 'shared/settings/destination-url.ts'],
    tests: [
      'tests/shared/settings/destinations.test.ts',
      'tests/shared/settings/destination-url.test.ts',
      'tests/shared/settings/destinations-of.test.ts',
      'tests/shared/settings/sign-in-changes.test.ts',
    ],
  },
  fleet: {
    mutate: [
      'electron/engine/fleet/reconnect.ts',
      'electron/engine/fleet/changes.ts',
      'electron/engine/fleet/sites.ts',
      'electron/engine/fleet/site-clock.ts',
      'electron/engine/fleet/claims.ts',
      'electron/engine/fleet/forget.ts',
    ],
    tests: [
      'tests/electron/engine/fleet/reconnect.test.ts',
      'tests/electron/engine/fleet/sites.test.ts',
      'tests/electron/engine/fleet/site-clock.test.ts',
      'tests/electron/engine/fleet/claims-rules.test.ts',
      'tests/electron/engine/fleet/forget-rules.test.ts',
    ],
  },
  'history-import': {
    mutate: ['electron/engine/history-import/plan.ts', 'electron/engine/history-import/spans.ts'],
    tests: ['tests/electron/engine/history-import/merge-rules.test.ts'],
  },
};
