/**
 * The Checks card: a check's result, trigger and the monitor's figures.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const checks = {
  // A last check's result in a word or two (shared/words/health-no-source.ts).
  'check.result.unchanged': 'unchanged',
  'check.result.confirmed': 'confirmed',
  'check.result.changed': 'changed',
  'check.result.uncertain': 'uncertain',
  'check.result.unavailable': 'no source answered',
  'check.result.disabled': 'switched off',
  'check.result.noSource': 'not monitored: no source',
  'check.noSourceLine': '{family} not monitored: no source',

  // Uptime (shared/uptime.ts): a figure, what it covers, the Uptime card's tiles.
  // The memory figure's detail (shared/process-memory.ts), its sizes in the language's digits.
  'memory.detail': 'V8 heap {used} in use (of {total}); native {native} (outside the heap)',
  'memory.part.heap': 'The V8 heap',
  'memory.part.native': 'Native memory',
  'memory.part.wasm': "The history's wasm memory",
  // Where the memory bound came from (shared/words/memory.ts): {limit} is a size, {share} a percentage.
  'memory.bound.setting': '{bound}, as set in the settings',
  'memory.bound.cgroup-v2': "{bound}: {share} % of the container's limit of {limit} (cgroup v2 memory.max)",
  'memory.bound.cgroup-v1': "{bound}: {share} % of the container's limit of {limit} (cgroup v1 memory.limit_in_bytes)",
  'memory.bound.machine': "{bound}: {share} % of the machine's memory of {limit} (no container limit)",
  'memory.bound.machine-floor':
    "{floor, select, yes {{bound}: the least default bound, as a quarter of the machine's memory of {limit} is less than a healthy IPWatch may use} other {{bound}: {share} % of the machine's memory of {limit}, as a quarter is less than a healthy IPWatch may use}} (no container limit)",
  'memory.summary': 'RSS over the {duration} sampled: now {now}, highest {peak}. Bound: {bound}.',
  'memory.above': 'RSS is above its bound: a memory notice was sent.',
  // The app's other processes (shared/words/memory.ts appProcessesText), by Electron's process type.
  'memory.app.type':
    '{type, select, browser {the main process} tab {pages} gpu {the GPU process} utility {helpers} zygote {the process starter} sandbox {sandbox helpers} pepper {plugins} pepperBroker {the plugin broker} unknown {unknown processes} rest {the others} other {{name}}}',
  'memory.app.part': '{type} {size}{count, plural, =1 {} other { (# processes)}}',
  'memory.app.line': '{total}: {parts}',

  // The Checks card (renderer/src/pages/ChecksCard.tsx).
  'web.checks.title': 'Checks',
  'web.checks.last': 'Last check',
  'web.checks.next': 'Next check',
  'web.checks.when': '{time} ({ago})',
  'web.checks.paused': 'paused',
  'web.checks.networkChanges': 'Network changes',
  'web.checks.lastChange': '; last {ago}',
  'web.checks.router': 'Router',
  'web.checks.nat': 'NAT',
  'web.checks.runningFor': 'Monitor running for',
  'web.checks.memory': 'Memory in use',
  // The memory chart (renderer/src/charts/MemoryChart.tsx).
  'web.checks.memoryChart.title': 'Memory over time',
  'web.checks.memoryChart.rss': 'Resident memory (RSS)',
  'web.checks.memoryChart.bound': 'Bound',
  'web.checks.memoryChart.noBound': 'no bound yet',
  'web.checks.memoryChart.empty': 'Memory is read every {seconds} s; the chart appears after the second reading.',
  'web.checks.memoryChart.point': '{time}: RSS {rss}; V8 heap {heap}; native {native}; wasm {wasm}',
  'web.checks.memoryChart.table': '{count, plural, one {The last sample} other {The last # samples}} as a table',
  'web.checks.memoryChart.col.time': 'Time',
  'web.checks.memoryChart.col.rss': 'RSS',
  'web.checks.memoryChart.col.heap': 'V8 heap in use',
  'web.checks.memoryChart.col.native': 'Native',
  'web.checks.memoryChart.col.wasm': 'Wasm',
  'web.checks.memoryChart.app': "The app's other processes",
  'web.checks.memoryChart.pointApp': "{point}; the app's other processes {app}",
  'web.checks.memoryChart.col.app': 'Other processes',
  'web.checks.memoryChart.appUnknown': 'unknown',
} as const;
