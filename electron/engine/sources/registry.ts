/**
 * The source registry: one factory per kind, and buildSources(), which turns the sources
 * settings into IpSource objects. A bad entry is skipped with a warning, never a throw, so
 * one mistyped custom source cannot stop the monitor.
 */
import type { CustomSource, Settings } from '../../../shared/settings';
import type { SourceKind } from '../../../shared/types';
import { BUILTIN_SOURCES, chosenBuiltIns, type SourceSpec } from './builtins';
import { createDnsSource } from './dns';
import { createHttpSource } from './http';
import { createInterfaceSource } from './interface';
import { createPluginSource, type PluginSourceSpec } from './plugin';
import { createStunSource } from './stun';
import type { IpSource, SourceDeps } from './types';

type SpecOf<K extends SourceKind> = Extract<SourceSpec, { kind: K }>;
export type SourceFactory<K extends SourceKind = SourceKind> = (spec: SpecOf<K>, deps: SourceDeps) => IpSource;

// A mapped type rather than Record<SourceKind, SourceFactory>: each factory takes only its
// own kind's spec, which a single Record value type cannot say.
export const sourceFactories = {
  http: createHttpSource,
  dns: createDnsSource,
  stun: createStunSource,
  interface: createInterfaceSource,
  plugin: createPluginSource,
} satisfies { [K in SourceKind]: SourceFactory<K> };

const factories: { [K in SourceKind]: SourceFactory<K> } = sourceFactories;

/** Every built-in family on, as the settings have it by default. */
const ALL_FAMILIES: Settings['egress'] = { enforce: false, echo: true, stun: true, dnsDetection: true };

export const BUILTIN_SOURCE_IDS: readonly string[] = BUILTIN_SOURCES.map((s) => s.id);

/** Builds one source through the registry. */
export function createSource<K extends SourceKind>(spec: SpecOf<K>, deps: SourceDeps): IpSource {
  const factory: SourceFactory<K> = factories[spec.kind];
  return factory(spec, deps);
}

/** A custom source as a spec: its provider defaults to its own id. */
export function customToSpec(custom: CustomSource): SourceSpec {
  return { ...custom, provider: custom.provider ?? custom.id };
}

/**
 * Built-ins (unless `builtIn` is false, or their family is off in `families`: the settings'
 * `egress` part) minus `disabled`, plus custom sources, plus the plugin sources. Unknown
 * disabled ids, custom ids that clash with a kept source and unbuildable entries become
 * warnings.
 */
export function buildSources(
  settings: Pick<Settings['sources'], 'builtIn' | 'disabled' | 'custom'>,
  deps: SourceDeps,
  families: Settings['egress'] = ALL_FAMILIES,
  plugins: readonly PluginSourceSpec[] = [],
): { sources: IpSource[]; warnings: string[] } {
  const warnings: string[] = [];
  const disabled = new Set(settings.disabled);
  for (const id of disabled) {
    if (!BUILTIN_SOURCE_IDS.includes(id)) warnings.push(`sources.disabled: "${id}" is not a built-in source id`);
  }
  const specs = chosenBuiltIns({ sources: settings, egress: families });
  const sources: IpSource[] = [];
  const taken = new Set<string>();
  const add = (spec: SourceSpec, origin: string) => {
    try {
      sources.push(createSource(spec, deps));
      taken.add(spec.id);
    } catch (err) {
      warnings.push(`${origin} "${spec.id}" skipped: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  for (const spec of specs) add(spec, 'built-in source');
  for (const custom of settings.custom) {
    // A built-in id is reserved even when that built-in is off, so switching built-ins
    // back on never changes which source an id names.
    if (taken.has(custom.id) || BUILTIN_SOURCE_IDS.includes(custom.id)) {
      warnings.push(`custom source "${custom.id}" skipped: the id is already used by another source`);
      continue;
    }
    add(customToSpec(custom), 'custom source');
  }
  for (const spec of plugins) {
    if (taken.has(spec.id))
      warnings.push(`plugin source "${spec.id}" skipped: the id is already used by another source`);
    else add(spec, 'plugin source');
  }
  return { sources, warnings };
}
