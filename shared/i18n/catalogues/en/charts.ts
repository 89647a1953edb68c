/**
 * The Charts page and the forecast.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const charts = {
  // An address family, as every page writes it.

  // The Charts page (renderer/src/pages/Charts.tsx, charts/default-period.ts).
  'web.charts.title': 'Charts',
  'web.charts.period': 'Period',
  'web.charts.period.day': 'Last 24 hours',
  'web.charts.period.week': 'Last 7 days',
  'web.charts.period.month': 'Last 30 days',
  'web.charts.period.year': 'Last year',
  'web.charts.period.day.phrase': 'the last 24 hours',
  'web.charts.period.week.phrase': 'the last 7 days',
  'web.charts.period.month.phrase': 'the last 30 days',
  'web.charts.period.year.phrase': 'the last year',
  'web.charts.period.other.phrase': 'the last {duration}',
  'web.charts.legend': '{title}: legend',
  // Why a chart is empty (charts/empty-reasons.ts); the controls as the dashboard and Settings name them.
  'web.charts.control.checkNow': 'Check now',
  'web.charts.control.runSpeedTest': 'Run a speed test',
  'web.charts.control.speedSettings': 'Speed test',
  'web.charts.empty.noAddressYet':
    'No address recorded yet: the first check that finds one starts the history ("{checkNow}" on the dashboard runs one).',
  'web.charts.empty.noAddressInPeriod': 'No address was recorded in this period: a longer period holds the older ones.',
  'web.charts.empty.noChangesNoAddress': 'No changes in this period: no address was recorded.',
  'web.charts.empty.noChanges':
    'No changes in this period: no address replaced another (the first address seen is not a change). A new address draws a bar here.',
  'web.charts.empty.uptimeImported':
    'Uptime per day needs checks made by IPWatch: the days in this period have imported addresses only. Its own checks fill it from now on.',
  'web.charts.empty.uptimeNone':
    'Nothing monitored in this period yet: each check while IPWatch monitors fills it ("{checkNow}" on the dashboard runs one).',
  'web.charts.empty.latencyFailed':
    'No source answered in this period, so there is no answer time to draw: the Sources card on the dashboard says why each failed.',
  'web.charts.empty.latencyImported':
    'Source latency needs checks made by IPWatch: the history of this period has imported addresses only. Its own checks fill it from now on.',
  'web.charts.empty.latencyNone':
    'No source answer time in this period yet: each check adds one per source that answers ("{checkNow}" on the dashboard runs one).',
  'web.charts.notMonitored': 'not monitored',
  'web.charts.notMonitoredImported': 'not monitored (imported days have addresses only)',
  'web.charts.empty.speedOff':
    'No speed test in this period: speed tests are off. Switch them on in Settings, "{speedSettings}"; then "{runSpeedTest}" on the dashboard runs one.',
  'web.charts.empty.speedNext':
    'No speed test in this period: "{runSpeedTest}" on the dashboard runs one, and the next scheduled one runs {next}.',
  'web.charts.empty.speedNoSchedule':
    'No speed test in this period: "{runSpeedTest}" on the dashboard runs one, or set a schedule in Settings, "{speedSettings}".',
  'web.charts.empty.speedFailedOne': 'The speed test of this period failed: {error}.',
  'web.charts.empty.speedFailedAll': 'All {count} speed tests of this period failed; the last: {error}.',
  // Addresses over time (charts/AddressTimeline.tsx).
  'web.charts.timeline.title': 'Addresses over time',
  'web.charts.timeline.summary':
    '{count, plural, one {# address} other {# addresses}} in this period ({families}), listed below by time held. Point at a span for its times.',
  'web.charts.timeline.runs': 'IPv{family}: {runs, plural, one {# period} other {# periods}}',
  'web.charts.timeline.runsInPrefixes':
    'IPv{family}: {runs, plural, one {# period} other {# periods}} in {prefixes} /64s',
  'web.charts.timeline.span': '{ip}: {from} to {to} ({held})',
  'web.charts.timeline.spanShort': '{ip}, {from} to {to}',
  'web.charts.timeline.prefixTrack': 'IPv6 {prefix} over time',
  'web.charts.timeline.track': 'IPv{family} addresses over time',
  'web.charts.timeline.noFamily': 'No IPv{family} address in this period.',
  // Time held per address (charts/HeldChart.tsx).
  'web.charts.held.title': 'Time held per address',
  'web.charts.held.longest': 'The {shown} longest of {count} addresses.',
  'web.charts.held.every': 'Every address of the period, longest first.',
  'web.charts.held.fullPeriod': 'A full bar: held all of {period}.',
  'web.charts.held.fullSinceFirst':
    'A full bar: held all of the {shown} since the first address was seen, in {period}.',
  'web.charts.held.fullLeast':
    'A full bar: held all of the last {shown} the timeline shows; the first address was seen {ago} ago.',
  'web.charts.held.overRuns': '{ip}: {time} over {runs} periods',
  // Changes and uptime (charts/StatsCharts.tsx).
  'web.charts.changes.titleDay': 'Changes per day',
  'web.charts.changes.titleWeek': 'Changes per week',
  'web.charts.changes.weekOf': 'Week of {day}',
  'web.charts.changes.summary':
    '{total, plural, one {# change} other {# changes}} in this period (IPv4 {v4}, IPv6 {v6}).',
  'web.charts.changes.summaryDay':
    '{total, plural, one {# change} other {# changes}} in this period (IPv4 {v4}, IPv6 {v6}); most on {day} ({most}).',
  'web.charts.changes.summaryWeek':
    '{total, plural, one {# change} other {# changes}} in this period (IPv4 {v4}, IPv6 {v6}); most in the week of {day} ({most}).',
  'web.charts.changes.readout': '{period}: {count, plural, one {# change} other {# changes}} (IPv4 {v4}, IPv6 {v6})',
  'web.charts.changes.readoutNone': '{period}: 0 changes',
  'web.charts.uptime.title': 'Uptime per day (monitored time)',
  'web.charts.uptime.legend': 'Share of the monitored time online',
  'web.charts.uptime.none': 'Nothing monitored.',
  'web.charts.uptime.summary': '{uptime} online over {monitored} of monitored time.',
  'web.charts.uptime.dayNone': '{day}: {why}',
  'web.charts.uptime.day': '{day}: {uptime} online over {monitored} monitored (offline {offline})',
  // Source latency (charts/LatencyChart.tsx).
  'web.charts.latency.title': 'Source latency per hour',
  'web.charts.latency.summary':
    'Mean answer time per hour of {sources, plural, one {# source} other {# sources}}; switch one off in the legend.',
  'web.charts.latency.summarySince':
    'Mean answer time per hour of {sources, plural, one {# source} other {# sources}} since {when} (the first figures); switch one off in the legend.',
  'web.charts.latency.summarySinceHour':
    'Mean answer time per hour of {sources, plural, one {# source} other {# sources}} since the hour from {when} (the first figures); switch one off in the legend.',
  'web.charts.latency.figure': '{source} {ms} ms',
  // Speed tests (charts/SpeedChart.tsx).
  'web.charts.speed.title': 'Speed tests',
  'web.charts.speed.download': 'Download',
  'web.charts.speed.upload': 'Upload',
  'web.charts.speed.at': 'at {time}',
  'web.charts.speed.summary':
    "Download and upload speed of {count, plural, one {# speed test} other {# speed tests}} in this period (90th percentile of each test's transfers).",
  'web.charts.speed.failed': '{time}: failed ({error})',
  // When the address changes (charts/ForecastChart.tsx).
  'web.charts.forecast.title': 'When the address changes',
  'web.charts.forecast.empty':
    'No address change recorded yet: the pattern is learnt from changes as IPWatch records them.',
  'web.charts.forecast.readout': 'Changes of the last year, hours and weekdays in {zone}.',
  'web.charts.forecast.next': 'Next change',
  'web.charts.forecast.nextAt': '{at} (between {from} and {to}), confidence {confidence}%',
  'web.charts.forecast.none': 'No forecast',
  'web.charts.forecast.why': 'Why',
  'web.charts.forecast.tooShort': 'too short a history: {count} address holds measured, {needed} needed for a forecast',
  'web.charts.forecast.held': 'Address held',
  'web.charts.forecast.holds': 'median {median}, half of them between {q1} and {q3} ({count} holds)',
  'web.charts.forecast.period': 'Lease or reconnect period',
  'web.charts.forecast.about': 'about {duration}',
  'web.charts.forecast.usualHour': 'Usual time of day',
  'web.charts.forecast.around': 'around {hour}:00 ({share}% of changes within an hour of it)',
  'web.charts.forecast.leftOut': 'Left out',
  'web.charts.forecast.untimed':
    '{count} changes seen only after monitoring had stopped for a while: their time is not known',
  'web.charts.forecast.perHour': 'IPv{family} changes per hour of the day',
  'web.charts.forecast.perWeekday': 'IPv{family} changes per weekday',
  'web.charts.empty.uptimeZero':
    'Nothing to draw: IPWatch was offline for all {monitored} it monitored in this period, so every day reads 0 % online.',
  // The Map page (renderer/src/pages/Map.tsx, shared/map/).
  'web.charts.map.title': 'Map',
  'web.charts.map.image': 'Map of the countries the public addresses were registered in, {period}',
  'web.charts.map.summary':
    '{countries, plural, =0 {No country} one {# country} other {# countries}}, {runs, plural, one {# address run} other {# address runs}} and {moves, plural, one {# move} other {# moves}} in {period}.',
  'web.charts.map.empty': 'No address was held in {period}.',
  'web.charts.map.unknownTime': 'No known country for {duration} of the period.',
  'web.charts.map.newest': 'The map draws the newest {shown} of {total} runs.',
  'web.charts.map.tableNewest': 'The table lists the newest {shown} of {total} runs.',
  'web.charts.map.legend':
    "Shade: time held in the country. Dot: where a family's runs stood (the middle of the country, which is all the databases say). Thick dot: a country too small for the map's shapes. Line: a move, in the family's colour.",
  'web.charts.map.offline': 'Drawn from shapes IPWatch ships; nothing is fetched.',
  'web.charts.map.held': 'Time held per country',
  'web.charts.map.table': 'Address runs',
  'web.charts.map.col.country': 'Country',
  'web.charts.map.col.address': 'Address',
  'web.charts.map.col.from': 'From',
  'web.charts.map.col.to': 'To',
  'web.charts.map.col.held': 'Time held',
  'web.charts.map.country.AN': 'Netherlands Antilles (former, split in 2010)',
  'web.charts.map.unknownCountry': 'unknown',
  'web.charts.map.marker': '{country}, IPv{family}: {runs, plural, one {# run} other {# runs}}',
  'web.charts.map.move': 'IPv{family}: {from} to {to}, {count, plural, one {# move} other {# moves}}',

  // The forecast's reason (shared/forecast.ts), its durations short: "14d", "1d 3h".
  'forecast.unit.day': '{n}d',
  'forecast.unit.hour': '{n}h',
  'forecast.unit.minute': '{n}min',
  'forecast.unit.second': '{n}s',
  'forecast.reason.tooShort': 'too short a history: {count} address holds measured, {needed} needed for a forecast',
  'forecast.reason.noPattern':
    'no pattern: only {share}% of {count} holds lasted within ±{window} of the usual {usual}',
  'forecast.reason.pattern': '{share}% of {count} holds lasted within ±{window} of the usual {usual}',
  'forecast.reason.overdue': '{reason}; held longer than usual now, so the next window if the cycle goes on',
} as const;
