import type { Area } from '../area';
import type { core as source } from '../en/core';

export const core = {
  'duration.day': '{n} Tg.',
  'duration.hour': '{n} Std.',
  'duration.minute': '{n} Min.',
  'duration.second': '{n} Sek.',
  'duration.ago': 'vor {duration}',

  'address.none': 'keine',
  'address.hidden': '(verborgen)',

  'ddns.state.inStep': 'aktuell',
  'ddns.state.updating': 'wird aktualisiert',
  'ddns.state.propagating': 'wird verteilt',
  'ddns.state.waiting': 'wartet auf neuen Versuch',
  'ddns.state.stopped': 'abgeschaltet',
  'ddns.state.failed': 'fehlgeschlagen',
  'ddns.state.off': 'aus',
} satisfies Area<typeof source>;
