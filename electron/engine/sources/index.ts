/**
 * electron/engine/sources: where public addresses come from. One file per kind (HTTP echo,
 * DNS, STUN) behind the IpSource interface, the built-in list as data, and the registry that
 * builds the sources a settings object asks for. A source only fetches and cuts out the raw
 * answer; judging it is shared/ip.ts.
 */
export { BUILTIN_SOURCES } from './builtins';
export { BUILTIN_SOURCE_IDS, buildSources, sourceFactories } from './registry';
export { SourceError, type IpSource, type SourceDeps, type SourceErrorCode, type SourceWords } from './types';
