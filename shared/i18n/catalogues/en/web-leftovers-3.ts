/**
 * What the attacker's read of issue 62 found left in English or said wrongly: a request given up at
 * its time limit, recorded by the egress gate as `TimeoutError` (shared/words/error.ts), no longer
 * said as a cancel; what a page loads, named in its language in QueryState's lines.
 */
export const webLeftovers3 = {
  /** A request given up when its time limit passed (the Connections page's Details, a Test). */
  'error.timeLimit': 'The request’s time limit passed before an answer came.',
  /** The same, short: the Connections page's result column ("failed: …"). */
  'error.short.timeLimit': 'time limit passed before an answer',

  /** What a page loads, in its loading, failure and empty lines (QueryState: "Loading {what}…"). */
  'web.query.what.history': 'history',
  'web.query.what.statistics': 'statistics',
  'web.query.what.sites': 'the sites',
  'web.query.what.site': 'the site {name}',
  'web.query.what.botState': "the bot's state",
  'web.query.what.forecast': 'forecast',
  'web.query.what.auditLog': 'the audit log',
} as const;
