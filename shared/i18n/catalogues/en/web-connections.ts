/**
 * The Connections page's words (issue 63, renderer/src/pages/Connections*.tsx): what IPWatch may
 * contact for the current settings and what it contacted since it started. The purposes, roles and
 * results themselves are the inventory's (`egress.ts`), shared with `ipwatch egress`.
 */
export const webConnections = {
  'web.page.connections': 'Connections',
  'web.connections.intro':
    'Every destination IPWatch may contact for the current settings, and every one it contacted since it started.',
  'web.connections.what': 'the connections',
  'web.connections.enforce':
    '{enforce, select, true {Connections to a destination not in this list are refused.} other {Connections to a destination not in this list are recorded, not refused.}}',
  'web.connections.enforceLink': 'Change it in Settings › Connections',

  'web.connections.declared': 'May contact',
  'web.connections.declaredCount':
    '{count, plural, one {# destination for the current settings} other {# destinations for the current settings}}',
  'web.connections.declaredNone': 'Nothing: with the current settings IPWatch contacts no one.',
  'web.connections.declared.scrollable': 'Destinations IPWatch may contact, scrollable',
  'web.connections.group': '{purpose} ({count, plural, one {# destination} other {# destinations}})',
  'web.connections.result.address': 'answered with an address',
  'web.connections.result.noAddress': 'answered, but with no address',
  'web.connections.col.destination': 'Destination',
  'web.connections.col.port': 'Port',
  'web.connections.col.purpose': 'Purpose',
  'web.connections.col.setting': 'Turned on by',
  'web.connections.col.often': 'How often',
  'web.connections.col.count': 'Times',
  'web.connections.col.last': 'Last',
  'web.connections.col.result': 'Last result',
  'web.connections.col.lookup': 'Name looked up by',
  'web.connections.port': '{protocol} {port}',
  'web.connections.portLater': '{protocol}, port learned at run time',
  'web.connections.setting.lookups': 'any destination above named by a host name',
  'web.connections.setting.proxy': 'the environment ({variables})',

  'web.connections.contacted': 'Contacted since start',
  'web.connections.contactedSince':
    'Since {since}: {count, plural, one {# destination} other {# destinations}}, {undeclared, plural, =0 {none undeclared} one {# undeclared} other {# undeclared}}.',
  'web.connections.contactedNone': 'Nothing contacted yet since {since}.',
  'web.connections.contacted.scrollable': 'Destinations IPWatch contacted, scrollable',
  'web.connections.undeclared': 'Undeclared',
  'web.connections.undeclaredWhy': 'not in the list of destinations for the current settings',
  'web.connections.lookup.system': "the system's resolver",
  'web.connections.lookup.none': 'none (an address)',

  'web.connections.lookups': 'Name lookups',
  'web.connections.lookupsNone': 'No name looked up yet.',
  'web.connections.lookups.scrollable': 'Names looked up, scrollable',
  'web.connections.col.name': 'Name',

  // The gate's error codes in words (shared/words/error.ts's short forms): never the code alone.
  'web.connections.error.refusedByEnforce': 'refused: not in the list, and undeclared connections are refused',
  'web.connections.error.refusedLocal':
    'refused: a public name answered with a local address, and undeclared connections are refused',
  'web.connections.error.connectionRefused': 'the host refused the connection',
  'web.connections.error.connectionCut': 'the connection was cut',
  'web.connections.error.timeout': 'no answer in time',
  'web.connections.error.nameNotFound': 'the name does not exist',
  'web.connections.error.lookupFailed': 'the name could not be looked up',
  'web.connections.error.unreachable': 'no route to the host',
  'web.connections.error.tls': 'the secure connection failed (certificate or TLS)',
  'web.connections.error.httpStatus': 'the server answered with an error',
  'web.connections.error.rateLimited': 'the server asked IPWatch to slow down',
  'web.connections.error.unreadable': 'the answer could not be read',
  'web.connections.error.network': 'a network error',
  'web.connections.error.unknown': 'an unknown error',
  'web.connections.resultWithError': '{result}: {error}',
} as const;
