/** English: core (the source; docs/i18n.md). */
export const core = {
  // Durations (shared/words/duration.ts): the two largest units, each rounded down.
  'duration.day': '{n} d',
  'duration.hour': '{n} h',
  'duration.minute': '{n} min',
  'duration.second': '{n} s',
  'duration.ago': '{duration} ago',

  // Addresses as a channel's mask shows them (electron/engine/format/display.ts).
  'address.none': 'none',
  'address.hidden': '(hidden)',

  // A dynamic DNS record's state (shared/words/ddns.ts).
  'ddns.state.inStep': 'in step',
  'ddns.state.updating': 'updating',
  'ddns.state.propagating': 'propagating',
  'ddns.state.waiting': 'waiting to retry',
  'ddns.state.stopped': 'switched off',
  'ddns.state.failed': 'failed',
  'ddns.state.off': 'off',
} as const;
