import { describe, expect, it } from 'vitest';
import { addressKey } from './client-address.ts';

describe('addressKey: the client a limit counts', () => {
  it.each([
    // One IPv6 /64: every address a host can pick in its block is the same client.
    ['2001:db8:1:2::a', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:0000:0000:0000:0001', '2001:db8:1:2::/64'],
    ['[2001:db8:1:2::1]', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    // The next /64 is another client.
    ['2001:db8:1:3::a', '2001:db8:1:3::/64'],
    ['::1', '0:0:0:0::/64'],
    ['64:ff9b::198.51.100.7', '64:ff9b:0:0::/64'],
    // An IPv4 peer as a dual-stack socket says it: the IPv4 address.
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['0:0:0:0:0:ffff:c633:6407', '198.51.100.7'],
    // IPv4, and what is no address, as they are.
    ['198.51.100.7', '198.51.100.7'],
    ['unknown', 'unknown'],
    ['1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9'],
    ['1::2::3', '1::2::3'],
    ['2001:db8::zz', '2001:db8::zz'],
    ['::ffff:300.1.1.1', '::ffff:300.1.1.1'],
  ])('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
