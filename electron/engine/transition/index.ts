/**
 * IPv6 transition (issue 77): NAT64/DNS64 discovered as RFC 7050 says (the AAAA records of
 * `ipv4only.arpa` asked of the system's resolver) and 464XLAT's CLAT read from the host's
 * interfaces; the pure reading of both is shared/nat64.ts. PREF64 in router advertisements
 * (RFC 8781) is not read: no reader of RAs exists here.
 */
export { detectTransition, type TransitionDeps, type TransitionReport } from './detect';
