import type { Area } from '../area';
import type { core as source } from '../en/core';

export const core = {
  'duration.day': '{n} hr',
  'duration.hour': '{n} jam',
  'duration.minute': '{n} mnt',
  'duration.second': '{n} dtk',
  'duration.ago': '{duration} yang lalu',

  'address.none': 'tidak ada',
  'address.hidden': '(disembunyikan)',

  'ddns.state.inStep': 'sesuai',
  'ddns.state.updating': 'sedang diperbarui',
  'ddns.state.propagating': 'sedang menyebar',
  'ddns.state.waiting': 'menunggu untuk dicoba lagi',
  'ddns.state.stopped': 'dinonaktifkan',
  'ddns.state.failed': 'gagal',
  'ddns.state.off': 'mati',
} satisfies Area<typeof source>;
