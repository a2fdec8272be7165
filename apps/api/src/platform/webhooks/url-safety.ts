import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach in production (SSRF): loopback, private, link-local,
 * carrier-grade NAT, unspecified, and the IPv6 equivalents (IPv4-mapped ones included).
 */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}

export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return FORBIDDEN.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return FORBIDDEN.check(mapped[1], 'ipv4');
  return FORBIDDEN.check(address, 'ipv6');
}

export type UrlVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether a webhook URL may be used: http(s) only, and, unless private addresses are
 * allowed (development, tests), a host whose every address is public. Checked at
 * registration and again at delivery, where the connection itself is also pinned to a
 * checked address (see webhook-sender.ts), since DNS answers can change in between.
 */
export async function checkWebhookUrl(url: string, allowPrivate: boolean): Promise<UrlVerdict> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'is not a URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { allowed: false, reason: 'must be an http or https URL' };
  if (parsed.username || parsed.password) return { allowed: false, reason: 'must not carry credentials' };
  if (allowPrivate) return { allowed: true };
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    return { allowed: false, reason: 'has a host that does not resolve' };
  }
  if (addresses.length === 0 || addresses.some(isForbiddenAddress)) {
    return { allowed: false, reason: 'resolves to a loopback, private or link-local address' };
  }
  return { allowed: true };
}
