/**
 * Audit details the engine writes as English sentences around values, read back and said in the
 * page's language (renderer/src/pages/audit-details.ts, issue 62): each English is the engine's
 * own shape (literals and words from session-admin.ts, discord-sign-in/routes.ts, service-files.ts and
 * electron/host/settings-write.ts), kept byte for byte in English, said in German and Indonesian
 * in real words, and in the pseudo-language with nothing unmarked but the values.
 */
import { describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../renderer/src/api/types';
import { auditWords } from '../../renderer/src/pages/audit-words';
import { english, translator } from '../../shared/i18n/translators';
import { noBrowserSessions, noSuchSession } from '../../shared/words/sessions';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

const row = (action: string, result: string, detail: string): AuditEntry => ({
  id: 1,
  at: 0,
  actor: 'ui',
  action,
  result,
  detail,
});

/** The row, its German and its Indonesian detail. */
const ROWS: [AuditEntry, string, string][] = [
  [row('session.sign-out-everywhere', 'ok', '1 sessions ended'), '1 Sitzung beendet', '1 sesi diakhiri'],
  [row('session.sign-out-everywhere', 'ok', '3 sessions ended'), '3 Sitzungen beendet', '3 sesi diakhiri'],
  [
    row('session.revoke', 'ok', 'Ada (admin, Discord, s0123456789ab): their own session'),
    'Ada (Admin, Discord, s0123456789ab): die eigene Sitzung',
    'Ada (admin, Discord, s0123456789ab): sesinya sendiri',
  ],
  [
    row('session.revoke', 'ok', 'grafana (viewer, token, s77)'),
    'grafana (Betrachter, Token, s77)',
    'grafana (pelihat, token, s77)',
  ],
  [
    row('history.restore', 'applied', 'upload; previous kept as /data/history.before-restore.sqlite'),
    'Upload; der bisherige Verlauf liegt in /data/history.before-restore.sqlite',
    'unggahan; riwayat sebelumnya disimpan sebagai /data/history.before-restore.sqlite',
  ],
  [
    row('history.import', 'applied', 'old (1).csv (csv): 12 runs added'),
    'old (1).csv (csv): 12 Einträge hinzugefügt',
    'old (1).csv (csv): 12 entri ditambahkan',
  ],
  [
    row('revokeSession', 'refused', noSuchSession('s9', english)),
    noSuchSession('s9', translator('de')),
    noSuchSession('s9', translator('id')),
  ],
  [
    row('revokeSession', 'refused', noBrowserSessions(english)),
    noBrowserSessions(translator('de')),
    noBrowserSessions(translator('id')),
  ],
  [row('settings.write', 'applied', 'set mention, quiet'), 'gesetzt: mention, quiet', 'diatur: mention, quiet'],
  // Before issue 75 an upgrade's row held only its English.
  [
    row(
      'settings.upgrade',
      'applied',
      'settings.json upgraded from version 0 to 2; the old file is kept as settings.v0.json',
    ),
    'settings.json von Version 0 auf 2 gebracht; die alte Datei liegt als settings.v0.json daneben',
    'settings.json dinaikkan dari versi 0 ke 2; berkas lamanya disimpan sebagai settings.v0.json',
  ],
  // Before issue 75 a token's row (ipwatch token create, rotate, revoke) held only its English.
  [
    row('token.create', 'applied', 'ci (viewer, t0123456789)'),
    'ci (Betrachter, t0123456789)',
    'ci (pelihat, t0123456789)',
  ],
  [row('token.rotate', 'applied', 'ha (admin, t77)'), 'ha (Admin, t77)', 'ha (admin, t77)'],
  [row('token.revoke', 'applied', 'prom (metrics, t5)'), 'prom (Metriken, t5)', 'prom (metrik, t5)'],
];
const VALUES = [
  's9',
  'Ada',
  's0123456789ab',
  'grafana',
  's77',
  '/data/history.before-restore.sqlite',
  'old (1).csv',
  'csv',
  'ci',
  'ha',
  'prom',
  't0123456789',
  't77',
  't5',
];

describe('audit details read back from their English', () => {
  it.each(ROWS)('row %#: English as stored, German and Indonesian in words', (r, de, id) => {
    expect(auditWords(r, english).detail).toBe(r.detail);
    expect(auditWords(r, translator('de')).detail).toBe(de);
    expect(auditWords(r, translator('id')).detail).toBe(id);
    const pseudo = auditWords(r, pseudoTranslator()).detail!;
    expect(unmarkedText(pseudo, [...VALUES, 'mention, quiet', 'Discord'])).toEqual([]);
  });

  it('another shape, or another result, stays as stored', () => {
    for (const r of [
      row('history.restore', 'rejected', 'upload: Error: not an IPWatch history'),
      row('session.sign-out-everywhere', 'ok', 'everything ended'),
      row('settings.write', 'applied', 'wrote settings.json'),
    ])
      expect(auditWords(r, translator('de')).detail).toBe(r.detail);
  });
});
