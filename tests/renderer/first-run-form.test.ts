import { describe, expect, it } from 'vitest';

import { firstRunInput, initialFirstRunForm } from '../../renderer/src/first-run/first-run-form';

describe('firstRunInput', () => {
  it('turns the defaults into the wizard call, without a token when none was given', () => {
    expect(firstRunInput(initialFirstRunForm)).toEqual({
      ok: true,
      input: { ipv4: true, ipv6: true, desktopNotifications: true, startAtLogin: true },
    });
  });
  it.each([
    ['nothing watched', { ipv4: false, ipv6: false }, /ipv4: watch at least one/],
    ['a token too short to be one', { discordBotToken: 'abc' }, /discordBotToken/],
  ])('refuses %s', (_name, change, error) => {
    const r = firstRunInput({ ...initialFirstRunForm, ...change });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(error);
  });
  it('trims a pasted token', () => {
    const token = '  MTIzNDU2Nzg5MDEyMzQ1Njc4.G1a2b3.abcdefghijklmnop  ';
    const r = firstRunInput({ ...initialFirstRunForm, discordBotToken: token });
    expect(r.ok && r.input.discordBotToken).toBe(token.trim());
  });
});
