/**
 * One form per kind of monitor: its name, a line on what it checks (the catalogue's ids), and how each field is edited
 * (labels, help and checks are the fields' own, shared/settings/service-monitor.ts). Timing is
 * folded. Pure data.
 */
import type * as z from 'zod/v4/core';

import type { Translator } from '../../../../shared/i18n/translator';
import { MONITOR_TYPES, type MonitorType, serviceMonitorSchema } from '../../../../shared/settings/service-monitor';
import { type ItemKinds, type KindWords, kindSpecs } from '../items/kinds';
import type { OptionSpec } from '../options/spec';

/** A monitor as the form edits it: defaults may be left out. */
export type MonitorDraft = z.input<typeof serviceMonitorSchema>;

export interface MonitorForm extends KindWords {
  blank: Record<string, unknown>;
}

const text = (path: string, placeholder?: string): OptionSpec => ({
  path: [path],
  kind: 'text',
  ...(placeholder ? { placeholder } : {}),
});
const num = (path: string, placeholder?: string): OptionSpec => ({
  path: [path],
  kind: 'number',
  ...(placeholder ? { placeholder } : {}),
});
const family: OptionSpec = { path: ['family'], kind: 'select' };

const COMMON_FIRST: OptionSpec[] = [text('name', 'Home Assistant'), text('id', 'home-assistant')];
/** Folded under "Timing". */
export const TIMING: OptionSpec[] = [num('intervalSec'), num('timeoutSec'), num('downAfter')];
const ENABLED: OptionSpec = { path: ['enabled'], kind: 'checkbox' };

export const MONITOR_FORMS: Record<MonitorType, MonitorForm> = {
  tcp: {
    label: 'editors.monitor.tcp',
    blurb: 'editors.monitor.tcp.blurb',
    fields: [...COMMON_FIRST, text('host', '192.168.1.10'), num('port', '22'), family, ENABLED],
    blank: { host: '', port: 22 },
  },
  http: {
    label: 'editors.monitor.http',
    blurb: 'editors.monitor.http.blurb',
    fields: [
      ...COMMON_FIRST,
      text('url', 'https://cloud.example.org/status.php'),
      num('expectStatus', '200'),
      text('expectText', 'installed'),
      family,
      ENABLED,
    ],
    blank: { url: '' },
  },
  dns: {
    label: 'editors.monitor.dns',
    blurb: 'editors.monitor.dns.blurb',
    fields: [...COMMON_FIRST, text('host', 'home.example.org'), family, text('server', '1.1.1.1:53'), ENABLED],
    blank: { host: '' },
  },
};

export const MONITOR_KINDS = MONITOR_TYPES;

export const isMonitorType = (t: unknown): t is MonitorType =>
  typeof t === 'string' && (MONITOR_TYPES as readonly string[]).includes(t);

/** A new monitor of a kind, before the user fills it in. */
export const blankMonitor = (type: MonitorType, id: string): Record<string, unknown> => ({
  id,
  name: '',
  type,
  ...MONITOR_FORMS[type].blank,
});

/** Another kind has other fields: the id, name, timing and on/off stay. */
function withType(m: Record<string, unknown>, type: MonitorType): Record<string, unknown> {
  const keep = ['id', 'name', 'enabled', 'intervalSec', 'timeoutSec', 'downAfter', 'family'];
  const kept = Object.fromEntries(Object.entries(m).filter(([k]) => keep.includes(k)));
  return { ...kept, type, ...MONITOR_FORMS[type].blank };
}

/** Monitors by kind, for the list's Add and the monitor's form, in `words`. */
export const monitorKinds = (words: Translator): ItemKinds<MonitorType> => ({
  key: 'type',
  schema: serviceMonitorSchema,
  ids: MONITOR_KINDS,
  forms: kindSpecs(MONITOR_FORMS, words),
  label: words.t('editors.monitor.kind'),
  fold: { summary: words.t('editors.monitor.timing'), fields: () => TIMING },
  blank: blankMonitor,
  withKind: withType,
});
