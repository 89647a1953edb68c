/**
 * How the dashboard is served: its certificate, host link and refused hosts.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const serving = {
  // How the dashboard is served (shared/words/serving.ts).
  'serving.certificate.generated': 'Certificate (made by IPWatch) SHA-256',
  'serving.certificate.configured': 'Certificate (from {setting}) SHA-256',
  'serving.certificateLine': '{label}: {fingerprint}',
  'serving.plainHttp': 'Plain HTTP is allowed on the network: the token and the dashboard travel readable',

  'web.hostLink.title': 'Confirming it is you at this computer',
  'web.hostLink.unknown':
    'This link was used already, or this IPWatch did not make it: a link from `ipwatch open` works once.',
  'web.hostLink.expired': 'This link came too late: a link from `ipwatch open` works within 2 minutes of being made.',
  'web.hostLink.signIn':
    'This browser is not signed in to the dashboard as an admin, so there was nothing to confirm, and the link is used up. Sign in with an admin token first.',
  'web.hostLink.next': 'On this computer, run `ipwatch open` again.',

  // The page a browser gets when it opens the dashboard by a name this server does not answer to
  // (electron/engine/api/door/host-refusal.ts): the DNS-rebinding defence. Nothing from the request.
  'web.hostRefused.title': 'Not opened by this name',
  /** api.lan is off; `setting` is its label. */
  'web.hostRefused.whyOff': 'IPWatch answers on this machine only, to localhost and 127.0.0.1, since {setting} is off.',
  'web.hostRefused.nextOff':
    'Open it on this machine as localhost, or turn on {setting} in Settings to reach it from other devices.',
  'web.hostRefused.whyPlain':
    'Over plain HTTP on this machine, IPWatch answers to localhost, 127.0.0.1 and [::1] only, not to another name that leads here.',
  'web.hostRefused.whyCertificate':
    'IPWatch answers to the names and addresses its certificate holds, and to localhost. Open it by one of those.',

  'web.serving.certificate': "This page's certificate",
  'web.serving.compare':
    "Compare it with the fingerprint your browser shows for this page (the padlock or the warning, then the certificate's details) and with the one <code>ipwatch status</code> prints on the machine that runs IPWatch. If they differ, something between you and that machine answered instead of IPWatch and has seen how you signed in: stop here, and on that machine rotate the token you used (<code>ipwatch token rotate NAME</code>), then sign out everywhere.",
} as const;
