// @vitest-environment happy-dom
/**
 * Settings' own words in the pseudo-language (issue 62): each section this page draws itself
 * (its title, lines, fold summaries, buttons, rows, panels) comes from the catalogue. The page
 * also shows words other parts own, listed here so the list can only shrink: the schema's labels,
 * help and choices (the settings-fields area), and a few shared components' words.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as z from 'zod/v4/core';

import type { WatcherStatus } from '../../shared/contract/watcher';
import { settingsSchema } from '../../shared/settings';
import { fieldMeta, shapeOf } from '../../shared/settings/schema-fields';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, runs, status } from './fake-engine';
import { PLUGIN_DATA, PLUGINS_FOLDER } from './fake-plugins';

afterEach(cleanup);

/** The sections drawn by Settings' own files (the editors of channels, Discord, DDNS and monitors are another slice's). */
const OWN = [
  'monitor',
  'sources',
  'notifications',
  'hook',
  'heartbeat',
  'identity',
  'speed',
  'fleet',
  'api',
  'language',
  'history',
  'plugins',
  'backup',
  'appearance',
  'about',
];

/** The schema's words (labels, help, choices of every setting and group): the settings-fields area's. */
function schemaWords(schema: z.$ZodType = settingsSchema): string[] {
  const meta = fieldMeta(schema);
  const shape = shapeOf(schema);
  const inner = shape.kind === 'object' ? shape.fields.flatMap(([, s]) => schemaWords(s)) : [];
  return [meta.label, meta.help, ...Object.values(meta.choices ?? {}), ...inner].filter((w): w is string => !!w);
}

/**
 * Words the page shows that other slices of issue 62 own, each with its owner: the list can only
 * shrink as they move to the catalogue.
 */
const OTHERS = [
  // settings/list-fields.tsx (the settings-fields slice): an empty list and its Add button.
  'None.',
  'Add to',
  // settings/items/ItemTest.tsx (the settings-editors slice): a row's Test button.
  'Test',
  // components/QueryState.tsx and components/IdentityCredit.tsx (the shell's slice).
  'Loading',
  "Networks: IP geolocation by DB-IP, with RouteViews and the RIRs. Countries: the RIRs' registration data.",
];
/** Names and examples, the same in every language. */
const NAMES = ['ddns-updater', 'Europe/Berlin', 'Discord', 'API', 'my-echo', 'IPv4', ...PLUGIN_DATA, PLUGINS_FOLDER];

/** A hook that ran and a heartbeat failing, so their lines are drawn. */
const WATCHER: WatcherStatus = {
  hook: {
    enabled: true,
    running: false,
    queued: 0,
    dropped: 0,
    lastRun: { event: 'change', at: 0, durationMs: 41, exitCode: 0, signal: null, timedOut: false, error: null },
  },
  heartbeat: {
    state: 'failing',
    provider: 'uptime-kuma',
    lastPing: { at: 0, signal: 'up', ok: false, detail: 'refused', ms: 12 },
    lastOkAt: 0,
    failures: 3,
  },
};

describe('Settings in the pseudo-language', () => {
  it.each(OWN)('#/settings/%s', async (id) => {
    const fake = fakeEngine({ history: runs(3), status: status({ watcher: WATCHER }) });
    // A custom source saved, so its row (kind, state, Edit, Remove) is drawn.
    await fake.client.saveSettings({
      settings: {
        ...fake.settings,
        sources: {
          custom: [{ id: 'my-echo', kind: 'http', url: 'https://ip.example.org/', format: 'text', family: 4 }],
        },
      },
    });
    const { container } = renderApp(fake, `#/settings/${id}`, { words: pseudoWords() });
    await screen.findByRole('main');
    await vi.waitFor(() => expect(container.querySelector(`#set-${id}-h`)).not.toBeNull(), { timeout: 20_000 });
    const unmarked = unmarkedText(readableText(container.querySelector('main')!), [
      ...schemaWords(),
      ...OTHERS,
      ...NAMES,
    ]);
    expect(unmarked).toEqual([]);
  });
});
