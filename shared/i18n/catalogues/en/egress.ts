/**
 * The egress inventory's words (issue 63): why IPWatch contacts each destination, the roles a
 * destination's host is given by, and the log lines of the gate (electron/engine/egress/).
 */
export const egress = {
  'egress.purpose.echo': 'Built-in web source: tells IPWatch your public address',
  'egress.purpose.stun': 'Built-in STUN source: tells IPWatch your public address',
  'egress.purpose.dnsDetection': 'Built-in DNS source: tells IPWatch your public address',
  'egress.purpose.customSource': 'Your own source: tells IPWatch your public address',
  'egress.purpose.systemDns': 'Name lookups of the destinations in this list',
  'egress.purpose.routerPortMapping': 'The router watch: asks the router for its external address (NAT-PMP, PCP)',
  'egress.purpose.routerDiscovery': 'The router watch: looks for a UPnP router on the local network',
  'egress.purpose.routerUpnp': 'The router watch: asks the UPnP router for its external address',
  'egress.purpose.ddnsApi': 'Dynamic DNS: updates your record at its provider',
  'egress.purpose.ddnsUpdate': 'Dynamic DNS: updates your record at its name server (RFC 2136)',
  'egress.purpose.ddnsProof': 'Dynamic DNS: checks your record at the name servers of its zone',
  'egress.purpose.ddnsZoneWalk':
    "Dynamic DNS: finds your record's zone (asks for the NS records of its name and each name above it)",
  'egress.purpose.channel': 'Notification channel: delivers notices',
  'egress.purpose.heartbeat': 'Heartbeat: tells the service that IPWatch still runs',
  'egress.purpose.identity': 'Network identity: asks who gives you a new address',
  'egress.purpose.discordBot': 'Discord bot: slash commands and posts',
  'egress.purpose.signIn': 'Sign in with Discord to the dashboard',
  'egress.purpose.serviceMonitor': 'Service monitor: checks that your service is reachable',
  'egress.purpose.speedTest': 'Speed test',
  'egress.purpose.fleet': 'Fleet: publishes and watches sites through the broker',
  'egress.purpose.proxy': 'The proxy your environment sets (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY)',
  'egress.role.gateway': 'the gateway',
  'egress.role.systemDns': 'a DNS server of the system',
  'egress.role.entered': 'the host you entered',
  'egress.role.zoneServers': 'the name servers of your zone',
  'egress.role.localRouter': 'the router that answered on the local network',
  'egress.refused':
    'Refused a connection to {host} port {port} ({protocol}): it is not in the list of destinations for the current settings, and undeclared connections are refused (egress.enforce).',
  'egress.undeclared':
    'Connected to {host} port {port} ({protocol}), which is not in the list of destinations for the current settings.',
  'egress.refusedLocal':
    'Refused a connection to {host}: it resolved to {address}, an address of this machine or its local network, and {host} is not declared as a name of your own network; such an answer to a public name is refused while undeclared connections are (egress.enforce). Write the address itself, or a name under .home.arpa, .local, .lan or .internal.',
  'egress.resolvedLocal':
    '{host} resolved to {address}, an address of this machine or its local network, though it is not declared as a name of your own network; with egress.enforce on, this connection would be refused.',
  'egress.cli.declared': 'May contact ({count, plural, one {# destination} other {# destinations}}):',
  'egress.cli.contacted': 'Contacted since {since} ({count, plural, one {# destination} other {# destinations}}):',
  'egress.cli.notAsked': 'What was contacted is known only to the running runner: {reason}',
  'egress.cli.noToken': 'set IPWATCH_API_TOKEN to an API token (ipwatch token create makes one)',
  'egress.cli.none': 'nothing yet',
  'egress.cli.enforce': 'Undeclared connections: {enforce, select, true {refused} other {recorded, not refused}}',
  'egress.cli.every': 'at most every {interval}',
  'egress.cli.onEvent': 'on demand or on an event',
  'egress.cli.times': '{count, plural, one {# time} other {# times}}, last {at}: {result}',
  'egress.cli.undeclaredMark': 'undeclared',
  'egress.result.ok': 'ok',
  'egress.result.failed': 'failed',
  'egress.result.refused': 'refused',
  'egress.result.open': 'under way',
} as const;
