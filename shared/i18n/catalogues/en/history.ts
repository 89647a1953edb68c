/**
 * The History page.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const history = {
  // History (renderer/src/pages/History.tsx, history-parts.tsx, ExportButtons.tsx).
  'web.history.title': 'History',
  'web.history.changeNotHere': 'The change of {at} is not on this page.',
  'web.history.noMatch': 'No runs match this filter.',
  'web.history.none': 'No history yet: the first check records one.',
  'web.history.firstSeen': 'First seen',
  'web.history.from': 'From',
  'web.history.col.family': 'IP version',
  'web.history.col.address': 'Address',
  'web.history.col.from': 'From',
  'web.history.col.lastSeen': 'Last seen',
  'web.history.col.held': 'Held',
  'web.history.col.checks': 'Checks',
  'web.history.col.network': 'Network',
  'web.history.col.change': 'Change',
  'web.history.filter.family': 'IP version',
  'web.history.filter.both': 'Both',
  'web.history.filter.search': 'Search address',
  'web.history.filter.example': 'e.g. {example}',
  'web.history.filter.rows': 'Rows per page',
  'web.history.table.scrollable': 'Address history, scrollable',
  'web.history.table.caption': 'Address history',
  'web.history.pager': 'Pages',
  'web.history.previous': 'Previous',
  'web.history.next': 'Next',
  'web.history.page': 'Page {page} of {pages} ({total, plural, one {# entry} other {# entries}})',
  'web.history.export': 'Export {format}',
  'web.history.exportNone': 'Nothing to export yet: no address has been recorded.',
} as const;
