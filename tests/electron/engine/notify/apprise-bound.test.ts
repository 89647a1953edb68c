/**
 * The Apprise channel remembers which of its URLs had a notice for at most KEPT notices at once
 * (issue 49): past it, the oldest is forgotten, and a retry of that one goes to every URL again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { apprise, KEPT } from '../../../../electron/engine/notify/channels/apprise';
import type { Channel, Delivery } from '../../../../electron/engine/notify/types';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { processSecrets } from '../../../../electron/engine/secrets/resolve';
import { type AppriseFake, startAppriseFake } from '../../../fakes/apprise';

const TG = 'tgram://123456789:AAHsEcReTbOtToKeN42/12345';
const MAIL = 'mailtos://me:S3cretMailPass@mail.example.org';

let ap: AppriseFake;
beforeEach(async () => (ap = await startAppriseFake()));
afterEach(async () => ap.close());

const delivery = (key: string): Delivery => ({
  notice: {
    kind: 'ipv4-changed',
    key,
    at: 1,
    family: 4,
    from: '81.2.69.142',
    to: '81.2.69.201',
    fromSince: 0,
    sources: ['a', 'b'],
  },
  message: { title: 'IPv4 changed', summary: '', fields: [], text: 'IPv4 changed', tone: 'info', time: '' },
  mask: 'none',
  idempotencyKey: key,
  signal: new AbortController().signal,
});

describe('apprise progress', () => {
  it(`is kept for at most ${KEPT} notices, the oldest forgotten first`, async () => {
    const built = apprise.build(
      { url: ap.url, appriseUrls: `${TG}, ${MAIL}` },
      {
        clock: systemClock,
        logger: createLogger('test', { level: 'error', sink: () => undefined }),
        hostname: 'test',
        secrets: processSecrets,
        redactor: createRedactor(),
      },
    );
    if (!built.ok) throw new Error(built.reason);
    const channel: Channel = built.channel;
    ap.failing.add(MAIL);
    // Each notice reaches Telegram only: its progress is kept, waiting for a retry to the mail.
    for (let i = 0; i <= KEPT; i++) expect((await channel.send(delivery(`n${i}`))).ok).toBe(false);
    ap.failing.clear();
    const urlsOf = async (key: string) => {
      const before = ap.requests.length;
      expect(await channel.send(delivery(key))).toEqual({ ok: true });
      return ap.requests.slice(before).map((r) => r.body.urls);
    };
    // The newest is still remembered: only the mail is sent again.
    expect(await urlsOf(`n${KEPT}`)).toEqual([MAIL]);
    // The first was forgotten to keep the bound: both again.
    expect((await urlsOf('n0')).sort()).toEqual([MAIL, TG].sort());
  });
});
