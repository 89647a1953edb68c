/**
 * English: the words of the Settings page's fields around the schema's own (the source; docs/i18n.md):
 * a list's buttons, a webhook's headers, a field's place in the settings and a value an environment
 * variable puts in force (renderer/src/settings/{list-fields,FieldRow,field-trail}, options/).
 */
export const settingsForm = {
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
} as const;
