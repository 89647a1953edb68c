/**
 * The built-in public sources, as data. Servers are IP literals where the service offers
 * them, which saves a DNS lookup and keeps working when the system resolver does not.
 *
 * `provider` groups sources run by one operator: they count once toward the quorum.
 * icanhazip is run by Cloudflare since 2021, hence its provider.
 */
import type { Settings } from '../../../shared/settings';
import type { DnsSourceSpec } from './dns';
import type { HttpSourceSpec } from './http';
import type { InterfaceSourceSpec } from './interface';
import type { PluginSourceSpec } from './plugin';
import type { StunSourceSpec } from './stun';

/** What a built-in source is: one that asks a service. */
export type BuiltinSpec = HttpSourceSpec | DnsSourceSpec | StunSourceSpec;
export type SourceSpec = BuiltinSpec | InterfaceSourceSpec | PluginSourceSpec;

type Omitted<T> = T extends unknown ? Omit<T, 'id' | 'family'> : never;

/** One definition per family: `${base}-v4` and `${base}-v6`. */
function both(base: string, v4: Omitted<BuiltinSpec>, v6: Omitted<BuiltinSpec>): BuiltinSpec[] {
  return [
    { ...v4, id: `${base}-v4`, family: 4 },
    { ...v6, id: `${base}-v6`, family: 6 },
  ];
}

const text = (url: string, provider: string): Omitted<HttpSourceSpec> => ({
  kind: 'http',
  provider,
  url,
  format: 'text',
});
const json = (url: string, provider: string): Omitted<HttpSourceSpec> => ({
  kind: 'http',
  provider,
  url,
  format: 'json',
  field: 'ip',
});
const trace = (url: string): Omitted<HttpSourceSpec> => ({
  kind: 'http',
  provider: 'cloudflare',
  url,
  format: 'kv',
  field: 'ip',
});
const dns = (
  provider: string,
  server: string,
  name: string,
  type: DnsSourceSpec['type'],
  cls: DnsSourceSpec['class'] = 'IN',
): Omitted<DnsSourceSpec> => ({ kind: 'dns', provider, server, name, type, class: cls });
const stun = (provider: string, server: string): Omitted<StunSourceSpec> => ({ kind: 'stun', provider, server });

export const BUILTIN_SOURCES: readonly BuiltinSpec[] = [
  // HTTP echo services. Host names that are single-family are still family-forced:
  // the socket, not the host name, decides which address the service sees.
  ...both('ipify', text('https://api.ipify.org/', 'ipify'), text('https://api6.ipify.org/', 'ipify')),
  ...both(
    'icanhazip',
    text('https://ipv4.icanhazip.com/', 'cloudflare'),
    text('https://ipv6.icanhazip.com/', 'cloudflare'),
  ),
  ...both('identme', text('https://v4.ident.me/', 'identme'), text('https://v6.ident.me/', 'identme')),
  ...both('seeip', json('https://ipv4.seeip.org/jsonip', 'seeip'), json('https://ipv6.seeip.org/jsonip', 'seeip')),
  { ...text('https://checkip.amazonaws.com/', 'aws'), id: 'aws-v4', family: 4 },
  ...both(
    'cloudflare-trace',
    trace('https://1.1.1.1/cdn-cgi/trace'),
    trace('https://[2606:4700:4700::1111]/cdn-cgi/trace'),
  ),
  ...both('ifconfigco', json('https://ifconfig.co/json', 'ifconfigco'), json('https://ifconfig.co/json', 'ifconfigco')),
  ...both('ipinfo', json('https://ipinfo.io/json', 'ipinfo'), json('https://v6.ipinfo.io/json', 'ipinfo')),

  // DNS: the server answers with the address the query came from.
  ...both(
    'opendns-dns',
    dns('opendns', '208.67.222.222:53', 'myip.opendns.com', 'A'),
    dns('opendns', '[2620:119:35::35]:53', 'myip.opendns.com', 'AAAA'),
  ),
  // Asked of ns1.google.com itself: a resolver in between would put its own address there.
  ...both(
    'google-dns',
    dns('google', '216.239.32.10:53', 'o-o.myaddr.l.google.com', 'TXT'),
    dns('google', '[2001:4860:4802:32::a]:53', 'o-o.myaddr.l.google.com', 'TXT'),
  ),
  ...both(
    'cloudflare-dns',
    dns('cloudflare', '1.1.1.1:53', 'whoami.cloudflare', 'TXT', 'CH'),
    dns('cloudflare', '[2606:4700:4700::1111]:53', 'whoami.cloudflare', 'TXT', 'CH'),
  ),

  // STUN: host names, since these services publish no stable address literal.
  ...both('google-stun', stun('google', 'stun.l.google.com:19302'), stun('google', 'stun.l.google.com:19302')),
  ...both(
    'cloudflare-stun',
    stun('cloudflare', 'stun.cloudflare.com:3478'),
    stun('cloudflare', 'stun.cloudflare.com:3478'),
  ),
];

/** The switch of each built-in family in the settings' `egress` part (issue 63). */
export const FAMILY_SWITCH = { http: 'echo', stun: 'stun', dns: 'dnsDetection' } as const;

/**
 * The built-in sources the settings ask: the built-ins on (sources.builtIn), the source's family on
 * (egress.echo, egress.stun, egress.dnsDetection) and the source not switched off by id
 * (sources.disabled). The monitor builds these and the egress inventory lists these.
 */
export function chosenBuiltIns(settings: {
  sources: Pick<Settings['sources'], 'builtIn' | 'disabled'>;
  egress: Settings['egress'];
}): readonly BuiltinSpec[] {
  if (!settings.sources.builtIn) return [];
  const disabled = new Set(settings.sources.disabled);
  return BUILTIN_SOURCES.filter((s) => settings.egress[FAMILY_SWITCH[s.kind]] && !disabled.has(s.id));
}
