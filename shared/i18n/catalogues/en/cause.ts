/**
 * Why a check found no address (shared/check-cause.ts): one clause per cause, said alike by the
 * banner, the address cards, Activity, the API, the CLI, the bot and the runner's log
 * (shared/words/check-cause.ts); the advice a person can act on, and the banner's line offline.
 */
export const cause = {
  'reason.cause.network': 'no source could be reached: the network is down or has no way out',
  'reason.cause.noAddress': 'sources replied, but none with an address: a sign-in page or a filter may be in the way',
  'reason.cause.differ': 'sources answered with different addresses',
  'reason.cause.tooFew': 'too few sources answered with the same address',
  'reason.cause.noIpv6': 'IPv4 works, but no IPv6 source could be reached: this network may have no IPv6',
  'reason.cause.noIpv4': 'IPv6 works, but no IPv4 source could be reached: this network may have no IPv4',
  'reason.cause.noSource': 'no source is set up',
  'cause.advice.network': "Check this machine's network connection (cable, Wi-Fi, VPN).",
  'cause.advice.noAddress': 'On a hotel or café Wi-Fi, sign in to its portal.',
  'cause.advice.noIpv6': 'If so, switch IPv6 off in Settings.',
  'cause.advice.noIpv4': 'If so, switch IPv4 off in Settings.',
  'cause.offline': 'No internet: {cause}. Checks retry by themselves.',
  'cause.note': '{family}: {cause}.',
  'sourceError.builtInNameNotFound':
    "A built-in source's name was not found (DNS): this network's name service may be down, or filter it. Nothing in its settings needs fixing.",
} as const;
