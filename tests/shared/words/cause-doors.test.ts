/**
 * Issue 75: a built-in source's name not found never asks the user to check it for typos (only
 * their own source may); the card says "no IPv6" only when the engine's cause says IPv4 works.
 */
import { describe, expect, it } from 'vitest';

import { familyNote } from '../../../shared/health';
import { english, translator } from '../../../shared/i18n/translators';
import { reason } from '../../../shared/reason';
import { sourceErrorWords } from '../../../shared/words/source-error';
import { family, lastCheck } from '../../helpers/app-status';

const NXDOMAIN = 'parse: DNS NXDOMAIN for myip.opendns.com IN A';
const failed = reason('reason.source.failed', { said: NXDOMAIN });

describe("a source's name not found", () => {
  it.each([english, translator('de'), translator('id')])('a built-in gets no typo advice (%#)', (words) => {
    const said = sourceErrorWords(NXDOMAIN, failed, words).words;
    expect(said).toBe(words.t('sourceError.builtInNameNotFound'));
    expect(said).not.toMatch(/typos|Tippfehler|salah ketik|opendns/i);
  });
  it("the user's own source is told to check its name", () => {
    expect(sourceErrorWords(NXDOMAIN, failed, english, undefined, true).words).toMatch(/myip\.opendns\.com.*typos/);
  });
});

describe('the IPv6 card', () => {
  const v6 = (cause: 'network' | 'no-ipv6') =>
    family(6, { ip: null, lastCheck: lastCheck({ result: 'unavailable', cause }) });
  it('the whole network down: the network, not "no IPv6"', () => {
    expect(familyNote(v6('network'), english)).toMatch(/network is down/);
    expect(familyNote(v6('network'), english)).not.toMatch(/no IPv6/);
  });
  it('IPv4 works: "no IPv6", with what to do', () => {
    expect(familyNote(v6('no-ipv6'), english)).toMatch(/IPv4 works.*no IPv6.*switch IPv6 off/);
  });
});
