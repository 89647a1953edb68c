/**
 * One form per kind of custom source: what the kind is and how each field is edited. Labels,
 * help, choices and bounds are the fields' own (shared/settings/source.ts). Pure data.
 */
import { type CustomSource, customSourceSchema } from '../../../../shared/settings';
import type { ItemKinds } from '../items/kinds';
import type { OptionSpec } from '../options/spec';

export interface SourceForm {
  label: string;
  blurb: string;
  fields: OptionSpec[];
  /** The fields folded under "More options" (most sources never need them), by their dotted path. */
  advanced: readonly string[];
  /** A new source of this kind, before the user fills it in. */
  blank: CustomSource;
}

const id: OptionSpec = { path: ['id'], kind: 'text', placeholder: 'my-echo' };
const family: OptionSpec = { path: ['family'], kind: 'select' };
const provider: OptionSpec = { path: ['provider'], kind: 'text', placeholder: 'the source id' };

export const SOURCE_FORMS: Record<CustomSource['kind'], SourceForm> = {
  http: {
    label: 'HTTP source',
    blurb: 'A web service that answers with the address it sees you from: as text, in a JSON field or key=value lines.',
    fields: [
      id,
      { path: ['url'], kind: 'text', placeholder: 'https://ip.example.org/' },
      { path: ['format'], kind: 'select' },
      { path: ['field'], kind: 'text', placeholder: 'ip', shownWhen: (s) => s.format === 'json' || s.format === 'kv' },
      family,
      provider,
    ],
    advanced: ['provider'],
    blank: { id: '', kind: 'http', url: '', format: 'text', family: 4 },
  },
  dns: {
    label: 'DNS source',
    blurb: 'A DNS server that answers one name with your address (OpenDNS myip, Cloudflare whoami, Google TXT).',
    fields: [
      id,
      { path: ['server'], kind: 'text', placeholder: '208.67.222.222:53' },
      { path: ['name'], kind: 'text', placeholder: 'myip.opendns.com' },
      { path: ['type'], kind: 'select' },
      { path: ['class'], kind: 'select' },
      family,
      provider,
    ],
    advanced: ['class', 'provider'],
    blank: { id: '', kind: 'dns', server: '', name: '', type: 'A', class: 'IN', family: 4 },
  },
  stun: {
    label: 'STUN source',
    blurb: 'A STUN server (as video calls use): it tells you the address and port it sees you from.',
    fields: [id, { path: ['server'], kind: 'text', placeholder: 'stun.l.google.com:19302' }, family, provider],
    advanced: ['provider'],
    blank: { id: '', kind: 'stun', server: '', family: 4 },
  },
};

const KINDS = Object.keys(SOURCE_FORMS) as CustomSource['kind'][];
const advancedOf = (kind: CustomSource['kind']) =>
  SOURCE_FORMS[kind].fields.filter((spec) => SOURCE_FORMS[kind].advanced.includes(spec.path.join('.')));

/** Custom sources by kind, for the source's form (items/KindForm.tsx). */
export const SOURCE_KINDS: ItemKinds<CustomSource['kind']> = {
  key: 'kind',
  schema: customSourceSchema,
  ids: KINDS,
  forms: SOURCE_FORMS,
  label: 'Source kind',
  fold: { summary: 'More options', fields: advancedOf },
  blank: (kind, id) => ({ ...SOURCE_FORMS[kind].blank, id }),
  // Another kind has other fields: the id and family stay.
  withKind: (item, kind) => ({ ...SOURCE_FORMS[kind].blank, id: item.id, family: item.family }),
};
