import { describe, expect, it } from 'vitest';

import { firstRunInput, initialFirstRunForm } from '../../renderer/src/first-run/first-run-form';
import { english } from '../../shared/i18n/translators';

describe('firstRunInput', () => {
  it('turns the defaults into the wizard call, without a token when none was given', () => {
    expect(firstRunInput(initialFirstRunForm, english)).toEqual({
      ok: true,
      input: { ipv4: true, ipv6: true, desktopNotifications: true, startAtLogin: true },
    });
  });
  it.each([
    ['nothing watched', { ipv4: false, ipv6: false }, 'Watch at least one of IPv4 and IPv6.'],
    ['a token too short to be one', { discordBotToken: 'abc' }, 'Bot token: Must be at least 20 characters long.'],
  ])('refuses %s, in words that name the field', (_name, change, error) => {
    const r = firstRunInput({ ...initialFirstRunForm, ...change }, english);
    expect(r).toEqual({ ok: false, errors: [error] });
  });
  it('trims a pasted token', () => {
    const token = '  MTIzNDU2Nzg5MDEyMzQ1Njc4.G1a2b3.abcdefghijklmnop  ';
    const r = firstRunInput({ ...initialFirstRunForm, discordBotToken: token }, english);
    expect(r.ok && r.input.discordBotToken).toBe(token.trim());
  });
});
