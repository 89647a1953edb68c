/**
 * /history says what changed in the network with each change (shared/network-shift.ts), read
 * from a real store stamped by the real lookup over the shipped tables, its blocks masked as the
 * server masks addresses.
 */
import { afterAll, describe, expect, it } from 'vitest';

import type { BotServices } from '../../../../electron/engine/bot/commands/define';
import { historyReply } from '../../../../electron/engine/bot/commands/history';
import { createIdentityLookup } from '../../../../electron/engine/identity';
import { english } from '../../../../shared/i18n/translators';
import { guildSchema } from '../../../../shared/settings/discord';
import { change, openTest } from '../store/helpers';

const lookup = createIdentityLookup();
afterAll(() => lookup.close());

describe('/history and the network behind each change', () => {
  it('adds a line for a new network or a new announced prefix, masked as the addresses are', async () => {
    const { store, clock } = await openTest({ identify: (ip) => lookup.lookup(ip) });
    store.recordChange(change(4, null, '79.192.1.1', clock.now()));
    store.recordChange(change(4, '79.192.1.1', '80.187.0.1', clock.now() + 1_000));
    store.recordChange(change(4, '80.187.0.1', '8.8.8.8', clock.now() + 2_000));
    const services = { history: store } as unknown as BotServices;
    const say = (mask: 'none' | 'partial' | 'hidden') => {
      const guild = guildSchema.parse({ id: '100000000000000001', mask });
      return String(historyReply(services, guild, '4', 10, 0, english).embeds?.[0]?.description);
    };
    const open = say('none');
    expect(open).toContain('↳ The network changed from AS3320 to AS15169');
    expect(open).toContain('↳ New address block 80.187.0.0/16 (was 79.192.0.0/10), same network AS3320');
    expect(open.match(/↳/g)).toHaveLength(2); // the first address: no line
    expect(say('partial')).toContain('New address block 80.187.0.xxx/16 (was 79.192.0.xxx/10)');
    expect(say('hidden')).not.toContain('79.192');
    await store.close();
  });
});
