/**
 * German (en/settings-form.ts). Settings' form: fields, lists, refused values, save and restart.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsForm as source } from '../en/settings-form';

export const settingsForm = {
  'settings.errors.title': 'Diese Einstellungen korrigieren',

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

  'settings.issue.enter': 'Bitte „{what}“ angeben.',
  'settings.issue.enterValue': 'Bitte einen Wert angeben.',
  'settings.issue.enterNumber': 'Bitte eine Zahl angeben.',
  'settings.issue.notValid': 'Kein gültiger Wert.',
  'settings.issue.notInForm': 'Nicht in der erwarteten Form.',
  'settings.issue.number': 'Muss eine Zahl sein.',
  'settings.issue.int': 'Muss eine ganze Zahl sein.',
  'settings.issue.string': 'Muss Text sein.',
  'settings.issue.boolean': 'Muss ein- oder ausgeschaltet sein.',
  'settings.issue.array': 'Muss eine Liste sein.',
  'settings.issue.object': 'Muss eine Gruppe von Einstellungen sein.',
  'settings.issue.url': 'Muss eine Webadresse sein (http:// oder https://).',
  'settings.issue.email': 'Muss eine E-Mail-Adresse sein.',
  'settings.issue.ipv4': 'Muss eine IPv4-Adresse sein.',
  'settings.issue.ipv6': 'Muss eine IPv6-Adresse sein.',
  'settings.issue.chooseOne': 'Bitte eine Option wählen.',
  'settings.issue.chooseAtLeastOne': 'Bitte mindestens eine Option wählen.',
  'settings.issue.mustBe': 'Muss {value} sein.',
  'settings.issue.oneOf': 'Bitte eines davon wählen: {values}.',
  'settings.issue.notASetting':
    'Hier keine Einstellung: {keys}. {count, plural, one {Bitte entfernen Sie sie.} other {Bitte entfernen Sie sie.}}',
  'settings.issue.multipleOf': 'Muss ein Vielfaches von {amount} sein.',
  'settings.issue.bound':
    '{bound, select, exactly {genau} more {mehr als} least {mindestens} less {weniger als} other {höchstens}}',
  'settings.issue.sizeText': 'Muss {bound} {amount} lang sein.',
  'settings.issue.sizeList': 'Muss {bound} {amount} enthalten.',
  'settings.issue.size': 'Muss {bound} {amount} sein.',
  'settings.issue.amount':
    '{unit, select, seconds {{n, plural, one {{count} Sekunde} other {{count} Sekunden}}} minutes {{n, plural, one {{count} Minute} other {{count} Minuten}}} hours {{n, plural, one {{count} Stunde} other {{count} Stunden}}} days {{n, plural, one {{count} Tag} other {{count} Tage}}} ms {{count} ms} characters {{n, plural, one {{count} Zeichen} other {{count} Zeichen}}} items {{n, plural, one {{count} Eintrag} other {{count} Einträge}}} other {{count}}}',

  'settings.items.close': 'Schließen',
  'settings.items.edit': 'Bearbeiten',
  'settings.items.remove': 'Entfernen',
  'settings.items.needsFixing': 'zu korrigieren',

  'settings.list.and': '{head} und {last}',

  'settings.off.discord': 'Aus: kein Bot-Token. Richten Sie den Bot unten ein.',
  'settings.off.hook': 'Aus: Bei einer Änderung läuft kein Programm. Richten Sie unten eines ein.',
  'settings.off.heartbeat': 'Aus: Es werden keine Pings gesendet. Richten Sie unten einen ein.',
  'settings.off.speed': 'Aus: Es läuft kein Speedtest. Richten Sie ihn unten ein.',
  'settings.off.path': 'Aus: Der Weg wird nicht verfolgt. Schalten Sie es unten ein.',
  'settings.off.fleet':
    'Aus: Dieser Rechner veröffentlicht weder seinen Standort noch beobachtet er andere. Richten Sie das unten ein.',

  'settings.restart.fields': '{fields} {count, plural, one {wirkt} other {wirken}} erst nach einem Neustart.',
  'settings.restart.restarting': 'Wird neu gestartet…',
  'settings.restart.restart': 'IPWatch neu starten',
  'settings.restart.refused':
    'IPWatch konnte sich nicht selbst neu starten: Beenden Sie es über das Tray-Menü und öffnen Sie es erneut.',
  'settings.restart.failed': 'Neustart fehlgeschlagen: {error}',
  'settings.restart.how':
    'Um eine Änderung daran zu übernehmen, starten Sie IPWatch dort neu, wo es läuft: die App beenden und wieder öffnen oder den Dienst <code>ipwatch</code> neu starten (<code>docker restart ipwatch</code>, oder <code>ipwatch</code> stoppen und starten).',

  'settings.leave.title': 'Einstellungen verlassen, ohne zu speichern?',
  'settings.leave.body': 'Ihre Änderungen auf den Einstellungsseiten sind noch nicht gespeichert.',
  'settings.leave.save': 'Speichern und verlassen',
  'settings.leave.discard': 'Verwerfen und verlassen',
  'settings.leave.stay': 'Hierbleiben',

  'settings.save.saving': 'Wird gespeichert…',
  'settings.save.save': 'Einstellungen speichern',
  'settings.save.discard': 'Änderungen verwerfen',
  'settings.save.toFix':
    '{count, plural, one {# Einstellung muss} other {# Einstellungen müssen}} korrigiert werden; nichts wurde gespeichert.',
  'settings.save.otherPages': 'Ungespeicherte Änderungen auf den Einstellungsseiten.',
  'settings.save.saved': 'Gespeichert.',
  'settings.save.savedRestart': 'Gespeichert. {restart}',
  'settings.save.failed': 'Speichern fehlgeschlagen: {error}',
} as const satisfies Area<typeof source>;
