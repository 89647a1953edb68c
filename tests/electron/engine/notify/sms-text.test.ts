/** The SMS text's length rules (3GPP TS 23.038) and the cut that keeps the addresses, as tables. */
import { describe, expect, it } from 'vitest';

import { lastAddressEnd, smsLength, smsText } from '../../../../electron/engine/notify/channels/sms-text';

describe('smsLength', () => {
  it.each([
    ['a'.repeat(160), 'gsm7', 160, 1],
    ['a'.repeat(161), 'gsm7', 161, 2],
    ['a'.repeat(306), 'gsm7', 306, 2],
    ['a'.repeat(307), 'gsm7', 307, 3],
    ['€'.repeat(80), 'gsm7', 160, 1],
    ['{'.repeat(81), 'gsm7', 162, 2],
    ['Änderung ü ß é', 'gsm7', 14, 1],
    ['ç'.repeat(70), 'ucs2', 70, 1],
    ['ç'.repeat(71), 'ucs2', 71, 2],
    ['ç'.repeat(134), 'ucs2', 134, 2],
    ['📶'.repeat(35), 'ucs2', 70, 1],
  ])('%j: %s, %d units, %d segments', (text, encoding, units, segments) => {
    expect(smsLength(text)).toEqual({ encoding, units, segments });
  });
});

describe('lastAddressEnd', () => {
  it.each([
    ['IPv4 changed from 203.0.113.7 to 198.51.100.1 (AS64500)', 45],
    ['now 203.0.113.xxx', 17],
    ['now 2001:db8::1 since 09:15:00', 15],
    ['now 2001:db8:1:2:xxxx:xxxx:xxxx:xxxx', 36],
    ['offline since 09:15:00', 0],
  ])('%j: %d', (text, end) => {
    expect(lastAddressEnd(text)).toBe(end);
  });
});

describe('smsText', () => {
  const long = (tail: number) => `IPv4 changed from 203.0.113.7 to 198.51.100.1 (${'network name '.repeat(tail)})`;
  it('sends a summary that fits one segment as it is', () => {
    expect(smsText('IPv4 changed from 203.0.113.7 to 198.51.100.1')).toBe(
      'IPv4 changed from 203.0.113.7 to 198.51.100.1',
    );
  });
  it('cuts a longer one after a word past the last address, into one segment', () => {
    const t = smsText(long(20));
    expect(t.endsWith('...')).toBe(true);
    expect(t).toContain('198.51.100.1');
    expect(smsLength(t).segments).toBe(1);
  });
  it('keeps the addresses whole when they alone pass one segment (UCS-2), in more segments', () => {
    const text = `IPv6 は 2001:db8:1234:5678:9abc:def0:1234:5678 から 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff に変わりました`;
    const t = smsText(text);
    expect(t).toBe(text);
    expect(smsLength(t).segments).toBe(2);
  });
  it('never passes 1,600 characters', () => {
    expect([...smsText(`2001:db8::1 ${'ç'.repeat(3000)} 2001:db8::2`)].length).toBe(1600);
  });
});
