/** Indonesian: the settings' labels other pages show, as shared/words/setting-label.ts lists them (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsOutside as source } from '../en/settings-fields-outside';

export const settingsFieldsOutside = {
  'setting.label.open-to-the-local-7fd3f5': 'Buka untuk jaringan lokal',
  'setting.label.certificate-for-the-lan-5775c8': 'Sertifikat untuk LAN',
  'setting.label.sign-in-with-discord-490373': 'Masuk dengan Discord',
  'setting.label.bot-token-6926fd': 'Token bot',
  'setting.label.dns-records-af489d': 'Record DNS',
  'setting.label.refuse-undeclared-connections-0af090': 'Tolak koneksi yang tidak terdaftar',
  'setting.label.built-in-web-sources-f5d469': 'Sumber web bawaan',
  'setting.label.built-in-stun-sources-826975': 'Sumber STUN bawaan',
  'setting.label.built-in-dns-sources-9e8a62': 'Sumber DNS bawaan',
  'setting.label.publish-this-site-6dcfac': 'Publikasikan lokasi ini',
  'setting.label.watch-the-fleet-54d6d6': 'Pantau semua lokasi',
  'setting.label.online-enrichment-458c0c': 'Pengayaan online',
  'setting.label.notification-channels-b36bc7': 'Kanal notifikasi',
  'setting.label.ask-the-router-d13933': 'Tanya router',
  'setting.label.monitors-efbe7b': 'Layanan',
  'setting.label.your-own-sources-4c96c2': 'Sumber Anda sendiri',
  'setting.label.allow-speed-tests-ac4203': 'Izinkan tes kecepatan',
  'setting.label.send-heartbeats-ea59b6': 'Kirim heartbeat',
  'setting.label.router-922ed1': 'Router',
} satisfies Area<typeof source>;
