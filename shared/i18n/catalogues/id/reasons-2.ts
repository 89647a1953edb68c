/** Indonesian: a source's reasons (en/reasons-2.ts). */
import type { Area } from '../area';
import type { reasons2 as source } from '../en/reasons-2';

export const reasons2 = {
  'reason.source.empty': 'jawaban kosong',
  'reason.source.html': 'halaman HTML, bukan alamat',
  'reason.source.severalAddresses': 'beberapa alamat dalam satu jawaban ({count})',
  'reason.source.notAnAddress': 'bukan alamat: {said}',
  'reason.source.wrongFamily': 'seharusnya {expected}, tetapi {got} {address}',
  'reason.source.bogon':
    '{address} adalah alamat {kind, select, unspecified {tak tertentu ({range})} private {privat ({range})} loopback {loopback ({range})} linkLocal {link-local ({range})} multicast {multicast ({range})} documentation {dokumentasi ({range})} benchmarking {benchmarking ({range})} reserved {cadangan ({range})} cgnat {CGNAT ({range})} nonGlobal {non-global (di luar {range})} other {{kind} ({range})}}',
  'reason.source.outvoted': 'menjawab {address}, tetapi sumber lain sepakat pada alamat lain',
  'reason.source.failed': '{said}',

  'sourceError.title': 'Galat sumber',
  'sourceError.line': '{source}: {error}',
} as const satisfies Area<typeof source>;
