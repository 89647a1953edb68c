/**
 * An audit row's detail kept with its code (migration 18, issue 62): a sign-in with Discord's why,
 * saved with one, comes back after the store is opened again and is said in German and
 * Indonesian; rows kept by a version before codes (schema 17, the English alone) load whole and
 * say their English in every language.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { inEnglish, reason } from '../../../../electron/engine/reason';
import { migrate } from '../../../../electron/engine/store/migrations';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { translator } from '../../../../shared/i18n/translators';
import { sayReason } from '../../../../shared/words/reason';
import { openTest, tempDir } from './helpers';

const why = reason('reason.signIn.viewerRole', { named: 'yes', server: 'Home', serverId: '11', roleId: '22' });
const detail = reason('reason.signIn.withDiscord', { from: '192.0.2.7' }, why);
const signIn = { actor: 'ana (viewer, session)', action: 'session.sign-in', result: 'ok' };
const english =
  'with Discord, from 192.0.2.7; holds a viewer role listed in the sign-in settings in the Discord server "Home" (role id 22, server id 11)';

describe('an audit row kept with its code', () => {
  it('comes back after the store is opened again, said in German and Indonesian', async () => {
    const { store, dataDir } = await openTest();
    // Dated now: a row older than a year is dropped at the next write (store/audit.ts).
    store.audit({ ...signIn, detail: inEnglish(detail), reason: detail });
    store.audit({ actor: 'ui', action: 'monitor.pause', result: 'applied' });
    await store.close();

    const again = await openTest({ dataDir });
    const [paused, signedIn] = again.store.auditLog().sort((a, b) => b.id - a.id);
    expect(signedIn).toEqual({ id: 1, ...signIn, at: expect.any(Number), detail: english, reason: detail });
    expect(paused).not.toHaveProperty('reason');
    expect(sayReason(signedIn!.reason, signedIn!.detail!, translator('de'))).toBe(
      'mit Discord, von 192.0.2.7; hat eine in den Anmeldeeinstellungen eingetragene Betrachterrolle im Discord-Server „Home“ (Rollen-ID 22, Server-ID 11)',
    );
    expect(sayReason(signedIn!.reason, signedIn!.detail!, translator('id'))).toBe(
      'dengan Discord, dari 192.0.2.7; memegang peran pelihat yang terdaftar di pengaturan masuk, di server Discord "Home" (ID peran 22, ID server 11)',
    );
    await again.store.close();
  });

  it('kept before codes (schema 17): the store opens, the rows load whole with their English', async () => {
    const dataDir = await tempDir();
    const db = await newDatabase();
    migrate(db, 17);
    db.run(
      "INSERT INTO audit (at, actor, action, detail, result, kind) VALUES (1000, 'ana (viewer, session)', 'session.sign-in', ?, 'ok', 'access')",
      [english],
    );
    db.run(
      "INSERT INTO audit (at, actor, action, detail, result, kind) VALUES (2000, 'x (discord:5)', 'session.sign-in', 'with Discord, from 192.0.2.7: no', 'refused', 'refused')",
    );
    db.run("INSERT INTO monitor_states (monitor, at, state, why, after_change) VALUES ('web', 3000, 'up', NULL, 0)");
    await writeFile(join(dataDir, 'history.sqlite'), db.export());
    db.close();

    const { store } = await openTest({ dataDir });
    expect(store.auditTotal()).toBe(2);
    const [refused, signedIn] = store.auditLog();
    expect(signedIn).toEqual({ id: 1, ...signIn, at: 1_000, detail: english });
    expect(refused).toEqual({
      id: 2,
      actor: 'x (discord:5)',
      action: 'session.sign-in',
      at: 2_000,
      detail: 'with Discord, from 192.0.2.7: no',
      result: 'refused',
    });
    expect(store.monitorStates()).toHaveLength(1);
    for (const language of ['en', 'de', 'id'] as const)
      expect(sayReason(signedIn!.reason, signedIn!.detail!, translator(language))).toBe(english);
    await store.close();
  });
});
