/**
 * The person at the host confirming it is them (issue 73): the Settings page's refusal of a
 * dangerous change says how (renderer/src/api/api-error-words.ts, the API's `dangerous` code), and
 * the page a host link (`ipwatch open`, electron/engine/api/host-proof/host-link-route.ts) shows when it did
 * not confirm this browser.
 */
export const hostLink = {
  'web.apiError.dangerous':
    'Only the person at the computer IPWatch runs on may make this change (it changes where a stored secret goes, what runs there, who may sign in, or lowers a protection). On that computer, run `ipwatch open` to confirm it is you, then try again within 5 minutes. Signed in with Discord: sign in again, then try again within 5 minutes.',
  'web.hostLink.title': 'Confirming it is you at this computer',
  'web.hostLink.unknown':
    'This link was used already, or this IPWatch did not make it: a link from `ipwatch open` works once.',
  'web.hostLink.expired': 'This link came too late: a link from `ipwatch open` works within 2 minutes of being made.',
  'web.hostLink.signIn':
    'This browser is not signed in to the dashboard as an admin, so there was nothing to confirm, and the link is used up. Sign in with an admin token first.',
  'web.hostLink.next': 'On this computer, run `ipwatch open` again.',
} as const;
