/** German: the words of the Settings page's fields around the schema's own (en/settings-form.ts). */
import type { Area } from '../area';
import type { settingsForm as source } from '../en/settings-form';

export const settingsForm = {
  'settings.field.required': 'erforderlich',
  'settings.field.listEmpty': 'Keine.',
  'settings.field.listItem': '{label}, Eintrag {number}',
  'settings.field.remove': 'Entfernen',
  'settings.field.removeWhich': 'Eintrag {number} von {label}',
  'settings.field.add': 'Hinzufügen',
  'settings.field.addTo': 'zu {label}',
  'settings.field.notSet': 'Nicht gesetzt',
  'settings.field.headerName': 'Name des Headers',
  'settings.field.headerValue': 'Wert von {name}',
  'settings.field.headerValueUnnamed': 'Wert dieses Headers',
  'settings.field.headerStored': 'Gespeichert; zum Ersetzen tippen',
  'settings.field.headerRemove': 'Header {name} entfernen',
  'settings.field.headerAdd': 'Header hinzufügen',
  'settings.field.whole': 'Die Einstellungen als Ganzes',
  'settings.field.item': 'Eintrag {number}',
  'settings.field.labelOfItem': '{label} (Eintrag {number})',
  'settings.field.inForce': 'Gilt: {value}, aus {variable}. Der Wert hier gilt, sobald sie nicht mehr gesetzt ist.',
  'settings.field.valueOn': 'an',
  'settings.field.valueOff': 'aus',
  'settings.field.valueNone': 'keine',
  'settings.field.valueSet': 'gesetzt',
} satisfies Area<typeof source>;
