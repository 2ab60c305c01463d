import { describe, expect, it } from 'vitest';
import { hashBadge, hashPin, pinMatches } from './secrets.ts';

describe('PIN and badge hashes', () => {
  it('stores a PIN as a salted scrypt hash that only the right PIN matches', () => {
    const stored = hashPin('918406');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(stored).not.toContain('918406');
    expect(pinMatches('918406', stored)).toBe(true);
    expect(pinMatches('918407', stored)).toBe(false);
    expect(pinMatches('', stored)).toBe(false);
  });

  it('salts each PIN afresh, so two people with the same PIN do not share a hash', () => {
    expect(hashPin('2580')).not.toBe(hashPin('2580'));
  });

  it('does not match a stored value of another scheme or a damaged one', () => {
    expect(pinMatches('1234', '1234')).toBe(false);
    expect(pinMatches('1234', 'md5$abc')).toBe(false);
    expect(pinMatches('1234', 'scrypt$16384$8$1$$')).toBe(false);
  });

  it('hashes a badge the same way each time for one install, trimmed, and differently for another install', () => {
    const a = hashBadge('BADGE-TOM-5517', 'salt-one');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashBadge(' BADGE-TOM-5517 ', 'salt-one')).toBe(a);
    expect(hashBadge('BADGE-TOM-5517', 'salt-two')).not.toBe(a);
    expect(hashBadge('BADGE-TOM-5518', 'salt-one')).not.toBe(a);
  });
});
