/**
 * The dashboard's last words that were English everywhere (issue 62): a notice's name quoted on
 * Activity, and the API's refusals and failures said in the page's language
 * (renderer/src/api/api-error-words.ts). The API answers in English; where its sentence is fixed,
 * the English here is that sentence, so an English page reads exactly what the API said.
 */
export const webLeftovers = {
  /** A notice's name in a sentence of Activity: "Sent 'IPv4 address changed' to hook". */
  'web.activity.notice.named': "''{name}''",

  'web.apiError.noAnswer': 'no answer from IPWatch (it may have stopped, or the network between you and it is down)',
  'web.apiError.signedOut': 'signed out',
  'web.apiError.internal': 'the request failed; the log says why',
  'web.apiError.crossSite': 'requests from other sites are refused',
  'web.apiError.forbidden': 'the app refused this: your sign-in may not do it (HTTP 403)',
  'web.apiError.notFound': 'the app has no such item (HTTP 404): it may have been removed meanwhile',
  'web.apiError.conflict': 'the app cannot do this now (HTTP 409)',
  'web.apiError.tooLarge': 'the app refused a request this large (HTTP 413)',
  'web.apiError.busy': 'the app is busy (HTTP {status}): try again in a moment',
  'web.apiError.refused': 'the app refused the request (HTTP {status})',
  'web.apiError.failed': 'the app failed on its side (HTTP {status})',
  /** A settings write on a full disk (code disk_full): the API's own sentence. */
  'web.apiError.diskFull':
    'the disk is full: the settings were not saved and nothing changed. Free some space on the disk of the data folder, then save again',
  /** A restore refused for schema objects the product does not make (store/schema-check.ts). */
  'web.apiError.foreignSchema':
    'this file holds a view, a trigger, or a table or index that IPWatch does not make or made otherwise, so it is not used',
  /** An error that came with no status, only the app's English sentence. */
  'web.apiError.answered': 'the app answered: “{said}”',
  /** A refusal above with the API's own English sentence, cut to a line. */
  'web.apiError.said': '{refusal}; the app answered: “{said}”',
} as const;
