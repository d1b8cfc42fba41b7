// Which network addresses a fetch of a stranger's URL may connect to: public unicast only, so a
// feed URL cannot reach loopback, private networks, link-local (cloud metadata) or CGNAT ranges.
import ipaddr from 'ipaddr.js';

/** Why an address is refused (its ipaddr.js range, e.g. 'loopback'), or null when it is public unicast. */
export function refusedRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return 'not an IP address';
  const range = ipaddr.process(bare).range();
  return range === 'unicast' ? null : range;
}

/** True when `host` is written as an IP address (v4 or v6, brackets allowed). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}
