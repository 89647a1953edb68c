/**
 * The bot in the member's language and posts in the server's (issue 62), through a real
 * discord.js Client and the Discord stand-in: a server whose preferred locale is German, members
 * who use Discord in German, Indonesian, English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { snowflake } from '../../../fakes/discord/payloads';
import { until } from '../../../helpers/until';
import { answered, type BotHarness, callback, connected, startBot } from './helpers';

let h: BotHarness;
const member = (locale: string) => ({ user: { id: '300000000000000011', username: `m-${locale}` }, locale });
const german = member('de');
const indonesian = member('id');

beforeAll(async () => {
  const channels = [
    { id: snowflake(), name: 'ip', denyBot: 0n },
    { id: snowflake(), name: 'chat', denyBot: 0n },
  ];
  h = await startBot({ discord: { guilds: [{ id: snowflake(), name: 'Heim', channels, preferredLocale: 'de' }] } });
  await connected(h);
  for (const ip of ['81.2.69.143', '81.2.69.144']) {
    h.world.setIp(ip, '2a02:1:2:3::5');
    await h.runtime.engine.checkNow('manual');
  }
});
afterAll(async () => h?.close());

/** A command's answer, as the member sees it: the callback's (or, deferred, the edit's) data as text. */
async function ask(name: string, who: { user: { id: string; username: string }; locale: string }, deferred = false) {
  const log = h.discord.command(name, {}, who, h.discord.home.channels[1]!.id);
  await answered(log, deferred);
  const data = deferred ? (log.edits[0] as Record<string, unknown>) : callback(log).data;
  return JSON.stringify(data);
}

describe('registration', () => {
  it('registers every command, option and choice with German and Indonesian names and descriptions', () => {
    const list = h.discord.commands.guild.get(h.discord.home.id)!;
    const history = list.find((c) => c.name === 'history')!;
    expect(history.name_localizations).toEqual({ de: 'verlauf', id: 'riwayat' });
    expect(history.description_localizations).toEqual({
      de: 'Frühere öffentliche Adressen, die neueste zuerst',
      id: 'Alamat publik sebelumnya, yang terbaru lebih dulu',
    });
    for (const c of list) {
      expect(Object.keys(c.name_localizations as object)).toEqual(['de', 'id']);
      expect(Object.keys(c.description_localizations as object)).toEqual(['de', 'id']);
    }
    const config = list.find((c) => c.name === 'config')!;
    const set = (config.options as Record<string, unknown>[]).find((o) => o.name === 'set')!;
    const mask = (set.options as Record<string, unknown>[]).find((o) => o.name === 'mask')!;
    expect(mask.name_localizations).toEqual({ de: 'maske', id: 'samarkan' });
    expect((mask.choices as Record<string, unknown>[])[2]).toEqual({
      name: 'hidden',
      name_localizations: { de: 'verborgen', id: 'disembunyikan' },
      value: 'hidden',
    });
  });
});

describe('a German member', () => {
  it('gets /status, /ip, /history, /stats and /help in German', async () => {
    const status = await ask('status', german);
    for (const s of [
      'IPWatch-Status',
      'Überwachung',
      'Letzte Prüfung',
      'Nächste Prüfung',
      'Quellen',
      'Benachrichtigungen',
    ])
      expect(status).toContain(s);
    const ip = await ask('ip', german);
    for (const s of ['Öffentliche IP-Adressen', 'Aktualisieren', 'Jetzt prüfen', 'letzte Prüfung'])
      expect(ip).toContain(s);
    const history = await ask('history', german);
    for (const s of ['Adressverlauf', 'Seite 1 von 1 · 4 Einträge', 'Zurück', 'Weiter']) expect(history).toContain(s);
    const stats = await ask('stats', german, true);
    for (const s of ['Statistik der letzten 30 Tg.', 'Verfügbarkeit (überwachte Zeit)', 'Wechsel'])
      expect(stats).toContain(s);
    const help = await ask('help', german);
    for (const s of ['IPWatch-Befehle', '**/verlauf** Frühere öffentliche Adressen', '**/standorte**'])
      expect(help).toContain(s);
  });

  it('is refused in German', async () => {
    const log = h.discord.command('pause', {}, german);
    await answered(log);
    expect(callback(log).data?.content).toBe(
      'Nur Administratoren von IPWatch dürfen das (Server verwalten oder eine in den Einstellungen festgelegte Rolle).',
    );
    const bad = h.discord.command('history', { family: 'ipx' }, german);
    await answered(bad);
    expect(callback(bad).data?.content).toBe(
      'Ungültige Option: ip-version muss IPv4, IPv6 oder beide sein (z. B. 4, v6, all), nicht „ipx“.',
    );
  });
});

describe('an Indonesian member', () => {
  it('gets /status, /ip, /history, /stats and /help in Indonesian, in a German server', async () => {
    const status = await ask('status', indonesian);
    for (const s of ['Status IPWatch', 'Pemantauan', 'Pemeriksaan terakhir', 'Sumber', 'Notifikasi'])
      expect(status).toContain(s);
    const ip = await ask('ip', indonesian);
    for (const s of ['Alamat IP publik', 'Muat ulang', 'Cek sekarang']) expect(ip).toContain(s);
    const history = await ask('history', indonesian);
    for (const s of ['Riwayat alamat', 'Halaman 1 dari 1 · 4 entri', 'Sebelumnya']) expect(history).toContain(s);
    const stats = await ask('stats', indonesian, true);
    for (const s of ['Statistik, 30 hr terakhir', 'Uptime (waktu dipantau)', 'Perubahan']) expect(stats).toContain(s);
    const help = await ask('help', indonesian);
    for (const s of ['Perintah IPWatch', '**/riwayat** Alamat publik sebelumnya']) expect(help).toContain(s);
  });
});

describe('other members', () => {
  it('answers English to English, and the server’s German to a locale IPWatch does not speak', async () => {
    expect(await ask('ip', member('en-GB'))).toContain('Public IP addresses');
    expect(await ask('ip', member('fr'))).toContain('Öffentliche IP-Adressen');
  });
});

describe('posts', () => {
  it("arrive in the server's preferred locale, German, the button too", async () => {
    const before = h.discord.posted.length;
    h.world.setIp('81.2.69.150', '2a02:1:2:3::5');
    await h.runtime.engine.checkNow('manual');
    await until(() => h.discord.posted.length > before, { what: 'the change post' });
    const { body } = h.discord.posted.at(-1)!;
    const text = JSON.stringify(body);
    for (const s of ['Öffentliche IPv4-Adresse geändert', 'Neue Adresse', '/ip anzeigen']) expect(text).toContain(s);
  });
});
