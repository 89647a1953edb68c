/** One IPv6 address of this host as the OS lists it, with the flags that tell a stable one from a temporary one. */
export interface HostAddress {
  /** The interface that holds it (eth0, en0, Wi-Fi). */
  iface: string;
  /** In RFC 5952's short form, without a zone. */
  address: string;
  prefixLen: number;
  /** A temporary (privacy, RFC 8981) address: it turns over within days, so no record should hold it. */
  temporary: boolean;
  /** Past its preferred lifetime: still valid, no longer chosen for new connections. */
  deprecated: boolean;
  /** Still being checked for duplicates, or found a duplicate: not this host's to publish. */
  unusable: boolean;
}

/** How this OS lists the addresses: a short command and the reading of its output. */
export interface HostAddressSource {
  command: string;
  args: readonly string[];
  parse(output: string): HostAddress[];
}
