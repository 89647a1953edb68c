/**
 * The tray menu's lines about how the dashboard is served (electron/shell/tray-state.ts
 * menuServing): the LAN certificate's fingerprint as the runner, the CLI and the pages show it,
 * the plain-HTTP warning when allowed, and nothing where no HTTP server runs (the app's own).
 */
import { describe, expect, it } from 'vitest';

import { menuServing } from '../../../electron/shell/tray-state';
import type { ApiServingStatus } from '../../../shared/contract/serving';
import { english } from '../../../shared/i18n/translators';
import { plainHttpWords } from '../../../shared/words/serving';
import { appStatus } from '../../helpers/app-status';

const FP = Array.from({ length: 32 }, () => 'AB').join(':');

describe("the tray menu's serving lines", () => {
  it.each<[string, ApiServingStatus | undefined, string[]]>([
    ['none without an HTTP server', undefined, []],
    ['none on loopback only', { tls: null, plainHttpOnLan: false }, []],
    [
      'the generated certificate',
      { tls: { fingerprint: FP, generated: true, notAfter: 1 }, plainHttpOnLan: false },
      [`Certificate (made by IPWatch) SHA-256: ${FP}`],
    ],
    [
      "the user's certificate, plain HTTP allowed",
      { tls: { fingerprint: FP, generated: false, notAfter: 1 }, plainHttpOnLan: true },
      [`Certificate (from Certificate for the LAN) SHA-256: ${FP}`, plainHttpWords(english)],
    ],
  ])('%s', (_what, api, want) => {
    expect(menuServing(appStatus(api ? { api } : {}))).toEqual(want);
  });
});
