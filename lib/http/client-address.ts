// Who sent a request, for the rate limits: the TCP peer, unless that peer is a proxy the operator
// trusts (GKA_TRUSTED_PROXIES), and then the rightmost address in X-Forwarded-For that is not one
// of those proxies. Everything left of it was written by the client and can say anything.
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/** How many hops of X-Forwarded-For are read, from the right: a chain of proxies is short. */
export const MAX_FORWARDED_HOPS = 16;
/** Longest X-Forwarded-For read; longer is cut from the left (the client's end) before parsing. */
export const MAX_FORWARDED_HEADER = 2048;

export interface TrustedProxies {
  /** The ranges as the operator wrote them, for the start-up message. */
  ranges: string[];
  trusts(address: string): boolean;
}

/** `::ffff:192.0.2.1` (how Node shows IPv4 peers on a dual-stack socket) → `192.0.2.1`. */
export function plainAddress(address: string): string {
  const a = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  return mapped ? mapped[1] : a;
}

const RANGE = z.string().superRefine((item, ctx) => {
  const [address, prefix, extra] = item.split('/');
  const family = isIP(address);
  const max = family === 4 ? 32 : 128;
  const ok = family !== 0 && extra === undefined && (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max));
  if (!ok) ctx.addIssue({ code: 'custom', message: `"${item}" is geen IP-adres of bereik (zoals 10.0.0.0/8, 192.0.2.10 of fd00::/8)` });
});

const SETTING = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(RANGE).max(256, 'gebruik hoogstens 256 adressen of bereiken'));

/**
 * GKA_TRUSTED_PROXIES: addresses and CIDR ranges, separated by commas or spaces. Empty or unset
 * trusts no one (X-Forwarded-For is then never read). A wrong value throws a Dutch sentence
 * that names the item, so the server does not start with a setting it does not understand.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const parsed = SETTING.safeParse(value ?? '');
  if (!parsed.success) throw new Error(`GKA_TRUSTED_PROXIES klopt niet: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const list = new BlockList();
  for (const item of parsed.data) {
    const [address, prefix] = item.split('/');
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return {
    ranges: parsed.data,
    trusts(address) {
      const a = plainAddress(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The client's address. From an untrusted peer only the peer counts; from a trusted one, hops are
 * read right to left and the first one that is not a trusted proxy is the client. A hop that is
 * not an address stops the walk at the last good one (a trusted proxy never writes such a hop).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const from = plainAddress(peer ?? '');
  if (!from || !trusted.trusts(from) || forwardedFor === undefined) return from || 'onbekend';
  let header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  // Cut from the client's end, and without the hop the cut went through.
  if (header.length > MAX_FORWARDED_HEADER) header = header.slice(header.indexOf(',', header.length - MAX_FORWARDED_HEADER) + 1);
  const hops = header.split(',').slice(-MAX_FORWARDED_HOPS);
  let client = from;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = plainAddress(hops[i]);
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trusted.trusts(hop)) break;
  }
  return client;
}

/**
 * The bucket a client's requests are counted in: its IPv4 address, or for IPv6 its /64 (one
 * household or server gets a whole /64, and could otherwise take a fresh address per request).
 */
export function limitKey(address: string): string {
  const a = plainAddress(address);
  if (isIP(a) !== 6) return a;
  const [left, right = ''] = a.toLowerCase().split('::');
  const head = left ? left.split(':') : [];
  const tail = a.includes('::') ? (right ? right.split(':') : []) : [];
  const groups = [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The network a limit key (limitKey) lies in: for an IPv6 /64 its /48 (what one site or customer
 * is given, so one sender can use thousands of /64s in it), for an IPv4 address its /24. Only for
 * ordering (the login hash queue): nothing is refused per network, so neighbours lose nothing.
 */
export function networkKey(key: string): string {
  const v6 = /^([0-9a-f]{1,4}):([0-9a-f]{1,4}):([0-9a-f]{1,4}):[0-9a-f]{1,4}::\/64$/.exec(key);
  if (v6) return `${v6[1]}:${v6[2]}:${v6[3]}::/48`;
  const v4 = /^(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/.exec(key);
  return v4 ? `${v4[1]}.0/24` : key;
}
