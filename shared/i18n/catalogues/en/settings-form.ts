/**
 * Settings' form: fields, lists, refused values, save and restart.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const settingsForm = {
  'settings.errors.title': 'Fix these settings',

  'settings.field.required': 'required',
  'settings.field.listEmpty': 'None.',
  'settings.field.listItem': '{label}, item {number}',
  'settings.field.remove': 'Remove',
  'settings.field.removeWhich': 'item {number} of {label}',
  'settings.field.add': 'Add',
  'settings.field.addTo': 'to {label}',
  'settings.field.notSet': 'Not set',
  'settings.field.headerName': 'Header name',
  'settings.field.headerValue': 'Value of {name}',
  'settings.field.headerValueUnnamed': 'Value of this header',
  'settings.field.headerStored': 'Stored; type to replace',
  'settings.field.headerRemove': 'Remove header {name}',
  'settings.field.headerAdd': 'Add a header',
  'settings.field.whole': 'The settings as a whole',
  'settings.field.item': 'item {number}',
  'settings.field.labelOfItem': '{label} (item {number})',
  'settings.field.inForce': 'In force: {value}, from {variable}. The value here applies once it is unset.',
  'settings.field.valueOn': 'on',
  'settings.field.valueOff': 'off',
  'settings.field.valueNone': 'none',
  'settings.field.valueSet': 'set',

  // What is wrong with a field (settings/issue-words.ts), from zod's code and values.
  'settings.issue.enter': 'Enter {what}.',
  'settings.issue.enterValue': 'Enter a value.',
  'settings.issue.enterNumber': 'Enter a number.',
  'settings.issue.notValid': 'Not a valid value.',
  'settings.issue.notInForm': 'Not in the expected form.',
  'settings.issue.number': 'Must be a number.',
  'settings.issue.int': 'Must be a whole number.',
  'settings.issue.string': 'Must be text.',
  'settings.issue.boolean': 'Must be on or off.',
  'settings.issue.array': 'Must be a list.',
  'settings.issue.object': 'Must be a group of settings.',
  'settings.issue.url': 'Must be a web address (http:// or https://).',
  'settings.issue.email': 'Must be an e-mail address.',
  'settings.issue.ipv4': 'Must be an IPv4 address.',
  'settings.issue.ipv6': 'Must be an IPv6 address.',
  'settings.issue.chooseOne': 'Choose one.',
  'settings.issue.chooseAtLeastOne': 'Choose at least one.',
  'settings.issue.mustBe': 'Must be {value}.',
  'settings.issue.oneOf': 'Choose one of: {values}.',
  'settings.issue.notASetting': 'Not a setting here: {keys}. {count, plural, one {Remove it.} other {Remove them.}}',
  'settings.issue.multipleOf': 'Must be a multiple of {amount}.',
  // A bound: how the amount compares ("at least"), then the sentence with the amount.
  'settings.issue.bound':
    '{bound, select, exactly {exactly} more {more than} least {at least} less {less than} other {at most}}',
  'settings.issue.sizeText': 'Must be {bound} {amount} long.',
  'settings.issue.sizeList': 'Must have {bound} {amount}.',
  'settings.issue.size': 'Must be {bound} {amount}.',
  // An amount in a unit; `count` is the number as written, `n` picks the plural.
  'settings.issue.amount':
    '{unit, select, seconds {{n, plural, one {{count} second} other {{count} seconds}}} minutes {{n, plural, one {{count} minute} other {{count} minutes}}} hours {{n, plural, one {{count} hour} other {{count} hours}}} days {{n, plural, one {{count} day} other {{count} days}}} ms {{count} ms} characters {{n, plural, one {{count} character} other {{count} characters}}} items {{n, plural, one {{count} item} other {{count} items}}} other {{count}}}',

  // Lists of items (settings/ItemList.tsx, SourcesEditor.tsx, ChannelsEditor.tsx).
  'settings.items.close': 'Close',
  'settings.items.edit': 'Edit',
  'settings.items.remove': 'Remove',
  'settings.items.needsFixing': 'needs fixing',

  // "A, B and C": the last two joined by the language's "and".
  'settings.list.and': '{head} and {last}',

  'settings.off.discord': 'Off: no bot token. Set up the bot below.',
  'settings.off.hook': 'Off: no program runs on a change. Set one up below.',
  'settings.off.heartbeat': 'Off: no pings are sent. Set one up below.',
  'settings.off.speed': 'Off: no speed test runs. Set it up below.',
  'settings.off.path': 'Off: the path is not traced. Turn it on below.',
  'settings.off.fleet': 'Off: this runner neither publishes its site nor watches others. Set it up below.',

  'settings.restart.fields': '{fields} {count, plural, one {applies} other {apply}} after a restart.',
  'settings.restart.restarting': 'Restarting…',
  'settings.restart.restart': 'Restart IPWatch',
  'settings.restart.refused': 'IPWatch could not restart itself: quit it from the tray and open it again.',
  'settings.restart.failed': 'Could not restart: {error}',
  'settings.restart.how':
    'To apply a change to them, restart IPWatch where it runs: quit and open the app again, or restart the <code>ipwatch</code> service (<code>docker restart ipwatch</code>, or stop and start <code>ipwatch</code>).',

  'settings.leave.title': 'Leave Settings without saving?',
  'settings.leave.body': 'Your changes on the settings pages are not saved yet.',
  'settings.leave.save': 'Save and leave',
  'settings.leave.discard': 'Discard and leave',
  'settings.leave.stay': 'Stay here',

  // The form (settings/SettingsForm.tsx, form-notes.tsx, RestartNote.tsx).
  'settings.save.saving': 'Saving…',
  'settings.save.save': 'Save settings',
  'settings.save.discard': 'Discard changes',
  'settings.save.toFix': '{count, plural, one {# setting needs} other {# settings need}} fixing; nothing was saved.',
  'settings.save.otherPages': 'Unsaved changes on the settings pages.',
  'settings.save.saved': 'Saved.',
  'settings.save.savedRestart': 'Saved. {restart}',
  'settings.save.failed': 'Could not save: {error}',
} as const;
