/**
 * One form per kind of custom source: what the kind is and how each field is edited. Labels,
 * help, choices and bounds are the fields' own (shared/settings/source.ts); a kind's name and blurb
 * are in the language of the `words` given. Pure.
 */
import type { Translator } from '../../../../shared/i18n/translator';
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
type Kind = CustomSource['kind'];

/** A new source of each kind, before the user fills it in. */
export const SOURCE_BLANKS: Record<Kind, CustomSource> = {
  http: { id: '', kind: 'http', url: '', format: 'text', family: 4 },
  dns: { id: '', kind: 'dns', server: '', name: '', type: 'A', class: 'IN', family: 4 },
  stun: { id: '', kind: 'stun', server: '', family: 4 },
  interface: { id: '', kind: 'interface', interface: '', family: 6 },
};

/** The forms of each kind, in the language of `words`. */
export const sourceForms = (words: Translator): Record<Kind, SourceForm> => {
  const provider: OptionSpec = {
    path: ['provider'],
    kind: 'text',
    placeholder: words.t('settings.sourceKind.providerPlaceholder'),
  };
  return {
    http: {
      label: words.t('settings.sourceKind.http'),
      blurb: words.t('settings.sourceKind.httpBlurb'),
      fields: [
        id,
        { path: ['url'], kind: 'text', placeholder: 'https://ip.example.org/' },
        { path: ['format'], kind: 'select' },
        {
          path: ['field'],
          kind: 'text',
          placeholder: 'ip',
          shownWhen: (s) => s.format === 'json' || s.format === 'kv',
        },
        family,
        provider,
      ],
      advanced: ['provider'],
      blank: SOURCE_BLANKS.http,
    },
    dns: {
      label: words.t('settings.sourceKind.dns'),
      blurb: words.t('settings.sourceKind.dnsBlurb'),
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
      blank: SOURCE_BLANKS.dns,
    },
    stun: {
      label: words.t('settings.sourceKind.stun'),
      blurb: words.t('settings.sourceKind.stunBlurb'),
      fields: [id, { path: ['server'], kind: 'text', placeholder: 'stun.l.google.com:19302' }, family, provider],
      advanced: ['provider'],
      blank: SOURCE_BLANKS.stun,
    },
    interface: {
      label: words.t('settings.sourceKind.interface'),
      blurb: words.t('settings.sourceKind.interfaceBlurb'),
      fields: [id, { path: ['interface'], kind: 'text', placeholder: 'eth0' }, family, provider],
      advanced: ['provider'],
      blank: SOURCE_BLANKS.interface,
    },
  };
};

const KINDS = Object.keys(SOURCE_BLANKS) as Kind[];

/** Custom sources by kind, for the source's form (items/KindForm.tsx), in the language of `words`. */
export function sourceKinds(words: Translator): ItemKinds<Kind> {
  const forms = sourceForms(words);
  const advancedOf = (kind: Kind) =>
    forms[kind].fields.filter((spec) => forms[kind].advanced.includes(spec.path.join('.')));
  return {
    key: 'kind',
    schema: customSourceSchema,
    ids: KINDS,
    forms,
    label: words.t('settings.sourceKind.label'),
    fold: { summary: words.t('settings.sourceKind.more'), fields: advancedOf },
    blank: (kind, id) => ({ ...SOURCE_BLANKS[kind], id }),
    // Another kind has other fields: the id and family stay.
    withKind: (item, kind) => ({ ...SOURCE_BLANKS[kind], id: item.id, family: item.family }),
  };
}
