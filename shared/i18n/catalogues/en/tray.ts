/**
 * The tray's tooltip and menu.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const tray = {
  // The tray's tooltip (electron/shell/tray-state.ts): short, Windows shows 127 characters.
  'tray.tooltip.head': 'IPWatch: {state}',
  'tray.tooltip.changedRecently': 'address changed recently',
  'tray.tooltip.checking': 'checking…',
  'tray.family.notWatched': '{family}: not watched',
  'tray.family.address': '{family}: {ip}',
  'tray.family.notChecked': '{family}: not checked yet',
  'tray.family.noSource': '{family}: not monitored: no source',
  'tray.family.noAnswer': '{family}: no answer',
  'tray.family.unknown': '{family}: unknown',
  'tray.nat.direct': 'Direct: no NAT in between',
  'tray.nat.nat': 'NAT: forward ports on your router',
  'tray.nat.doubleNat': 'Double NAT: forward on both',
  'tray.nat.cgnat': 'CGNAT: no port forwarding',
  'tray.nat.vpn': 'VPN: router forwarding bypassed',
  'tray.lastCheck': 'Last check: {ago}',
  'tray.lastCheck.never': 'Last check: not yet',
  'tray.updateReady': 'Update {version} ready: restart from the menu',
  'tray.why': 'Why: {reason}',
  'tray.dnsTrouble': 'DNS: {records}',
  'tray.dnsRecord': '{name} {type} {state}',
  'tray.dnsRecordLine': '{name} {type}: {state}',
  'tray.speedAge': '{speed} ({ago})',
  // The tray's menu (electron/shell/tray.ts).
  'tray.menu.address': '{family}: {ip}',
  'tray.menu.clickToCopy': 'Click to copy',
  'tray.menu.noAddress': 'No address yet',
  'tray.menu.checkNow': 'Check now',
  'tray.menu.resume': 'Resume monitoring',
  'tray.menu.pause': 'Pause monitoring',
  'tray.menu.dashboard': 'Open dashboard',
  'tray.menu.history': 'History',
  'tray.menu.settings': 'Settings…',
  'tray.menu.startAtLogin': 'Start at login',
  'tray.menu.restartToUpdate': 'Restart to update ({version})',
  'tray.menu.quit': 'Quit IPWatch',
} as const;
