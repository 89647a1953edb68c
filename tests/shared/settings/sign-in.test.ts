import { describe, expect, it } from 'vitest';

import { apiSettingsSchema } from '../../../shared/settings/api';
import { mapSecrets } from '../../../shared/settings/secret';

describe('api.signIn', () => {
  it('is off by default, and an older api part without it still reads', () => {
    const api = apiSettingsSchema.parse({ port: 8787, sessionHours: 720 });
    expect(api.signIn).toEqual({ discord: { clientId: null, secret: null, admins: [], viewerRoles: [] } });
    expect(api.sessionHours).toBe(720);
  });

  it('holds the client secret as a secret: masked wherever the settings leave the engine', () => {
    const api = apiSettingsSchema.parse({
      signIn: { discord: { clientId: '123456789012345678', secret: 'the-client-secret' } },
    });
    const shown = JSON.stringify(mapSecrets({ api }, () => '(kept)'));
    expect(shown).not.toContain('the-client-secret');
    expect(shown).toContain('"clientId":"123456789012345678"');
    expect(
      apiSettingsSchema.parse({ signIn: { discord: { secret: { env: 'DISCORD_SECRET' } } } }).signIn.discord.secret,
    ).toEqual({ env: 'DISCORD_SECRET' });
  });

  it('refuses ids that are not Discord ids, naming the field', () => {
    const r = apiSettingsSchema.safeParse({ signIn: { discord: { admins: ['ada'], viewerRoles: ['12'] } } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'signIn.discord.admins.0',
      'signIn.discord.viewerRoles.0',
    ]);
  });
});
