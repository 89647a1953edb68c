/**
 * Identity: who announces a public address and where it is registered (AS number,
 * organisation, country), and whether it is a VPN or proxy exit. Offline: the databases ship as
 * npm packages (@ip-location-db/asn, @ip-location-db/geo-whois-asn-country-mmdb); nothing here
 * makes a request. Imports shared/ only.
 */
export { classifyVpn, type WarpState, warpFromTrace } from './classify';
export { createIdentityLookup, dataFiles, FILE_NAMES, type IdentityData, type IdentityLookup } from './lookup';
