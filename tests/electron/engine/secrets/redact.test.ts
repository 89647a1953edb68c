import { describe, expect, it } from 'vitest';

import { createRedactor, maskUrlTokens, urlSecrets } from '../../../../electron/engine/secrets/redact';

describe('maskUrlTokens', () => {
  it.each<[string, string, string]>([
    [
      'Discord webhook',
      'POST https://discord.com/api/webhooks/1234/AbC-dEf_ghi failed',
      'POST https://discord.com/api/webhooks/1234/*** failed',
    ],
    [
      'Slack webhook',
      'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX',
      'https://hooks.slack.com/services/T000/B000/***',
    ],
    [
      'Telegram bot token',
      'https://api.telegram.org/bot123456:AAbbCC-dd_ee/sendMessage',
      'https://api.telegram.org/bot123456:***/sendMessage',
    ],
    ['userinfo password', 'mqtt://user:p4ss@broker:1883', 'mqtt://user:***@broker:1883'],
    ['query token', 'https://x.example/hook?a=1&token=s3cr3t&b=2', 'https://x.example/hook?a=1&token=***&b=2'],
    ['api_key in a query', 'https://x.example/?api_key=K3Y', 'https://x.example/?api_key=***'],
    ['nothing secret', 'https://ntfy.sh/ home-ip 503', 'https://ntfy.sh/ home-ip 503'],
  ])('%s', (_label, input, output) => {
    expect(maskUrlTokens(input)).toBe(output);
  });

  it('extracts the secret parts of a URL', () => {
    expect(urlSecrets('https://u:pw12@h/api/webhooks/9/TOK?token=q1')).toEqual(['TOK', 'pw12', 'q1']);
  });
});

describe('createRedactor', () => {
  it('masks every registered value, in plain, JSON-escaped and URL-encoded form, longest first', () => {
    const r = createRedactor();
    r.add(['pa"ss/word', 'short', 'shortest-of-all', 'ab']);
    expect(r.text('a pa"ss/word b')).toBe('a *** b');
    expect(r.text(JSON.stringify({ p: 'pa"ss/word' }))).toBe('{"p":"***"}');
    expect(r.text(`q=${encodeURIComponent('pa"ss/word')}`)).toBe('q=***');
    expect(r.text('shortest-of-all')).toBe('***');
    // Very short values would mask ordinary words everywhere.
    expect(r.text('ab cd')).toBe('ab cd');
  });

  it('redacts every string of a nested value, leaving the rest as it was', () => {
    const r = createRedactor();
    r.add(['hunter22']);
    expect(r.deep({ a: ['x hunter22', 1, null], b: { c: true, d: 'hunter22' } })).toEqual({
      a: ['x ***', 1, null],
      b: { c: true, d: '***' },
    });
    // An error keeps its (redacted) message; a Date is left as it is.
    const at = new Date(0);
    expect(r.deep({ e: new Error('auth hunter22 refused'), at })).toEqual({ e: 'Error: auth *** refused', at });
  });
});
