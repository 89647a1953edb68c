/**
 * discord.js REST's request past its time limit is recorded as a time limit (issue 62): the
 * bot's Client (discord-client.ts) bounds each request itself with a TimeoutError before
 * @discordjs/rest's own timer (a bare abort, which the gate could only record as a cancel) would
 * fire, so the Connections page says "time limit passed before an answer", not "cancelled".
 * The real discord.js Client and egress gate against a server that accepts and never answers.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

import * as djs from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { newClient } from '../../../../electron/engine/bot/discord-client';
import { createEgressGate } from '../../../../electron/engine/net/egress-gate';
import { english, translator } from '../../../../shared/i18n/translators';
import { errorShort } from '../../../../shared/words/error';

let silent: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  silent = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  port = (silent.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
});

it("a REST request past the bot's time limit is recorded, and said, as a time limit", async () => {
  const gate = createEgressGate();
  const client = newClient(djs, `http://127.0.0.1:${port}/api`, gate, 300);
  client.rest.setToken('a-token-for-the-silent-server');
  try {
    await expect(client.rest.get('/gateway/bot')).rejects.toMatchObject({ name: 'TimeoutError' });
  } finally {
    await client.destroy();
  }
  const contact = gate.report().contacted.find((c) => c.port === port);
  expect(contact).toMatchObject({ lastResult: 'failed', lastError: 'TimeoutError' });
  expect(errorShort(contact!.lastError!, english)).toBe('time limit passed before an answer');
  expect(errorShort(contact!.lastError!, translator('de'))).toBe('Zeitlimit vor einer Antwort abgelaufen');
  expect(errorShort(contact!.lastError!, translator('id'))).toBe('batas waktu habis sebelum ada jawaban');
});
