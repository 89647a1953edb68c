/**
 * Identity: who announces a public address and where it is registered (AS number,
 * organisation, country), and whether it is a VPN service's or a hosting or cloud network's.
 * Offline first: the databases ship as npm packages (@ip-location-db/asn,
 * @ip-location-db/geo-whois-asn-country-mmdb) and the lookup makes no request. The Cloudflare trace's `warp=` reaches it from the sources. The
 * optional online enrichment (enrich.ts, off by default) asks ipinfo.io or ifconfig.co about an
 * address the databases do not fully name, once per address.
 */
export { classifyVpn, type WarpState, warpFromTrace } from './classify';
export { createEnricher, type Enricher, type EnricherDeps } from './enrich';
export { createIdentityLookup, dataFiles, FILE_NAMES, type IdentityData, type IdentityLookup } from './lookup';
export { fullyNamed, mergeIdentity, type OnlineIdentity, type Prefer } from './merge';
export { createIdentityService, type IdentityService } from './network-identity';
export { type CacheEntry, type CacheFile, OnlineCache } from './online-cache';
export { ONLINE_PROVIDERS } from './online/registry';
