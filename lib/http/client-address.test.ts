import { describe, expect, it } from 'vitest';
import { clientAddress, limitKey, networkKey, parseTrustedProxies } from '@/lib/http/client-address';

describe('trusted proxies and the client address', () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8 fd00::/8');

  it('reads addresses and ranges, and refuses anything else with a Dutch sentence naming it', () => {
    expect(proxies.ranges).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
    expect(proxies.trusts('10.20.30.40')).toBe(true);
    expect(proxies.trusts('::ffff:10.1.2.3')).toBe(true);
    expect(proxies.trusts('fd12::1')).toBe(true);
    expect(proxies.trusts('11.0.0.1')).toBe(false);
    expect(proxies.trusts('niet-een-adres')).toBe(false);
    expect(parseTrustedProxies('').ranges).toEqual([]);
    for (const bad of ['localhost', '10.0.0.0/33', '::1/129', '10.0.0.0/8/1', '300.1.1.1', '10.0.0.0/x'])
      expect(() => parseTrustedProxies(`127.0.0.1,${bad}`), bad).toThrow(`GKA_TRUSTED_PROXIES klopt niet: "${bad}" is geen IP-adres of bereik`);
  });

  it('never reads X-Forwarded-For from a peer that is not trusted', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.9', none)).toBe('198.51.100.7');
    expect(clientAddress('198.51.100.7', '203.0.113.9', proxies)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', undefined, proxies)).toBe('198.51.100.7');
    expect(clientAddress(undefined, '203.0.113.9', proxies)).toBe('onbekend');
  });

  it('takes the rightmost hop that is not a trusted proxy, whatever the client wrote to its left', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', proxies)).toBe('203.0.113.9');
    // A client that makes up hops cannot choose its bucket: the proxy appended the real address.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 5.6.7.8, 203.0.113.9', proxies)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', ['1.2.3.4', '203.0.113.9, 10.0.0.5'], proxies)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '2001:db8::1 , 10.0.0.5', proxies)).toBe('2001:db8::1');
    // Only proxies: the leftmost is the nearest thing to a client.
    expect(clientAddress('127.0.0.1', '10.0.0.9, 10.0.0.5', proxies)).toBe('10.0.0.9');
    // Garbage stops the walk at the last real address.
    expect(clientAddress('127.0.0.1', '<script>, 10.0.0.5', proxies)).toBe('10.0.0.5');
    expect(clientAddress('127.0.0.1', '', proxies)).toBe('127.0.0.1');
  });

  it('reads a header of any length in bounded time, from its right end', () => {
    const long = `${'9.9.9.9, '.repeat(5_000)}203.0.113.9`;
    expect(clientAddress('127.0.0.1', long, proxies)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', `${' \t'.repeat(8_000)}, 203.0.113.9`, proxies)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', `${'10.0.0.1,'.repeat(5_000)}10.0.0.2`, proxies)).toMatch(/^10\.0\.0\.[12]$/);
  });

  it('counts IPv4 clients per address and IPv6 clients per /64', () => {
    expect(limitKey('198.51.100.7')).toBe('198.51.100.7');
    expect(limitKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(limitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
    expect(limitKey('onbekend')).toBe('onbekend');
  });

  it('puts a limit key in its network: an IPv6 /64 in its /48, an IPv4 address in its /24', () => {
    expect(networkKey(limitKey('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1::/48');
    expect(networkKey(limitKey('2001:db8:1:ffff::1'))).toBe('2001:db8:1::/48');
    expect(networkKey(limitKey('2001:db8:2:2::1'))).toBe('2001:db8:2::/48');
    expect(networkKey(limitKey('::1'))).toBe('0:0:0::/48');
    expect(networkKey(limitKey('198.51.100.7'))).toBe('198.51.100.0/24');
    expect(networkKey(limitKey('::ffff:198.51.100.7'))).toBe('198.51.100.0/24');
    expect(networkKey('onbekend')).toBe('onbekend');
  });
});
